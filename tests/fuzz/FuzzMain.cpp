// libFuzzer driver for one target; BRAINMD_FUZZ_TARGET names it (see tests/fuzz/CMakeLists.txt).

#include "FuzzEntries.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const brainmd::fuzz::Entry entry =
        brainmd::fuzz::entryOf(QStringLiteral(BRAINMD_FUZZ_TARGET));
    if (entry == nullptr) {
        std::fprintf(stderr, "unknown fuzz target %s\n", BRAINMD_FUZZ_TARGET);
        std::abort();
    }
    return entry(data, size);
}
