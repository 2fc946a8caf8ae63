#pragma once

namespace brainmd {

/// Makes glibc hand every buffer of 4 MB or more straight back to the system when it is
/// freed. A case brings volumes of tens of MB that are allocated in a loader thread and
/// freed a moment later (the file's voxels, the grid before RAS reorientation); glibc's
/// default raises its mmap threshold to the largest such buffer after the first free, so
/// later ones land in per-thread heaps that stay resident (~48 MB after one 1 mm case).
/// Process-wide and idempotent; a no-op without glibc.
void releaseLargeBuffersPromptly();

} // namespace brainmd
