#include "io/phantom/PhantomPlacementSummary.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

using Json = nlohmann::ordered_json;

/// Two decimals are far below the voxel size and keep the file readable.
double rounded(double value) {
    return std::isfinite(value) ? std::round(value * 100.0) / 100.0 : 0.0;
}

Json perView(const std::array<double, 3> &values) {
    Json json;
    for (const View view : kAllViews)
        json[viewName(view)] = rounded(values[static_cast<std::size_t>(view)]);
    return json;
}

Json countsJson(const std::map<QString, int> &counts) {
    Json json = Json::object();
    for (const auto &[key, count] : counts)
        json[key.toStdString()] = count;
    return json;
}

} // namespace

PhantomPlacementSummary summarizePhantomPlacement(const std::vector<PhantomCaseTruth> &cases) {
    PhantomPlacementSummary summary;
    summary.cases = static_cast<int>(cases.size());
    std::array<double, 3> sum{0.0, 0.0, 0.0}, squares{0.0, 0.0, 0.0};
    for (const PhantomCaseTruth &truth : cases) {
        if (!truth.lesion.present)
            continue;
        ++summary.lesionCases;
        summary.lesions += 1 + static_cast<int>(truth.satellites.size());
        summary.multipleLesionCases += truth.satellites.empty() ? 0 : 1;
        ++summary.lobes[truth.lesion.lobe];
        ++summary.sides[truth.lesion.side];
        for (std::size_t v = 0; v < 3; ++v) {
            const double distance = std::abs(truth.referenceOffsetMm[v]);
            sum[v] += distance;
            squares[v] += distance * distance;
        }
    }
    const double n = summary.lesionCases;
    for (std::size_t v = 0; v < 3; ++v) {
        summary.meanDistanceMm[v] = n > 0 ? sum[v] / n : std::nan("");
        summary.sdDistanceMm[v] =
            n > 0 ? std::sqrt(std::max(0.0, squares[v] / n - summary.meanDistanceMm[v] *
                                                                 summary.meanDistanceMm[v]))
                  : std::nan("");
    }
    return summary;
}

QString writePhantomPlacementJson(const PhantomPlacementSummary &summary,
                                  const std::vector<PhantomCaseTruth> &cases, const QString &path) {
    Json json;
    json["format"] = "brainmd-phantom-lesion-positions";
    json["version"] = 1;
    json["basis"] = "phantom truth: per view, |reference slice - centre slice| in mm over the "
                    "cases with a lesion; the centre slice is the middle of the acquired volume "
                    "reoriented to RAS; lobe and side are those of the largest lesion";
    json["cases"] = summary.cases;
    json["lesion_cases"] = summary.lesionCases;
    json["multiple_lesion_cases"] = summary.multipleLesionCases;
    json["lesions"] = summary.lesions;
    json["mean_distance_mm"] = perView(summary.meanDistanceMm);
    json["sd_distance_mm"] = perView(summary.sdDistanceMm);
    json["lobes"] = countsJson(summary.lobes);
    json["sides"] = countsJson(summary.sides);
    Json rows = Json::array();
    for (const PhantomCaseTruth &truth : cases) {
        if (!truth.lesion.present)
            continue;
        Json row;
        row["case"] = truth.caseKey.toStdString();
        row["accession_number"] = truth.accessionNumber.toStdString();
        row["lobe"] = truth.lesion.lobe.toStdString();
        row["side"] = truth.lesion.side.toStdString();
        row["region"] = truth.lesion.region.toStdString();
        row["diameter_mm"] = truth.lesion.diameterMm;
        row["lesions"] = 1 + static_cast<int>(truth.satellites.size());
        row["offset_mm"] = perView(truth.referenceOffsetMm);
        rows.push_back(row);
    }
    json["rows"] = rows;
    QSaveFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(json.dump(2) + '\n');
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("brainmd", "%1: cannot write (%2)")
            .arg(path, file.errorString());
    return {};
}

} // namespace brainmd
