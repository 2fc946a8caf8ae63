// brainmd-workstation [--db FILE] [--case ID]: the desktop application (a thin shell over
// brainmd_ui).

#include "ui/main/MainWindow.h"
#include "ui/viewer/VtkViewWidget.h"

#include "db/CaseRepository.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[]) {
    brainmd::VtkViewWidget::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BrainMD"));
    QApplication::setApplicationName(QStringLiteral("brainmd-workstation"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("brainmd", "BrainMD Workstation"));
    parser.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("brainmd", "Case database (default: the last one used)."),
        QStringLiteral("file"));
    const QCommandLineOption openCase(
        QStringLiteral("case"),
        QApplication::translate("brainmd", "Case to open (id or case key)."), QStringLiteral("id"));
    parser.addOptions({db, openCase});
    parser.process(app);

    QFile style(QStringLiteral(":/brainmd/workstation/workstation.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

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
    return app.exec();
}
