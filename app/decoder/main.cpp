#include "io/dicom/DecoderServer.h"

int main() {
    return brainmd::runPixelDecoderServer();
}
