#include "reading/ReadingFlow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

std::uint64_t splitMix64(std::uint64_t *state) {
    std::uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Uniform in [0, bound) without modulo bias (rejection sampling).
std::uint64_t below(std::uint64_t bound, std::uint64_t *state) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t r = splitMix64(state);
    while (r >= limit)
        r = splitMix64(state);
    return r % bound;
}

} // namespace

int firstUnanswered(const std::vector<bool> &answered) {
    const auto it = std::find(answered.begin(), answered.end(), false);
    return it == answered.end() ? 0 : static_cast<int>(it - answered.begin());
}

int wrapIndex(int index, int step, int count) {
    if (count <= 0)
        return 0;
    const int moved = (index + step) % count;
    return moved < 0 ? moved + count : moved;
}

std::vector<qint64> readingOrder(std::vector<qint64> caseIds, std::uint64_t seed) {
    std::uint64_t state = seed;
    for (std::size_t i = caseIds.size(); i > 1; --i)
        std::swap(caseIds[i - 1], caseIds[static_cast<std::size_t>(below(i, &state))]);
    return caseIds;
}

QString caseStatus(const CaseProgress &progress) {
    if (progress.excluded)
        return QStringLiteral("excluded");
    if (progress.adjudicated)
        return QStringLiteral("adjudicated");
    if (progress.committedReaders > 0)
        return QStringLiteral("read");
    return progress.anyActivity ? QStringLiteral("in_progress") : QStringLiteral("new");
}

QString positionText(int rasAxis, double mm) {
    static constexpr char positive[3] = {'R', 'A', 'S'};
    static constexpr char negative[3] = {'L', 'P', 'I'};
    const int axis = std::clamp(rasAxis, 0, 2);
    // Rounded first, so -0.04 mm is "R 0.0 mm" as the viewer shows it, never "L 0.0".
    const double rounded = std::round(mm * 10.0) / 10.0;
    const char letter = rounded >= 0 ? positive[axis] : negative[axis];
    return QCoreApplication::translate("brainmd", "%1 %2 mm")
        .arg(QLatin1Char(letter))
        .arg(std::abs(rounded), 0, 'f', 1);
}

} // namespace brainmd
