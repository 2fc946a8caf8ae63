#pragma once

#include <cstdint>
#include <random>

namespace brainmd {

/// The one seeded pseudo-random source of the program (Vote-MI, vote-k, baselines, the
/// phantom), giving the same numbers on every platform: std::mt19937_64 is fully
/// specified by the standard, but the standard distributions are not, so the conversions
/// to uniform, bounded and normal numbers are written here.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed) {}

    /// A generator for one (seed, item, stream) triple, independent of the others
    /// (SplitMix64 spreads nearby seeds over the whole 64-bit range).
    static SeededRandom forStream(std::uint64_t seed, int item, std::uint64_t stream);

    std::uint64_t next() { return m_engine(); }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in (0, 1]: safe to take the logarithm of.
    double uniformPositive() { return 1.0 - uniform(); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n) for n > 0, unbiased.
    std::uint64_t below(std::uint64_t n);
    /// Uniform index in [0, count) for count > 0.
    int index(int count) { return static_cast<int>(below(static_cast<std::uint64_t>(count))); }
    bool chance(double probability) { return uniform() < probability; }
    /// Standard normal by Box–Muller (both values of a pair are used).
    double normal();

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace brainmd
