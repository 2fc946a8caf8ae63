// Workstation benchmark (a program, not a test; run it under Xvfb: xvfb-run -a ...):
//  1. time per slice change while scrolling a 1 mm volume in a 512×512 view,
//  2. time to open a cached case (click → first drawn slices),
//  3. resident memory with one case open,
//  4. the GUI thread's longest stall (10 ms QTimer heartbeat) while a Vote-MI batch runs,
//  5. the same while the selection dialog trains a VAE and selects with it.

#include "GuiHeartbeat.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "io/phantom/PhantomGenerator.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/main/CaseLoader.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SelectionDialog.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VolumeRenderer.h"
#include "ui/viewer/VtkViewWidget.h"
#include "workflows/ImportService.h"
#include "workflows/SelectionService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace brainmd;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

double rssMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

/// CPU time of the whole process (all threads, the renderer's included): unlike wall time,
/// it does not grow when other programs share the machine's cores.
double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

QString makeDatabase(const QTemporaryDir &dir, int cases, int mm, const QString &name) {
    PhantomOptions options;
    options.cases = cases;
    options.resolutionMm = mm;
    options.outDir = dir.filePath(name);
    if (!generatePhantomDataset(options, nullptr).ok())
        return {};
    const QString path = dir.filePath(name + QStringLiteral(".sqlite"));
    Database db;
    if (!db.open(path).isEmpty())
        return {};
    ImportService(borrowedStorage(db)).import({options.outDir}, {}, nullptr);
    return path;
}

bool waitForCase(MainWindow &window) {
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    return opened.wait(60000);
}

// Waits (in the event loop) until `view` has drawn again; returns false after 5 s.
bool waitForRender(VtkViewWidget *view, int renderCountBefore) {
    QElapsedTimer t;
    t.start();
    while (view->renderCount() == renderCountBefore && t.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    return view->renderCount() != renderCountBefore;
}

void scrollBench(MainWindow &window) {
    ViewerWidget *viewer = window.viewer();
    ViewerModel *model = window.viewerModel();
    VtkViewWidget *axial = viewer->viewWidget(0);
    const auto run = [&](const QString &label) {
        std::vector<double> total, vtk, cpu;
        model->setSliceIndex(View::Axial, 20);
        waitForRender(axial, axial->renderCount() - 1);
        for (int i = 0; i < 120; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpuBefore = processCpuMs();
            const int before = axial->renderCount();
            model->setSliceIndex(View::Axial, 20 + i);
            if (!waitForRender(axial, before))
                break;
            total.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            cpu.push_back(processCpuMs() - cpuBefore);
            vtk.push_back(axial->lastRenderMs());
        }
        out << QStringLiteral("%1: slice change → drawn: median %2 ms, 95th percentile %3 ms; VTK "
                              "render alone: "
                              "median %4 ms; CPU of all threads: median %5 ms (target ≤ 8 ms "
                              "median)\n")
                   .arg(label)
                   .arg(median(total), 0, 'f', 1)
                   .arg(percentile(total, 0.95), 0, 'f', 1)
                   .arg(median(vtk), 0, 'f', 1)
                   .arg(median(cpu), 0, 'f', 1);
        out.flush();
    };
    viewer->toggleMaximised(0);
    QApplication::processEvents();
    const QSize extra = QSize(512, 512) - axial->size();
    window.resize(window.size() + extra);
    QApplication::processEvents();
    run(QStringLiteral("scroll, axial %1×%2 maximised").arg(axial->width()).arg(axial->height()));
    viewer->toggleMaximised(0);
    QApplication::processEvents();
    run(QStringLiteral("scroll, 2×2 layout (axial %1×%2; coronal, sagittal crosshairs redrawn)")
            .arg(axial->width())
            .arg(axial->height()));
}

/// One frame of the 3D view at interactive and at full quality (VTK render alone), each
/// after a small turn of the camera so that nothing is reused from the frame before.
void volumeBench(MainWindow &window) {
    VtkViewWidget *view = window.viewer()->viewWidget(ViewerWidget::kVolumeView);
    std::vector<double> fine, coarse;
    window.viewer()->volumeRenderer()->setInteractive(true);
    for (int i = 0; i < 4; ++i) {
        window.viewer()->volumeRenderer()->rotate(5.0, 0.0);
        view->grabFramebuffer();
        coarse.push_back(view->lastRenderMs());
    }
    for (int i = 0; i < 4; ++i) {
        window.viewer()->volumeRenderer()->rotate(-5.0, 0.0);
        window.viewer()->renderVolumeNow();
        fine.push_back(view->lastRenderMs());
    }
    out << QStringLiteral(
               "3D view %1×%2: full-quality frame median %3 ms, interactive frame %4 ms\n")
               .arg(view->width())
               .arg(view->height())
               .arg(median(fine), 0, 'f', 1)
               .arg(median(coarse), 0, 'f', 1);
    out.flush();
}

void openBench(MainWindow &window, qint64 a, qint64 b) {
    std::vector<double> loadMs;
    const std::unique_ptr<CaseCatalog> cases = borrowedStorage(window.database())->cases();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        CaseLoader::loadNow(*cases, i % 2 == 0 ? a : b);
        loadMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral(
               "  worker part (cache read, RAS reorientation, window, 3D preview): median %1 ms\n")
               .arg(median(loadMs), 0, 'f', 1);
    std::vector<double> ms;
    VtkViewWidget *axial = window.viewer()->viewWidget(0);
    for (int i = 0; i < 6; ++i) {
        const qint64 id = i % 2 == 0 ? b : a;
        QElapsedTimer t;
        t.start();
        window.openCase(id);
        if (!waitForCase(window))
            return;
        axial->repaint();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral(
               "open a cached 1 mm case (click → first drawn slices): median %1 ms, max %2 ms "
               "(target ≤ 250 ms)\n")
               .arg(median(ms), 0, 'f', 1)
               .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1);
}

void heartbeatBench(MainWindow &window, const QString &batchDb) {
    Database db;
    if (!db.open(batchDb).isEmpty())
        return;
    SelectionService service(borrowedStorage(db));
    SelectionRequest request;
    request.method = QStringLiteral("votemi");
    CaseTableModel cases(db);
    cases.setQuery({});
    for (int r = 0; r < cases.rowCount(); ++r)
        request.caseIds.push_back(cases.caseIdAt(r));
    request.threads = std::max(1, QThread::idealThreadCount() - 1);
    request.force = true;
    bench::GuiHeartbeat heartbeat;
    // Keep the viewer busy too: one slice step every 50 ms, as a reader scrolling.
    QTimer scroller;
    scroller.setInterval(50);
    int step = 0;
    QObject::connect(&scroller, &QTimer::timeout,
                     [&] { window.viewerModel()->setSliceIndex(View::Axial, 30 + (step++ % 60)); });
    QElapsedTimer total;
    total.start();
    heartbeat.start();
    scroller.start();
    const SelectionSummary summary = service.run(request);
    heartbeat.stop();
    scroller.stop();
    out << QStringLiteral("Vote-MI batch: %1 cases in %2 s on %3 worker thread(s) while scrolling; "
                          "GUI heartbeat "
                          "(10 ms): median gap %4 ms, longest %5 ms (target: never > 50 ms)\n")
               .arg(summary.outcomes.size())
               .arg(static_cast<double>(total.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(request.threads)
               .arg(heartbeat.quantile(0.5), 0, 'f', 1)
               .arg(heartbeat.longest(), 0, 'f', 1);
}

/// The GUI thread while the selection dialog trains a VAE and runs Vote-MI with it (one
/// job of the workspace): the longest gap between the ticks of a 10 ms timer.
void vaeHeartbeat(MainWindow &window, const QString &batchDb) {
    if (!window.openDatabase(batchDb).isEmpty())
        return;
    std::vector<qint64> ids;
    for (int r = 0; r < window.browser()->model()->rowCount(); ++r)
        ids.push_back(window.browser()->model()->caseIdAt(r));
    SelectionDialog dialog(window.workspace(), ids, &window);
    dialog.setMethod(QStringLiteral("votemi"));
    dialog.setEmbedder(QStringLiteral("vae"));
    QSignalSpy finished(&dialog, &SelectionDialog::batchFinished);
    bench::GuiHeartbeat heartbeat;
    QElapsedTimer total;
    total.start();
    heartbeat.start();
    dialog.run();
    finished.wait(600000);
    heartbeat.stop();
    out << QStringLiteral(
               "VAE trained and Vote-MI run from the selection dialog: %1 cases in %2 s; "
               "GUI heartbeat (10 ms): median gap %3 ms, longest %4 ms (target: never "
               "> 50 ms)\n")
               .arg(ids.size())
               .arg(static_cast<double>(total.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(heartbeat.quantile(0.5), 0, 'f', 1)
               .arg(heartbeat.longest(), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[]) {
    VtkViewWidget::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BrainMD-bench"));
    QTemporaryDir dir;
    out << QStringLiteral("preparing phantoms (2 cases at 1 mm, 4 cases at 2 mm)…\n");
    out.flush();
    const QString fine = makeDatabase(dir, 2, 1, QStringLiteral("fine"));
    const QString batch = makeDatabase(dir, 4, 2, QStringLiteral("batch"));
    if (fine.isEmpty() || batch.isEmpty()) {
        out << QStringLiteral("could not prepare the phantom databases\n");
        return 1;
    }
    // Give the phantom generator's freed memory back so RSS shows the workstation's own.
    malloc_trim(0);
    const double rssBefore = rssMb();
    MainWindow window;
    window.openDatabase(fine);
    window.show();
    const qint64 a = window.browser()->model()->caseIdAt(0);
    const qint64 b = window.browser()->model()->caseIdAt(1);
    window.openCase(a);
    if (!waitForCase(window))
        return 1;
    QApplication::processEvents();
    window.viewer()->renderVolumeNow();
    const auto &dims = window.viewerModel()->volume()->geometry().dims;
    out << QStringLiteral("volume %1×%2×%3 voxels\n").arg(dims[0]).arg(dims[1]).arg(dims[2]);
    out << QStringLiteral("memory with one case open (3D rendered): %1 MB RSS (%2 MB before the "
                          "window; target "
                          "≤ 300 MB)\n")
               .arg(rssMb(), 0, 'f', 0)
               .arg(rssBefore, 0, 'f', 0);
    out.flush();
    scrollBench(window);
    volumeBench(window);
    openBench(window, a, b);
    heartbeatBench(window, batch);
    vaeHeartbeat(window, batch);
    return 0;
}
