#pragma once

#include <cstdint>
#include <random>

namespace brainmd {

/// The phantom's source of randomness: std::mt19937_64's raw 64-bit output (fully
/// specified by the standard) with our own uniform and normal draws on top, so that the
/// same seed gives the same numbers whatever standard library is used.
class PhantomRandom {
public:
    explicit PhantomRandom(std::uint64_t seed)
        : m_engine(seed) {}

    /// A generator for one (dataset seed, case, stream) triple, independent of the others.
    static PhantomRandom forCase(std::uint64_t seed, int caseIndex, std::uint64_t stream);

    std::uint64_t raw() { return m_engine(); }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform();
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, count) (count > 0), without modulo bias.
    int index(int count);
    bool chance(double probability) { return uniform() < probability; }
    /// Standard normal draw (Box–Muller, both values used in turn).
    double normal();

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace brainmd
