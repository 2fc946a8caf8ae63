#include "ui/dashboard/CaseDrillDown.h"

#include "bench/BenchPlan.h"
#include "db/BenchRunRepository.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/SentImages.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace brainmd {

QString promptText(const QString &requestJson) {
    // Baselines store their hints as a second JSON line after the compact request.
    const QJsonObject request =
        QJsonDocument::fromJson(requestJson.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
    QStringList parts;
    for (const QJsonValue &m : request.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = m.toObject();
        const QJsonValue content = message.value(QStringLiteral("content"));
        QStringList texts;
        if (content.isString()) {
            texts.append(content.toString());
        } else {
            int images = 0;
            for (const QJsonValue &c : content.toArray()) {
                const QJsonObject part = c.toObject();
                if (part.value(QStringLiteral("type")).toString() == QLatin1String("text"))
                    texts.append(part.value(QStringLiteral("text")).toString());
                else
                    ++images;
            }
            if (images > 0)
                texts.prepend(CaseDrillDown::tr("[%n image(s)]", nullptr, images));
        }
        parts.append(QStringLiteral("— %1 —\n%2")
                         .arg(message.value(QStringLiteral("role")).toString(),
                              texts.join(QLatin1Char('\n'))));
    }
    return parts.join(QStringLiteral("\n\n"));
}

CaseDrillDown::CaseDrillDown(QWidget *parent)
    : QWidget(parent) {
    m_title = new QLabel(tr("Click a bar or a matrix cell to list the cases behind it."));
    m_title->setWordWrap(true);
    m_table = new QTableWidget(0, 7);
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Condition"), tr("Question"), tr("Rotation"),
                                        tr("Manual label"), tr("Parsed answer"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_prompt = new QPlainTextEdit;
    m_prompt->setReadOnly(true);
    m_prompt->setPlaceholderText(tr("Prompt sent to the model"));
    m_raw = new QPlainTextEdit;
    m_raw->setReadOnly(true);
    m_raw->setPlaceholderText(tr("Raw answer"));
    m_images = new SentImagesStrip;
    m_imageScroll = new QScrollArea;
    m_imageScroll->setWidget(m_images);
    m_imageScroll->setWidgetResizable(true);
    m_imageScroll->setMinimumHeight(300); // a 256-px image and its caption
    m_imageScroll->setFrameShape(QFrame::NoFrame);
    m_imagesTitle = new QLabel(tr("Images sent:"));
    m_open = new QPushButton(tr("Open in viewer at the slice the model saw"));
    m_open->setEnabled(false);
    auto *details = new QWidget;
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_verdict);
    dl->addWidget(m_imagesTitle);
    dl->addWidget(m_imageScroll);
    showImagesArea(false); // until a prediction with stored images is selected
    dl->addWidget(new QLabel(tr("Prompt:")));
    dl->addWidget(m_prompt, 2);
    dl->addWidget(new QLabel(tr("Raw answer:")));
    dl->addWidget(m_raw, 1);
    dl->addWidget(m_open);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseDrillDown::showDetails);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const StoredPrediction *p = current())
            Q_EMIT openCaseRequested(p->caseId, p->condition);
    });
}

void CaseDrillDown::clear() {
    m_input.reset();
    m_rows.clear();
    m_table->setRowCount(0);
    m_prompt->clear();
    m_raw->clear();
    m_verdict->clear();
    m_images->clear();
    showImagesArea(false);
    m_open->setEnabled(false);
}

void CaseDrillDown::showImagesArea(bool show) {
    // Hidden while empty, so that the table of cases keeps the room.
    m_imagesTitle->setVisible(show);
    m_imageScroll->setVisible(show);
}

void CaseDrillDown::showPredictions(const Database *db,
                                    std::shared_ptr<const BenchReportInput> input,
                                    const DrillFilter &filter) {
    clear();
    m_db = db;
    m_input = std::move(input);
    m_rows = DashboardData::matching(*m_input, filter);
    QString what = filter.condition;
    if (!filter.questionId.isEmpty())
        what += QStringLiteral(" · ") + filter.questionId;
    if (!filter.truth.isEmpty())
        what += tr(" · truth %1").arg(filter.truth);
    if (!filter.predicted.isEmpty())
        what += tr(" · answered %1")
                    .arg(filter.predicted == DrillFilter::noAnswer() ? tr("nothing usable")
                                                                     : filter.predicted);
    m_title->setText(
        tr("%n prediction(s): %1", nullptr, static_cast<int>(m_rows.size())).arg(what));
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const StoredPrediction &p = m_input->predictions[static_cast<std::size_t>(m_rows[r])];
        const auto key = m_input->caseKeys.find(p.caseId);
        const QStringList cells{key != m_input->caseKeys.end() ? key->second
                                                               : QString::number(p.caseId),
                                p.condition,
                                DashboardCharts::questionLabel(m_input->pack, p.questionId, 40),
                                QString::number(p.rotation),
                                p.truth,
                                p.value,
                                p.status};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

const StoredPrediction *CaseDrillDown::current() const {
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? -1 : selected.front().row();
    if (!m_input || row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_input->predictions[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row)])];
}

void CaseDrillDown::showDetails() {
    const StoredPrediction *p = current();
    m_open->setEnabled(p != nullptr);
    if (!p)
        return;
    const bool right = p->status == QLatin1String("answered") && p->value == p->truth;
    m_verdict->setText(tr("Manual label: %1    Parsed answer: %2 (%3)    %4")
                           .arg(p->truth, p->value.isEmpty() ? tr("none") : p->value, p->status,
                                right ? tr("right") : tr("wrong")));
    m_raw->setPlainText(p->error.isEmpty() ? p->rawAnswer
                                           : p->rawAnswer + tr("\n\nError: %1").arg(p->error));
    m_prompt->clear();
    m_images->clear();
    showImagesArea(false);
    if (!m_db)
        return;
    const BenchRunRepository runs(*m_db);
    const auto exchange = runs.exchange(
        m_input->runId, benchTaskKey(p->condition, p->caseId, p->questionId, p->rotation));
    if (!exchange || exchange->requestJson.isEmpty()) {
        m_prompt->setPlainText(tr("(no stored request for this prediction)"));
        return;
    }
    m_prompt->setPlainText(promptText(exchange->requestJson));
    // The stored PNGs are the bytes that were sent: no re-rendering from today's volume.
    const std::vector<SentImage> images = sentImages(exchange->requestJson);
    std::vector<QByteArray> pngs;
    for (const SentImage &image : images)
        pngs.push_back(runs.image(image.hash));
    m_images->showImages(images, pngs);
    showImagesArea(m_images->shownImages() > 0);
}

} // namespace brainmd
