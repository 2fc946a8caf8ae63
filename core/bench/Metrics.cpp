#include "bench/Metrics.h"

#include "bench/Probabilistic.h"
#include "common/CohenKappa.h"

#include <cmath>

namespace brainmd {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool validTruth(const ScoredItem &item, int classes) {
    return item.truth >= 0 && item.truth < classes;
}

/// Column of a prediction in the confusion matrix (non-answers and out-of-range: last).
int column(const ScoredItem &item, int classes) {
    return item.predicted >= 0 && item.predicted < classes ? item.predicted : classes;
}

} // namespace

std::vector<std::vector<int>> confusionMatrix(const std::vector<ScoredItem> &items, int classes) {
    std::vector<std::vector<int>> matrix(
        static_cast<std::size_t>(classes),
        std::vector<int>(static_cast<std::size_t>(classes) + 1, 0));
    for (const ScoredItem &item : items) {
        if (validTruth(item, classes))
            ++matrix[static_cast<std::size_t>(item.truth)]
                    [static_cast<std::size_t>(column(item, classes))];
    }
    return matrix;
}

double accuracy(const std::vector<ScoredItem> &items) {
    if (items.empty())
        return kNaN;
    int right = 0;
    for (const ScoredItem &item : items)
        right += item.correct() ? 1 : 0;
    return static_cast<double>(right) / static_cast<double>(items.size());
}

double balancedAccuracy(const std::vector<ScoredItem> &items, int classes) {
    const auto matrix = confusionMatrix(items, classes);
    double sum = 0.0;
    int present = 0;
    for (int k = 0; k < classes; ++k) {
        int total = 0;
        for (int count : matrix[static_cast<std::size_t>(k)])
            total += count;
        if (total == 0)
            continue;
        sum +=
            static_cast<double>(matrix[static_cast<std::size_t>(k)][static_cast<std::size_t>(k)]) /
            total;
        ++present;
    }
    return present == 0 ? kNaN : sum / present;
}

double macroF1(const std::vector<ScoredItem> &items, int classes) {
    const auto matrix = confusionMatrix(items, classes);
    double sum = 0.0;
    int present = 0;
    for (int k = 0; k < classes; ++k) {
        const auto kk = static_cast<std::size_t>(k);
        const int tp = matrix[kk][kk];
        int rowTotal = 0;
        int columnTotal = 0;
        for (int j = 0; j <= classes; ++j)
            rowTotal += matrix[kk][static_cast<std::size_t>(j)];
        for (int i = 0; i < classes; ++i)
            columnTotal += matrix[static_cast<std::size_t>(i)][kk];
        const int fn = rowTotal - tp;
        const int fp = columnTotal - tp;
        if (tp + fn + fp == 0)
            continue;
        sum += 2.0 * tp / (2.0 * tp + fp + fn);
        ++present;
    }
    return present == 0 ? kNaN : sum / present;
}

double cohenKappa(const std::vector<ScoredItem> &items, int classes) {
    const auto matrix = confusionMatrix(items, classes);
    std::vector<std::vector<double>> table;
    table.reserve(matrix.size());
    for (const auto &row : matrix)
        table.emplace_back(row.begin(), row.end());
    return cohenKappa(table);
}

ClassificationScores scoreItems(const std::vector<ScoredItem> &items, int classes,
                                int positiveClass) {
    ClassificationScores scores;
    scores.items = static_cast<int>(items.size());
    std::vector<ProbabilityOutcome> outcomes;
    for (const ScoredItem &item : items) {
        scores.answered += item.answered() ? 1 : 0;
        scores.abstained += item.predicted == kAbstained ? 1 : 0;
        scores.unparsed += (item.predicted == kUnparsed || item.predicted == kInconsistent) ? 1 : 0;
        scores.failed += item.predicted == kFailed ? 1 : 0;
        if (positiveClass >= 0 && std::isfinite(item.probability))
            outcomes.push_back({item.probability, item.truth == positiveClass});
    }
    scores.accuracy = accuracy(items);
    scores.balancedAccuracy = balancedAccuracy(items, classes);
    scores.macroF1 = macroF1(items, classes);
    scores.kappa = cohenKappa(items, classes);
    if (!outcomes.empty()) {
        scores.auroc = auroc(outcomes);
        scores.ece = expectedCalibrationError(outcomes);
        scores.brier = brierScore(outcomes);
    }
    return scores;
}

} // namespace brainmd
