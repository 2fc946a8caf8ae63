#include "io/phantom/PhantomRandom.h"

#include <cmath>
#include <numbers>

namespace brainmd {

namespace {

/// SplitMix64 finaliser: spreads nearby seeds over the whole 64-bit range.
std::uint64_t mix(std::uint64_t value) {
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

} // namespace

PhantomRandom PhantomRandom::forCase(std::uint64_t seed, int caseIndex, std::uint64_t stream) {
    const std::uint64_t a = mix(seed);
    const std::uint64_t b = mix(a ^ static_cast<std::uint64_t>(caseIndex));
    return PhantomRandom(mix(b ^ mix(stream)));
}

double PhantomRandom::uniform() {
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

int PhantomRandom::index(int count) {
    const std::uint64_t n = static_cast<std::uint64_t>(count);
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t value = m_engine();
    while (value >= limit)
        value = m_engine();
    return static_cast<int>(value % n);
}

double PhantomRandom::normal() {
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

} // namespace brainmd
