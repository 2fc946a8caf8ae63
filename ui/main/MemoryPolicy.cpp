#include "ui/main/MemoryPolicy.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace brainmd {

void releaseLargeBuffersPromptly() {
#if defined(__GLIBC__)
    // A fixed threshold also turns off glibc's dynamic adjustment of it (mallopt(3)).
    static const bool once = [] {
        return mallopt(M_MMAP_THRESHOLD, 4 << 20) == 1;
    }();
    (void)once;
#endif
}

} // namespace brainmd
