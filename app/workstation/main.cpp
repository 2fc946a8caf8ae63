// brainmd-workstation [--db FILE] [--case ID] [--run ID]: the desktop application (a thin
// shell over brainmd_ui). Exit codes: 0 after a normal session, 3 when no OpenGL 3.2 context
// can be created (ui/viewer/OpenGLProbe.h).

#include "ui/i18n/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/viewer/OpenGLProbe.h"
#include "ui/viewer/VtkViewWidget.h"

#include "brainmd/Version.h"
#include "db/CaseRepository.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[]) {
    // --version answers before QApplication, so it works without a display (e.g. over ssh).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("brainmd-workstation %s (git %s)\n", brainmd::kVersion,
                        brainmd::kGitRevision);
            return 0;
        }
    }
    brainmd::VtkViewWidget::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BrainMD"));
    QApplication::setApplicationName(QStringLiteral("brainmd-workstation"));
    // Lets Wayland and the desktop shell match the window to org.brainmd.workstation.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.brainmd.workstation"));
    QApplication::setApplicationVersion(
        QStringLiteral("%1 (git %2)")
            .arg(QLatin1String(brainmd::kVersion), QLatin1String(brainmd::kGitRevision)));
    brainmd::Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("brainmd", "BrainMD Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("brainmd", "Case database (default: the last one used)."),
        QStringLiteral("file"));
    const QCommandLineOption openCase(
        QStringLiteral("case"),
        QApplication::translate("brainmd", "Case to open (id or case key)."), QStringLiteral("id"));
    const QCommandLineOption openRun(
        QStringLiteral("run"),
        QApplication::translate("brainmd", "BrainBench run to open in the dashboard."),
        QStringLiteral("id"));
    parser.addOption(openRun);
    parser.addOptions({db, openCase});
    parser.process(app);

    QFile style(QStringLiteral(":/brainmd/workstation/workstation.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    // Before any VTK view exists: without the OpenGL VTK needs, the first paint of a view
    // crashes inside Qt. Exit code 3 (README, brainmd-workstation(1)) tells scripts why.
    if (const QString found = brainmd::OpenGLProbe::missingOpenGL(); !found.isEmpty()) {
        brainmd::OpenGLProbe::reportMissing(found);
        return brainmd::OpenGLProbe::kExitNoOpenGL;
    }

    brainmd::MainWindow window;
    const QString path =
        parser.isSet(db) ? parser.value(db)
                         : QSettings().value(QStringLiteral("workstation/lastDatabase")).toString();
    if (!path.isEmpty()) {
        if (const QString error = window.openDatabase(path); !error.isEmpty())
            QMessageBox::warning(&window, QApplication::translate("brainmd", "Open database"),
                                 error);
    }
    if (parser.isSet(openCase) && window.database().isOpen()) {
        bool isNumber = false;
        qint64 id = parser.value(openCase).toLongLong(&isNumber);
        if (!isNumber) {
            const auto found =
                brainmd::CaseRepository(window.database()).caseByKey(parser.value(openCase));
            id = found ? found->id : 0;
        }
        window.openCase(id);
    }
    window.show();
    if (parser.isSet(openRun) && window.database().isOpen())
        window.showDashboard(parser.value(openRun).toLongLong());
    return app.exec();
}
