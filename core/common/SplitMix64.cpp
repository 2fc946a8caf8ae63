#include "common/SplitMix64.h"

namespace brainmd {

std::uint64_t splitMix64Finalise(std::uint64_t value) {
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

std::uint64_t SplitMix64::next() {
    // The state advances by the golden-ratio increment the finaliser also adds.
    const std::uint64_t value = splitMix64Finalise(m_state);
    m_state += 0x9E3779B97F4A7C15ULL;
    return value;
}

std::uint64_t SplitMix64::below(std::uint64_t n) {
    // Lemire's multiply-shift with rejection: unbiased like the modulo with rejection it
    // replaces, but a division only on the rare rejected draws. Bootstraps draw tens of
    // millions of indices for a large run, and the 64-bit division dominated them.
    __extension__ using Wide = unsigned __int128;
    Wide product = static_cast<Wide>(next()) * n;
    auto low = static_cast<std::uint64_t>(product);
    if (low < n) {
        const std::uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            product = static_cast<Wide>(next()) * n;
            low = static_cast<std::uint64_t>(product);
        }
    }
    return static_cast<std::uint64_t>(product >> 64);
}

} // namespace brainmd
