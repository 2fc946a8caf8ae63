#pragma once

#include <cstdint>

namespace brainmd {

/// SplitMix64's finaliser: spreads nearby seeds over the whole 64-bit range (seed
/// derivation for SeededRandom's streams and per-item generators).
std::uint64_t splitMix64Finalise(std::uint64_t value);

/// SplitMix64, the small fast stream of the bootstraps, vote-k ties and request jitter:
/// a draw is one add and the finaliser, so tens of millions of bootstrap indices stay
/// cheap. Same numbers on every platform. SeededRandom (mt19937_64) remains the
/// generator for everything that needs uniform reals and normals.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next();
    /// Uniform in [0, n), unbiased (rejection), n > 0.
    std::uint64_t below(std::uint64_t n);

private:
    std::uint64_t m_state;
};

} // namespace brainmd
