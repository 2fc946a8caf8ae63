#include "io/dicom/DecoderServer.h"
#include "io/seg/SegmentationServer.h"
#include "privacy/DeidentifyServer.h"
#include "ui/i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // Same names as brainmd: the reasons the helper writes follow the user's language.
    QCoreApplication::setApplicationName(QStringLiteral("brainmd-decoder"));
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD"));
    brainmd::Translations::install(app);
    // The de-identifier runs its files here too, for the same reason: a library abort on
    // one file must not end the batch (core/privacy/ContainedDeidentifier.h).
    if (app.arguments().contains(QStringLiteral("--deidentify")))
        return brainmd::runDeidentifyServer();
    // DICOM SEG files too: DCMTK's reader on a malformed object must not end the import.
    if (app.arguments().contains(QStringLiteral("--segmentation")))
        return brainmd::runSegmentationServer();
    return brainmd::runPixelDecoderServer();
}
