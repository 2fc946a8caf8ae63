#pragma once

#include "bench/Leaderboard.h"
#include "ui/jobs/JobRunner.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace brainmd {

class Workspace;

/// The BrainBench leaderboard in the dashboard: the user ticks any number of runs,
/// chooses the reference and compares them on their shared items (loadLeaderboard, the
/// same as `brainmd bench report --run A --run B …`). Loading and scoring run in a job of
/// the workspace, never on the GUI thread; the table and the chart show when it is done
/// (shown()). The workspace must outlive the dialog.
class LeaderboardDialog final : public QDialog {
    Q_OBJECT

public:
    /// `runs`: (id, label) of the runs to offer, as the dashboard lists them.
    LeaderboardDialog(Workspace &workspace, const std::vector<std::pair<qint64, QString>> &runs,
                      QWidget *parent = nullptr);
    ~LeaderboardDialog() override;

    /// Ticks exactly these runs (the reference list follows).
    void setCheckedRuns(const std::vector<qint64> &runIds);
    std::vector<qint64> checkedRuns() const;
    /// Chooses the reference among the ticked runs; false when it is not ticked.
    bool setReference(qint64 runId);
    qint64 reference() const;
    /// Scores the ticked runs in a job (shown() or failed() follows). A request while one
    /// is running waits for it and then runs, so the newest choice is what shows.
    void compare();
    bool isLoading() const { return m_job != nullptr; }

    const Leaderboard *board() const { return m_board.get(); }
    QListWidget *runList() const { return m_runs; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *cardTable() const { return m_cards; }
    QLabel *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// A leaderboard was scored and drawn.
    void shown();
    void failed(const QString &error);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi(const std::vector<std::pair<qint64, QString>> &runs);
    void fillReferences();
    void present(std::shared_ptr<const Leaderboard> board);
    /// Gives the table the height of its rows (at most half the page), the chart the rest.
    void shareHeight();

    Workspace &m_workspace;
    std::shared_ptr<const Leaderboard> m_board;
    QPointer<JobRunner> m_job;
    bool m_queued = false;
    QListWidget *m_runs = nullptr;
    QComboBox *m_reference = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notes = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_cards = nullptr;
    QLabel *m_chart = nullptr;
};

} // namespace brainmd
