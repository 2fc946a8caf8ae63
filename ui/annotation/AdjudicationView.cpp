#include "ui/annotation/AdjudicationView.h"

#include "db/AnnotationRepository.h"
#include "db/ConsensusRepository.h"
#include "db/Database.h"
#include "ui/annotation/Agreement.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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

QString kappaText(double kappa) {
    return std::isnan(kappa) ? QStringLiteral("—") : QString::number(kappa, 'f', 2);
}

} // namespace

AdjudicationView::AdjudicationView(const Database &db, std::vector<TaskQuestion> questions,
                                   QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_questions(std::move(questions))
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_agreement(new QTextBrowser(this)) {
    auto *layout = new QVBoxLayout(this);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15px;"));
    layout->addWidget(m_title);
    layout->addWidget(m_table, 3);
    auto *majority = new QPushButton(tr("Consensus from the majority"), this);
    connect(majority, &QPushButton::clicked, this, &AdjudicationView::useMajority);
    layout->addWidget(majority);
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

void AdjudicationView::updateFromModel() {
    m_table->clear();
    m_title->setText(m_caseId == 0
                         ? tr("Adjudication: open a case")
                         : tr("Adjudication of %1 by %2").arg(m_caseKey, m_adjudicator.name));
    if (!m_db.isOpen())
        return;
    const AnnotationRepository repo(m_db);
    const std::vector<SliceMark> marks = repo.currentMarks(m_caseId);
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
    for (const TaskQuestion &q : m_questions) {
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
        if (row >= 3)
            for (const QString &o : m_questions[static_cast<std::size_t>(row - 3)].options)
                if (!candidates.contains(o))
                    candidates << o;
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(not set)"), QString());
        for (const QString &c : candidates)
            combo->addItem(c, c);
        const auto found = consensus.find(items[row]);
        if (found != consensus.end()) {
            // Views are stored 0-based and shown 1-based, like the viewer.
            const QString shown =
                row < 3 ? QString::number(found->second.toInt() + 1) : found->second;
            if (combo->findData(shown) < 0)
                combo->addItem(shown, shown);
            combo->setCurrentIndex(combo->findData(shown));
        }
        combo->setEnabled(m_caseId != 0 && m_adjudicator.id != 0);
        const QString item = items[row];
        connect(combo, &QComboBox::activated, this,
                [this, combo, item] { setConsensus(item, combo->currentData().toString()); });
        m_table->setCellWidget(row, column, combo);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    updateAgreement();
}

void AdjudicationView::setConsensus(const QString &item, const QString &value) {
    if (m_caseId == 0 || m_adjudicator.id == 0)
        return;
    QString stored = value;
    // Views are shown 1-based like the viewer; the consensus keeps the 0-based index.
    if (item.startsWith(QLatin1String("view:")) && !value.isEmpty())
        stored = QString::number(value.toInt() - 1);
    ConsensusRepository(m_db).set(m_caseId, m_adjudicator.id, item, stored);
}

void AdjudicationView::useMajority() {
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
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, consensusColumn));
        if (combo == nullptr || best.isEmpty() || tie)
            continue;
        combo->setCurrentIndex(combo->findData(best));
        const QString item =
            row < 3 ? ConsensusRepository::viewItem(kAllViews[static_cast<std::size_t>(row)])
                    : m_questions[static_cast<std::size_t>(row - 3)].id;
        setConsensus(item, best);
    }
}

void AdjudicationView::updateAgreement() {
    const AnnotationRepository repo(m_db);
    const AgreementSummary summary =
        computeAgreement(repo.allCurrentMarks(), repo.allCurrentAnswers());
    QString html =
        tr("<p>Raters: %1</p>").arg(summary.raters.join(QStringLiteral(", ")).toHtmlEscaped());
    html += tr("<table cellpadding=3><tr><th align=left>View</th><th>mean distance "
               "(slices)</th><th>(mm)</th><th>pairs</th></tr>");
    for (const ViewAgreement &v : summary.views)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td "
                               "align=right>%4</td></tr>")
                    .arg(QCoreApplication::translate("brainmd", viewName(v.view)))
                    .arg(v.pairs > 0 ? QString::number(v.meanSlices, 'f', 1) : QStringLiteral("—"))
                    .arg(v.pairs > 0 ? QString::number(v.meanMm, 'f', 1) : QStringLiteral("—"))
                    .arg(v.pairs);
    html +=
        tr("</table><table cellpadding=3><tr><th "
           "align=left>Question</th><th>κ</th><th>method</th><th>raters</th><th>cases</th></tr>");
    for (const QuestionAgreement &q : summary.questions)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td><td "
                               "align=right>%4</td><td align=right>%5</td></tr>")
                    .arg(displayName(q.questionId), kappaText(q.kappa),
                         q.raters < 2
                             ? QStringLiteral("—")
                             : (q.method == QLatin1String("cohen") ? tr("Cohen") : tr("Fleiss")))
                    .arg(q.raters)
                    .arg(q.items);
    html += QStringLiteral("</table>");
    m_agreement->setHtml(html);
}

} // namespace brainmd
