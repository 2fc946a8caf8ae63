// The dashboard's entry to the leaderboard: the runs it lists, A and B ticked.
#include "ui/dashboard/DashboardWindow.h"

#include "ui/dashboard/LeaderboardDialog.h"

#include <QComboBox>

namespace brainmd {

LeaderboardDialog *DashboardWindow::openLeaderboard() {
    if (!m_leaderboard) {
        std::vector<std::pair<qint64, QString>> runs;
        for (int i = 0; i < m_runBox->count(); ++i)
            runs.emplace_back(m_runBox->itemData(i).toLongLong(), m_runBox->itemText(i));
        m_leaderboard = new LeaderboardDialog(m_workspace, runs, this);
        m_leaderboard->setAttribute(Qt::WA_DeleteOnClose);
        std::vector<qint64> ticked;
        for (const BenchReportInput *run : {runA(), runB()}) {
            if (run)
                ticked.push_back(run->runId);
        }
        m_leaderboard->setCheckedRuns(ticked);
        if (runA())
            m_leaderboard->setReference(runA()->runId);
        m_leaderboard->resize(1400, 900);
    }
    m_leaderboard->show();
    m_leaderboard->raise();
    m_leaderboard->activateWindow();
    return m_leaderboard;
}

} // namespace brainmd
