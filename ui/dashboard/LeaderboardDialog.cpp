#include "ui/dashboard/LeaderboardDialog.h"

#include "ui/dashboard/LeaderboardTables.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"
#include "ui/report/LeaderboardPlot.h"
#include "workflows/LeaderboardWorkflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace brainmd {

namespace {

QTableWidget *readOnlyTable() {
    auto *table = new QTableWidget;
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

} // namespace

LeaderboardDialog::LeaderboardDialog(Workspace &workspace,
                                     const std::vector<std::pair<qint64, QString>> &runs,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setWindowTitle(tr("BrainBench leaderboard"));
    buildUi(runs);
}

LeaderboardDialog::~LeaderboardDialog() {
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

void LeaderboardDialog::buildUi(const std::vector<std::pair<qint64, QString>> &runs) {
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Runs to compare:")));
    m_runs = new QListWidget;
    for (const auto &[id, label] : runs) {
        auto *item = new QListWidgetItem(label, m_runs);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    sideLayout->addWidget(m_runs, 1);
    side->setMinimumWidth(std::min(420, m_runs->sizeHintForColumn(0) + 40));
    sideLayout->addWidget(new QLabel(tr("Reference run:")));
    m_reference = new QComboBox;
    sideLayout->addWidget(m_reference);
    m_compare = new QPushButton(tr("Compare"));
    m_compare->setEnabled(false);
    sideLayout->addWidget(m_compare);
    m_status = new QLabel(tr("Tick two or more runs."));
    m_status->setWordWrap(true);
    sideLayout->addWidget(m_status);

    m_table = readOnlyTable();
    m_cards = readOnlyTable();
    m_chart = new QLabel;
    m_chart->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *chartScroll = new QScrollArea;
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    m_notes = new QLabel;
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *boardPage = new QWidget;
    auto *boardLayout = new QVBoxLayout(boardPage);
    boardLayout->addWidget(m_table);
    boardLayout->addWidget(m_notes);
    boardLayout->addWidget(chartScroll, 1);
    m_tabs = new QTabWidget;
    m_tabs->addTab(boardPage, tr("Leaderboard"));
    m_tabs->addTab(m_cards, tr("Runs"));

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(side);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 1100});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runs, &QListWidget::itemChanged, this, [this] { fillReferences(); });
    connect(m_compare, &QPushButton::clicked, this, &LeaderboardDialog::compare);
}

void LeaderboardDialog::fillReferences() {
    const qint64 current = reference();
    const QSignalBlocker blocker(m_reference);
    m_reference->clear();
    for (int i = 0; i < m_runs->count(); ++i) {
        const QListWidgetItem *item = m_runs->item(i);
        if (item->checkState() == Qt::Checked)
            m_reference->addItem(item->text(), item->data(Qt::UserRole));
    }
    m_reference->setCurrentIndex(std::max(0, m_reference->findData(current)));
    const bool enough = m_reference->count() >= 2;
    m_compare->setEnabled(enough);
    m_status->setText(enough ? tr("%n run(s) ticked.", nullptr, m_reference->count())
                             : tr("Tick two or more runs."));
}

void LeaderboardDialog::setCheckedRuns(const std::vector<qint64> &runIds) {
    const QSignalBlocker blocker(m_runs);
    for (int i = 0; i < m_runs->count(); ++i) {
        QListWidgetItem *item = m_runs->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool on = std::find(runIds.begin(), runIds.end(), id) != runIds.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    fillReferences();
}

std::vector<qint64> LeaderboardDialog::checkedRuns() const {
    std::vector<qint64> ids;
    for (int i = 0; i < m_runs->count(); ++i) {
        if (m_runs->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_runs->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

bool LeaderboardDialog::setReference(qint64 runId) {
    const int index = m_reference->findData(runId);
    if (index < 0)
        return false;
    m_reference->setCurrentIndex(index);
    return true;
}

qint64 LeaderboardDialog::reference() const {
    return m_reference->currentData().toLongLong();
}

void LeaderboardDialog::compare() {
    if (m_job) {
        m_queued = true;
        return;
    }
    const std::shared_ptr<const StudyStorage> storage = m_workspace.storage();
    if (!storage) {
        Q_EMIT failed(tr("No database is open."));
        return;
    }
    const std::vector<qint64> ids = checkedRuns();
    const qint64 referenceId = reference();
    struct Outcome {
        std::shared_ptr<const Leaderboard> board;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_status->setText(
        tr("Scoring %n run(s) on their shared items…", nullptr, static_cast<int>(ids.size())));
    m_job = m_workspace.start(
        makeJob(tr("Leaderboard of %n run(s)", nullptr, static_cast<int>(ids.size())),
                [storage, ids, referenceId, outcome](ProgressReporter &, const CancelFlag &) {
                    if (auto board = loadLeaderboard(*storage, ids, referenceId, &outcome->error))
                        outcome->board = std::make_shared<const Leaderboard>(std::move(*board));
                }));
    connect(m_job, &JobRunner::finished, this, [this, outcome](bool cancelled) {
        m_job = nullptr;
        if (std::exchange(m_queued, false)) {
            compare();
            return;
        }
        if (cancelled)
            return;
        if (!outcome->board) {
            m_status->setText(outcome->error);
            Q_EMIT failed(outcome->error);
            return;
        }
        present(outcome->board);
    });
}

void LeaderboardDialog::present(std::shared_ptr<const Leaderboard> board) {
    m_board = std::move(board);
    fillLeaderboardTable(m_table, *m_board);
    fillLeaderboardCards(m_cards, *m_board);
    const QString notes = leaderboardNotes(*m_board);
    m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());
    const QLocale locale;
    const BenchPlot plot =
        leaderboardPlot(*m_board, [locale](double v, int d) { return locale.toString(v, 'f', d); });
    QPixmap pixmap;
    pixmap.loadFromData(renderPlotPng(plot), "PNG");
    m_chart->setPixmap(pixmap);
    shareHeight();
    m_status->setText(m_board->hasSharedItems()
                          ? tr("Compared on the items all runs share.")
                          : tr("The runs share no evaluated item in any condition."));
    Q_EMIT shown();
}

void LeaderboardDialog::shareHeight() {
    int needed = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < m_table->rowCount(); ++r)
        needed += m_table->rowHeight(r);
    // Room for a horizontal scroll bar whether or not one shows: the widths are not
    // settled when this runs, and a cut row is worse than a few blank pixels.
    needed += m_table->horizontalScrollBar()->sizeHint().height();
    // Many runs: the table scrolls and the chart keeps at least half of the page.
    m_table->setMaximumHeight(std::min(needed, std::max(120, m_tabs->height() / 2)));
}

void LeaderboardDialog::resizeEvent(QResizeEvent *event) {
    QDialog::resizeEvent(event);
    if (m_board)
        shareHeight();
}

} // namespace brainmd
