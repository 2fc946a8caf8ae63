#include "common/CohenKappa.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace brainmd {

double cohenKappa(const std::vector<std::vector<double>> &table) {
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    std::size_t columnCount = 0;
    for (const std::vector<double> &row : table)
        columnCount = std::max(columnCount, row.size());
    double n = 0.0;
    double agree = 0.0;
    std::vector<double> rows(table.size(), 0.0);
    std::vector<double> columns(columnCount, 0.0);
    for (std::size_t i = 0; i < table.size(); ++i) {
        for (std::size_t j = 0; j < table[i].size(); ++j) {
            const double count = table[i][j];
            n += count;
            rows[i] += count;
            columns[j] += count;
            if (i == j)
                agree += count;
        }
    }
    if (n == 0.0)
        return kNaN;
    double chance = 0.0;
    for (std::size_t k = 0; k < std::min(rows.size(), columns.size()); ++k)
        chance += (rows[k] / n) * (columns[k] / n);
    if (std::abs(1.0 - chance) < 1e-12)
        return kNaN;
    return (agree / n - chance) / (1.0 - chance);
}

} // namespace brainmd
