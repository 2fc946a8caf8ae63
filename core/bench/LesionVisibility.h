#pragma once

#include "bench/Resampling.h"
#include "volume/Orientation.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace brainmd {

class Volume;

/// Where a case's lesion is, slice by slice: the lesion voxels in every slice of every
/// view of its mask (a label map on the RAS grid of the case's volume; any non-zero
/// label counts). Model-free truth for what an image can show.
class LesionProfile {
public:
    static LesionProfile of(const Volume &rasLabelMap);

    bool hasLesion() const { return m_total > 0; }
    /// Lesion voxels in `slice` of `view` (0 outside the volume).
    long area(View view, int slice) const;
    /// The largest cross-section of the lesion in `view`.
    long largestArea(View view) const { return m_largest[static_cast<std::size_t>(view)]; }

private:
    std::array<std::vector<long>, 3> m_area;
    std::array<long, 3> m_largest{0, 0, 0};
    long m_total = 0;
};

/// What the images shown for one case contain of its lesion.
struct LesionVisibility {
    bool shown = false;      ///< a lesion voxel lies in a shown slice
    double shownShare = 0.0; ///< best over the shown views: area on the shown slice /
                             ///< area of the lesion's largest cross-section in that view
};

/// `views`: the planes shown (empty for the no-image control); `slices` by View.
LesionVisibility lesionVisibility(const LesionProfile &lesion, const std::vector<View> &views,
                                  const std::array<int, 3> &slices);

/// One slice source's visibility over the lesion cases of a run's evaluation set.
struct VisibilityRow {
    QString source; ///< "votemi/axial": slice source and views of the conditions
    int lesionCases = 0;
    int shownCases = 0;
    Interval shownRate;      ///< share of lesion cases whose image shows it (Wilson 95 %)
    Interval meanShownShare; ///< mean share of the largest cross-section shown (bootstrap)
};

/// Per source ("<slices>/<views>") and lesion case: what was shown. What a run stores
/// with itself when it is planned, so that the report says what the run's images
/// showed even after a selection is recomputed.
using VisibilityByCase = std::map<QString, std::map<qint64, LesionVisibility>>;

QByteArray visibilityJson(const VisibilityByCase &visibility);
/// nullopt for text that is not a visibility record (e.g. a run planned before there
/// was one: "" ).
std::optional<VisibilityByCase> parseVisibilityJson(const QByteArray &json);

/// Rows in the order of `sources`; the mean share's interval by bootstrap over the lesion
/// cases (`resamples` draws from `seed`). Sources without lesion cases are left out.
std::vector<VisibilityRow> summariseVisibility(const VisibilityByCase &visibility,
                                               const QStringList &sources, int resamples,
                                               std::uint64_t seed);

} // namespace brainmd
