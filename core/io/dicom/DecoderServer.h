#pragma once

namespace brainmd {

/// The loop of the pixel decoder helper (brainmd-decoder): reads decode requests from
/// `inFd`, decodes each file with GDCM and writes the reply to `outFd` (DecoderProtocol.h).
/// Runs until `inFd` reaches its end; returns the process exit code (0, or 1 when the
/// stream was garbled). A library abort ends the helper, not the import that started it.
int runPixelDecoderServer(int inFd = 0, int outFd = 1);

} // namespace brainmd
