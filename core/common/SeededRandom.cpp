#include "common/SeededRandom.h"

#include "common/SplitMix64.h"

#include <cmath>
#include <cstdint>
#include <numbers>

namespace brainmd {

SeededRandom SeededRandom::forStream(std::uint64_t seed, int item, std::uint64_t stream) {
    const std::uint64_t a = splitMix64Finalise(seed);
    const std::uint64_t b = splitMix64Finalise(a ^ static_cast<std::uint64_t>(item));
    return SeededRandom(splitMix64Finalise(b ^ splitMix64Finalise(stream)));
}

std::uint64_t SeededRandom::below(std::uint64_t n) {
    // Rejecting the top partial range keeps every residue equally likely.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x = m_engine();
    while (x >= limit) {
        x = m_engine();
    }
    return x % n;
}

double SeededRandom::normal() {
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    const double radius = std::sqrt(-2.0 * std::log(uniformPositive()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

} // namespace brainmd
