#include "reading/ReadingFlow.h"

#include "common/SeededRandom.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace brainmd {

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
    SeededRandom random(seed);
    for (std::size_t i = caseIds.size(); i > 1; --i)
        std::swap(caseIds[i - 1], caseIds[static_cast<std::size_t>(random.below(i))]);
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
