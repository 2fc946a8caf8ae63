#pragma once

#include <cstdint>
#include <random>

namespace brainmd {

/// A seeded pseudo-random source that gives the same numbers on every platform:
/// std::mt19937_64 is fully specified by the standard, but the standard distributions
/// are not, so the conversions to uniform, bounded and normal numbers are written here.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in (0, 1]: safe to take the logarithm of.
    double uniformPositive() { return 1.0 - uniform(); }
    /// Uniform integer in [0, n) for n > 0, unbiased.
    std::uint64_t below(std::uint64_t n);
    /// Standard normal by Box–Muller (both values of a pair are used).
    double normal();

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace brainmd
