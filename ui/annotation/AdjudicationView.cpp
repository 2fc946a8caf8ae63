#include "ui/annotation/AdjudicationView.h"

#include "db/AnnotationRepository.h"
#include "db/CaseEventRepository.h"
#include "db/ConsensusRepository.h"
#include "db/Database.h"
#include "reading/Agreement.h"
#include "reading/BlindingPolicy.h"
#include "ui/annotation/ReaderSlices.h"
#include "ui/jobs/WriteOffGuiThread.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace brainmd {

namespace {

struct Rater {
    qint64 readerId;
    int pass;
    QString name;
    bool operator<(const Rater &o) const {
        return std::tie(name, pass, readerId) < std::tie(o.name, o.pass, o.readerId);
    }
};

} // namespace

AdjudicationView::AdjudicationView(const Database &db, std::vector<ReaderQuestion> questions,
                                   QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_questions(std::move(questions))
    , m_title(new QLabel(this))
    , m_slices(new ReaderSlices(this))
    , m_table(new QTableWidget(this))
    , m_agreement(new QTextBrowser(this)) {
    auto *layout = new QVBoxLayout(this);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15px;"));
    layout->addWidget(m_title);
    layout->addWidget(m_slices);
    layout->addWidget(m_table, 3);
    auto *majority = new QPushButton(tr("Consensus from the majority"), this);
    connect(majority, &QPushButton::clicked, this, &AdjudicationView::useMajority);
    layout->addWidget(majority);
    m_majority = majority;
    layout->addWidget(new QLabel(tr("Agreement over all cases"), this));
    layout->addWidget(m_agreement, 2);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    updateFromModel();
}

void AdjudicationView::setCase(qint64 caseId, const QString &caseKey) {
    m_caseId = caseId;
    m_caseKey = caseKey;
    updateFromModel();
}

void AdjudicationView::setVolume(std::shared_ptr<const Volume> rasVolume,
                                 const WindowLevel &window) {
    m_slices->setVolume(std::move(rasVolume), window);
    updateFromModel();
}

bool AdjudicationView::mayShow() const {
    return m_policy == nullptr || m_policy->mayShowAdjudication();
}

bool AdjudicationView::consensusEditable() const {
    return m_caseId != 0 && m_adjudicator.id != 0 && mayShow() &&
           (m_policy == nullptr || m_policy->maySetConsensus());
}

void AdjudicationView::updateFromModel() {
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_agreement->clear();
    m_slices->showMarks({});
    m_majority->setEnabled(consensusEditable());
    if (!mayShow()) {
        m_title->setText(tr("Adjudication is closed while you read this case blind: commit "
                            "the case first."));
        return;
    }
    m_title->setText(m_caseId == 0
                         ? tr("Adjudication: open a case")
                         : tr("Adjudication of %1 by %2").arg(m_caseKey, m_adjudicator.name));
    if (consensusEditable() || m_caseId == 0)
        m_title->setToolTip(QString());
    else
        m_title->setToolTip(tr("Only an adjudicator who did not read this case sets the "
                               "consensus (Session ▸ Start reading…, role Adjudicator)."));
    if (!m_db.isOpen())
        return;
    const AnnotationRepository repo(m_db);
    const std::vector<SliceMark> marks = repo.currentMarks(m_caseId);
    m_slices->showMarks(marks);
    const std::vector<AnswerRecord> answers = repo.currentAnswers(m_caseId);
    std::map<Rater, std::map<QString, QString>> cells;
    for (const SliceMark &m : marks)
        cells[{m.readerId, m.pass, m.readerName}][ConsensusRepository::viewItem(m.view)] =
            QString::number(m.sliceIndex + 1);
    for (const AnswerRecord &a : answers)
        cells[{a.readerId, a.pass, a.readerName}][a.questionId] = a.value;
    std::map<QString, QString> consensus;
    for (const ConsensusItem &c : ConsensusRepository(m_db).forCase(m_caseId))
        consensus[c.item] = c.value;

    QStringList items, labels;
    for (View v : kAllViews) {
        items << ConsensusRepository::viewItem(v);
        labels << tr("%1 slice").arg(QCoreApplication::translate("brainmd", viewName(v)));
    }
    for (const ReaderQuestion &q : m_questions) {
        items << q.id;
        labels << displayName(q.id);
    }
    QStringList headers;
    for (const auto &[rater, values] : cells)
        headers << (rater.pass == 1 ? rater.name
                                    : tr("%1 (pass %2)").arg(rater.name).arg(rater.pass));
    headers << tr("Consensus");
    m_table->setRowCount(static_cast<int>(items.size()));
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setVerticalHeaderLabels(labels);
    for (int row = 0; row < items.size(); ++row) {
        int column = 0;
        QStringList candidates;
        for (const auto &[rater, values] : cells) {
            const auto it = values.find(items[row]);
            const QString value = it == values.end() ? QString() : it->second;
            auto *cell = new QTableWidgetItem(value.isEmpty() ? QStringLiteral("—") : value);
            cell->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(row, column++, cell);
            if (!value.isEmpty() && !candidates.contains(value))
                candidates << value;
        }
        const auto found = consensus.find(items[row]);
        // Views are stored 0-based and shown 1-based, like the viewer.
        const QString current = found == consensus.end() ? QString()
                                : row < 3 ? QString::number(found->second.toInt() + 1)
                                          : found->second;
        QWidget *editor = consensusEditor(row, candidates, current);
        editor->setEnabled(consensusEditable());
        m_table->setCellWidget(row, column, editor);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    updateAgreement();
}

QWidget *AdjudicationView::consensusEditor(int row, const QStringList &candidates,
                                           const QString &current) {
    const QString item =
        row < 3 ? ConsensusRepository::viewItem(kAllViews[static_cast<std::size_t>(row)])
                : m_questions[static_cast<std::size_t>(row - 3)].id;
    if (row < 3) {
        // Any slice, not only one a reader chose: 0 is "not set".
        auto *spin = new QSpinBox(m_table);
        spin->setRange(0, 4096);
        spin->setSpecialValueText(tr("(not set)"));
        spin->setValue(current.toInt());
        spin->setToolTip(tr("Consensus slice (1-based, as in the viewer); readers: %1")
                             .arg(candidates.join(QStringLiteral(", "))));
        connect(spin, &QSpinBox::editingFinished, this, [this, spin, item] {
            setConsensus(item, spin->value() == 0 ? QString() : QString::number(spin->value()));
        });
        return spin;
    }
    QStringList options = candidates;
    for (const QString &o : m_questions[static_cast<std::size_t>(row - 3)].options)
        if (!options.contains(o))
            options << o;
    auto *combo = new QComboBox(m_table);
    combo->addItem(tr("(not set)"), QString());
    for (const QString &c : std::as_const(options))
        combo->addItem(c, c);
    if (!current.isEmpty()) {
        if (combo->findData(current) < 0)
            combo->addItem(current, current);
        combo->setCurrentIndex(combo->findData(current));
    }
    connect(combo, &QComboBox::activated, this,
            [this, combo, item] { setConsensus(item, combo->currentData().toString()); });
    return combo;
}

void AdjudicationView::setConsensus(const QString &item, const QString &value) {
    if (!consensusEditable())
        return;
    QString stored = value;
    // Views are shown 1-based like the viewer; the consensus keeps the 0-based index.
    if (item.startsWith(QLatin1String("view:")) && !value.isEmpty())
        stored = QString::number(value.toInt() - 1);
    writeOffGuiThread([&] {
        ConsensusRepository(m_db).set(m_caseId, m_adjudicator.id, item, stored);
        CaseEventRepository(m_db).refreshStatus(m_caseId);
    });
    Q_EMIT consensusChanged(m_caseId);
}

void AdjudicationView::useMajority() {
    if (!consensusEditable())
        return;
    const int consensusColumn = m_table->columnCount() - 1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        std::map<QString, int> votes;
        for (int c = 0; c < consensusColumn; ++c) {
            const QString v = m_table->item(row, c)->text();
            if (v != QLatin1String("—"))
                ++votes[v];
        }
        QString best;
        int bestCount = 0;
        bool tie = false;
        for (const auto &[value, count] : votes) {
            tie = count == bestCount;
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        if (best.isEmpty() || tie)
            continue;
        QWidget *editor = m_table->cellWidget(row, consensusColumn);
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(best));
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(best.toInt());
        else
            continue;
        const QString item =
            row < 3 ? ConsensusRepository::viewItem(kAllViews[static_cast<std::size_t>(row)])
                    : m_questions[static_cast<std::size_t>(row - 3)].id;
        setConsensus(item, best);
    }
}

void AdjudicationView::updateAgreement() {
    if (m_policy != nullptr && !m_policy->mayOpenDashboard()) {
        // Figures over all cases carry the answers of cases this reader has yet to read.
        m_agreement->setHtml(tr("<i>Agreement over all cases shows once your worklist is "
                                "read.</i>"));
        return;
    }
    const AnnotationRepository repo(m_db);
    m_agreement->setHtml(
        agreementHtml(computeAgreement(repo.allCurrentMarks(), repo.allCurrentAnswers())));
}

} // namespace brainmd
