#pragma once

// Opens the dashboard from code that must not see the BrainBench headers (the main
// window's annotation module has its own TaskQuestion).
#include <QString>

#include <functional>

class QMainWindow;
class QWidget;

namespace brainmd {

class Workspace;

/// A new DashboardWindow as a top-level window of `parent` (the caller owns it and must
/// delete it before `workspace`; closing only hides it, so a run keeps going); `openCase(caseId,
/// view, slice)` is called when the user opens a case from the drill-down.
QMainWindow *createDashboard(Workspace &workspace, QWidget *parent,
                             std::function<void(qint64, int, int)> openCase);
/// Shows `runId` (0: the newest run, when none is shown yet). Returns "" or the error.
QString showDashboardRun(QMainWindow *dashboard, qint64 runId);

} // namespace brainmd
