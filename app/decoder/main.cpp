#include "io/dicom/DecoderServer.h"
#include "ui/i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // Same names as brainmd: the reasons the helper writes follow the user's language.
    QCoreApplication::setApplicationName(QStringLiteral("brainmd-decoder"));
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD"));
    brainmd::Translations::install(app);
    return brainmd::runPixelDecoderServer();
}
