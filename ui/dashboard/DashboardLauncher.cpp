#include "ui/dashboard/DashboardLauncher.h"

#include "ui/dashboard/DashboardWindow.h"
#include "ui/dashboard/WindowPlacement.h"

#include <QComboBox>

namespace brainmd {

QMainWindow *createDashboard(Workspace &workspace, QWidget *parent,
                             std::function<void(qint64, int, int)> openCase) {
    auto *window = new DashboardWindow(workspace, parent);
    window->setWindowFlag(Qt::Window);
    placeOnScreen(window, QSize(1500, 950));
    QObject::connect(window, &DashboardWindow::openCaseAtSlice, window, std::move(openCase));
    return window;
}

QString showDashboardRun(QMainWindow *dashboard, qint64 runId) {
    auto *window = qobject_cast<DashboardWindow *>(dashboard);
    if (!window)
        return {};
    if (runId == 0 && !window->runA() && window->runBox()->count() > 0)
        runId = window->runBox()->itemData(0).toLongLong();
    return runId == 0 ? QString() : window->openRun(runId);
}

} // namespace brainmd
