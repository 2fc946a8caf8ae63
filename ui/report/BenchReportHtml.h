#pragma once

#include "ui/report/BenchPlots.h"
#include "ui/report/BenchReport.h"

#include <utility>
#include <vector>

namespace brainmd {

/// The self-contained HTML page of a report: tables, the PNG plots inline as data URLs,
/// problems and the model answers that were not clean (all text escaped).
QString benchReportHtml(const BenchReportInput &input,
                        const std::vector<std::pair<BenchPlot, QByteArray>> &plots);

} // namespace brainmd
