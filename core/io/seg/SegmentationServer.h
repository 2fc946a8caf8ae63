#pragma once

namespace brainmd {

/// The loop of `brainmd-decoder --segmentation`: reads one request line per SEG file
/// ({"in": path}) from `inFd`, reads it with DCMTK (readSegmentation) and answers on
/// `outFd` with a line {"ok": …, "error": …, "bytes": N} followed by N bytes of
/// encodeSegmentation(). Runs until `inFd` ends. A library abort ends the helper, not the
/// import (ContainedSegmentationReader restarts it for the next file).
int runSegmentationServer(int inFd = 0, int outFd = 1);

} // namespace brainmd
