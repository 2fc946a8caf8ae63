#include "ui/cli/CliApplication.h"
#include "ui/cli/TerminalProgress.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brainmd"));
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD"));
    brainmd::installCancelOnInterrupt();
    return brainmd::runCli(QCoreApplication::arguments());
}
