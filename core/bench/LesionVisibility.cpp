#include "bench/LesionVisibility.h"

#include "volume/Volume.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

/// Wilson score interval of k successes in n at 95 %: unlike a bootstrap it does not
/// collapse to a point when every case (or none) shows the lesion.
Interval wilson(int k, int n) {
    if (n <= 0)
        return {std::nan(""), std::nan(""), std::nan("")};
    constexpr double z = 1.959963984540054;
    const double p = double(k) / double(n);
    const double denominator = 1.0 + z * z / n;
    const double centre = (p + z * z / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n)) / denominator;
    // The bounds are exactly 0 or 1 when k is 0 or n (rounding would leave 0.9999…).
    return {p, k == 0 ? 0.0 : std::max(0.0, centre - half),
            k == n ? 1.0 : std::min(1.0, centre + half)};
}

} // namespace

LesionProfile LesionProfile::of(const Volume &rasLabelMap) {
    LesionProfile profile;
    const Geometry &g = rasLabelMap.geometry();
    for (View view : kAllViews)
        profile.m_area[static_cast<std::size_t>(view)].assign(
            static_cast<std::size_t>(g.dims[viewAxis(view)]), 0);
    // One pass over the mask: each voxel adds to its slice in all three views.
    std::array<std::size_t, 3> axisOf{};
    for (View view : kAllViews)
        axisOf[static_cast<std::size_t>(view)] = static_cast<std::size_t>(viewAxis(view));
    for (int k = 0; k < g.dims[2]; ++k)
        for (int j = 0; j < g.dims[1]; ++j)
            for (int i = 0; i < g.dims[0]; ++i) {
                if (rasLabelMap.valueAt(i, j, k) == 0.0f)
                    continue;
                const std::array<int, 3> ijk{i, j, k};
                for (std::size_t v = 0; v < 3; ++v)
                    ++profile.m_area[v][static_cast<std::size_t>(ijk[axisOf[v]])];
                ++profile.m_total;
            }
    for (std::size_t v = 0; v < 3; ++v)
        profile.m_largest[v] =
            profile.m_area[v].empty()
                ? 0
                : *std::max_element(profile.m_area[v].begin(), profile.m_area[v].end());
    return profile;
}

long LesionProfile::area(View view, int slice) const {
    const std::vector<long> &areas = m_area[static_cast<std::size_t>(view)];
    return slice >= 0 && static_cast<std::size_t>(slice) < areas.size()
               ? areas[static_cast<std::size_t>(slice)]
               : 0;
}

LesionVisibility lesionVisibility(const LesionProfile &lesion, const std::vector<View> &views,
                                  const std::array<int, 3> &slices) {
    LesionVisibility out;
    for (View view : views) {
        const long area = lesion.area(view, slices[static_cast<std::size_t>(view)]);
        const long largest = lesion.largestArea(view);
        if (area > 0) {
            out.shown = true;
            out.shownShare = std::max(out.shownShare, double(area) / double(largest));
        }
    }
    return out;
}

QByteArray visibilityJson(const VisibilityByCase &visibility) {
    QJsonObject root;
    for (const auto &[source, cases] : visibility) {
        QJsonArray rows;
        for (const auto &[caseId, seen] : cases)
            rows.append(QJsonArray{caseId, seen.shown, seen.shownShare});
        root.insert(source, rows);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("sources"), root}})
        .toJson(QJsonDocument::Compact);
}

std::optional<VisibilityByCase> parseVisibilityJson(const QByteArray &json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || doc.object().value(QLatin1String("format")).toInt() != 1)
        return std::nullopt;
    VisibilityByCase out;
    const QJsonObject sources = doc.object().value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        std::map<qint64, LesionVisibility> &cases = out[it.key()];
        for (const QJsonValue &row : it.value().toArray()) {
            const QJsonArray fields = row.toArray();
            if (fields.size() != 3)
                return std::nullopt;
            cases[fields.at(0).toInteger()] = {fields.at(1).toBool(), fields.at(2).toDouble()};
        }
    }
    return out;
}

std::vector<VisibilityRow> summariseVisibility(const VisibilityByCase &visibility,
                                               const QStringList &sources, int resamples,
                                               std::uint64_t seed) {
    std::vector<VisibilityRow> rows;
    for (const QString &source : sources) {
        const auto found = visibility.find(source);
        if (found == visibility.end() || found->second.empty())
            continue;
        std::vector<LesionVisibility> cases;
        for (const auto &[caseId, seen] : found->second)
            cases.push_back(seen);
        const auto meanShare = [&cases](const std::vector<int> &draw) {
            if (draw.empty())
                return std::nan("");
            double sum = 0.0;
            for (int i : draw)
                sum += cases[static_cast<std::size_t>(i)].shownShare;
            return sum / double(draw.size());
        };
        VisibilityRow row;
        row.source = source;
        row.lesionCases = static_cast<int>(cases.size());
        row.shownCases = static_cast<int>(
            std::count_if(cases.begin(), cases.end(), [](const auto &c) { return c.shown; }));
        row.shownRate = wilson(row.shownCases, row.lesionCases);
        row.meanShownShare = bootstrapInterval(row.lesionCases, meanShare, resamples, seed);
        rows.push_back(row);
    }
    return rows;
}

} // namespace brainmd
