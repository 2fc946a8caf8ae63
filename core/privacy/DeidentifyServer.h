#pragma once

namespace brainmd {

/// The loop of the de-identification helper (`brainmd-decoder --deidentify`): reads the
/// setup and then one input path per line from `inFd`, de-identifies each file and writes
/// one result line to `outFd` (DeidentifyProtocol.h). Returns at the end of the input (0)
/// or on a garbled stream (1). A library abort ends the helper, not the batch.
int runDeidentifyServer(int inFd = 0, int outFd = 1);

} // namespace brainmd
