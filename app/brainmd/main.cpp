#include "ui/cli/CliApplication.h"
#include "ui/cli/TerminalProgress.h"
#include "ui/i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brainmd"));
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD"));
    brainmd::Translations::install(app);
    brainmd::installCancelOnInterrupt();
    return brainmd::runCli(QCoreApplication::arguments());
}
