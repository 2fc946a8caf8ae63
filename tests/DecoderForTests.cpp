// Linked into every test program (brainmd_add_test): points the import's pixel decoder
// helper lookup (PixelDecoderClient::locateDecoder) at the build's app folder, because
// test programs do not live next to brainmd-decoder. An explicit BRAINMD_DECODER wins.

#include <QByteArray>
#include <QtGlobal>

namespace {

const bool g_decoderSet = [] {
    if (qEnvironmentVariableIsEmpty("BRAINMD_DECODER"))
        qputenv("BRAINMD_DECODER", QByteArray(BRAINMD_BINARY_DIR "/app/brainmd-decoder"));
    return true;
}();

} // namespace
