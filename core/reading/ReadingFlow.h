#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace brainmd {

/// Index of the first question without an answer (`answered[i]` false); 0 when all are
/// answered or there are none. Each case opens there.
int firstUnanswered(const std::vector<bool> &answered);

/// `index + step` wrapped into [0, count): Q after the last question goes to the first,
/// Shift+Q before the first to the last. 0 when count is 0.
int wrapIndex(int index, int step, int count);

/// The worklist in the reading order of one reader: a Fisher–Yates shuffle driven by
/// SeededRandom from `seed`, so the same seed gives the same order on every machine
/// (std::shuffle's order differs between standard libraries). Different readers get
/// different seeds: a fixed order would confound reading-order effects with cases.
std::vector<qint64> readingOrder(std::vector<qint64> caseIds, std::uint64_t seed);

/// Where a case stands, for the case list and `cases.status`.
struct CaseProgress {
    bool excluded = false;    ///< set by hand; kept
    bool anyActivity = false; ///< some reader opened, marked or answered it
    int committedReaders = 0; ///< distinct readers who committed it
    bool adjudicated = false; ///< a consensus value was set
};

/// new -> in_progress -> read (by n readers) -> adjudicated; "excluded" stays.
QString caseStatus(const CaseProgress &progress);

/// A position along a RAS axis (0 x, 1 y, 2 z) in mm as the viewer writes it:
/// "R 12.0 mm" / "L 12.0 mm", "A …" / "P …", "S …" / "I …" (one decimal).
QString positionText(int rasAxis, double mm);

} // namespace brainmd
