#pragma once

namespace brainmd {

/// Where a batch of tasks stands: counts, throughput and the estimated time left.
/// `fraction` counts finished tasks plus the reported share of the running ones.
struct JobStatus {
    int total = 0;
    int done = 0; ///< tasks that returned (including failed or cancelled ones)
    double fraction = 0.0;
    double elapsedSeconds = 0.0;
    double tasksPerSecond = 0.0; ///< done / elapsed
    double etaSeconds = -1.0;    ///< −1 while unknown (nothing finished yet)
    bool cancelled = false;
};

} // namespace brainmd
