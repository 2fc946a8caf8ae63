#include "reading/AgreementStats.h"

#include "common/CohenKappa.h"
#include "common/SeededRandom.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace brainmd {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double cohen(const std::vector<QStringList> &ratings) {
    // Labels become categories in order of appearance; one table for both raters.
    std::map<QString, std::size_t> category;
    for (const QStringList &item : ratings) {
        category.try_emplace(item[0], category.size());
        category.try_emplace(item[1], category.size());
    }
    std::vector<std::vector<double>> table(category.size(),
                                           std::vector<double>(category.size(), 0.0));
    for (const QStringList &item : ratings)
        table[category.at(item[0])][category.at(item[1])] += 1.0;
    return cohenKappa(table);
}

double fleiss(const std::vector<QStringList> &ratings) {
    const auto n = static_cast<double>(ratings.front().size());
    std::map<QString, double> totals;
    double meanP = 0;
    for (const QStringList &item : ratings) {
        std::map<QString, double> counts;
        for (const QString &label : item)
            counts[label] += 1.0;
        double squares = 0;
        for (const auto &[label, c] : counts) {
            squares += c * c;
            totals[label] += c;
        }
        meanP += (squares - n) / (n * (n - 1));
    }
    const double items = static_cast<double>(ratings.size());
    meanP /= items;
    double expected = 0;
    for (const auto &[label, total] : totals)
        expected += std::pow(total / (items * n), 2);
    if (std::abs(1.0 - expected) < 1e-12)
        return kNaN;
    return (meanP - expected) / (1.0 - expected);
}

double percentile(std::vector<double> sorted, double p) {
    if (sorted.empty())
        return kNaN;
    std::sort(sorted.begin(), sorted.end());
    const double at = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(at));
    const std::size_t above = std::min(sorted.size() - 1, below + 1);
    return sorted[below] + (at - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

// Statistic on the whole sample plus its percentile bootstrap over the n items.
template <typename Stat>
Estimate bootstrap(std::size_t n, Stat statOf, int resamples, std::uint64_t seed) {
    Estimate e;
    e.cases = static_cast<int>(n);
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i)
        all[i] = i;
    e.value = n == 0 ? kNaN : statOf(all);
    e.defined = static_cast<int>(n) >= kMinAgreementCases && !std::isnan(e.value);
    if (!e.defined)
        return e;
    SeededRandom random(seed);
    std::vector<double> draws;
    std::vector<std::size_t> pick(n);
    for (int r = 0; r < resamples; ++r) {
        for (std::size_t i = 0; i < n; ++i)
            pick[i] = static_cast<std::size_t>(random.below(n));
        const double v = statOf(pick);
        if (!std::isnan(v))
            draws.push_back(v);
    }
    e.low = draws.empty() ? e.value : percentile(draws, 0.025);
    e.high = draws.empty() ? e.value : percentile(draws, 0.975);
    return e;
}

} // namespace

double kappaOf(const std::vector<QStringList> &ratings) {
    if (ratings.empty() || ratings.front().size() < 2)
        return kNaN;
    for (const QStringList &item : ratings) {
        if (item.size() != ratings.front().size())
            return kNaN;
    }
    return ratings.front().size() == 2 ? cohen(ratings) : fleiss(ratings);
}

Estimate kappaEstimate(const std::vector<QStringList> &ratings, int resamples, std::uint64_t seed) {
    return bootstrap(
        ratings.size(),
        [&ratings](const std::vector<std::size_t> &pick) {
            std::vector<QStringList> sample;
            sample.reserve(pick.size());
            for (std::size_t i : pick)
                sample.push_back(ratings[i]);
            return kappaOf(sample);
        },
        resamples, seed);
}

SliceAgreementEstimate sliceAgreement(const std::vector<double> &perCaseAbsMm, double withinMm,
                                      int resamples, std::uint64_t seed) {
    SliceAgreementEstimate out;
    out.withinMm = withinMm;
    const auto sample = [&perCaseAbsMm](const std::vector<std::size_t> &pick) {
        std::vector<double> values;
        values.reserve(pick.size());
        for (std::size_t i : pick)
            values.push_back(perCaseAbsMm[i]);
        return values;
    };
    out.medianAbsMm = bootstrap(
        perCaseAbsMm.size(),
        [&sample](const std::vector<std::size_t> &pick) { return percentile(sample(pick), 0.5); },
        resamples, seed);
    out.shareWithin = bootstrap(
        perCaseAbsMm.size(),
        [&sample, withinMm](const std::vector<std::size_t> &pick) {
            const std::vector<double> values = sample(pick);
            const auto within = std::count_if(values.begin(), values.end(),
                                              [withinMm](double d) { return d <= withinMm; });
            return static_cast<double>(within) / static_cast<double>(values.size());
        },
        resamples, seed + 1);
    return out;
}

std::vector<qint64> casesWithDisagreement(const std::vector<ItemRating> &ratings,
                                          double thresholdMm) {
    // case → item → ratings of that item
    std::map<qint64, std::map<QString, std::vector<const ItemRating *>>> byCase;
    for (const ItemRating &r : ratings)
        byCase[r.caseId][r.item].push_back(&r);
    std::vector<qint64> out;
    for (const auto &[caseId, items] : byCase) {
        bool differs = false;
        for (const auto &[item, rated] : items) {
            for (std::size_t a = 0; a < rated.size() && !differs; ++a) {
                for (std::size_t b = a + 1; b < rated.size() && !differs; ++b) {
                    if (rated[a]->rater == rated[b]->rater)
                        continue;
                    differs =
                        rated[a]->slice
                            ? std::abs(rated[a]->positionMm - rated[b]->positionMm) > thresholdMm
                            : rated[a]->value != rated[b]->value;
                }
            }
        }
        if (differs)
            out.push_back(caseId);
    }
    return out;
}

QString estimateText(const Estimate &e, int decimals) {
    if (!e.defined)
        return e.cases < kMinAgreementCases
                   ? QCoreApplication::translate("brainmd", "not defined (n = %1 < %2)")
                         .arg(e.cases)
                         .arg(kMinAgreementCases)
                   : QCoreApplication::translate("brainmd", "not defined (one category)");
    // No "-0.00": values that round to zero print as 0.
    const double unit = std::pow(10.0, -decimals) / 2.0;
    const auto shown = [unit](double v) {
        return std::abs(v) < unit ? 0.0 : v;
    };
    return QCoreApplication::translate("brainmd", "%1 (%2–%3)")
        .arg(shown(e.value), 0, 'f', decimals)
        .arg(shown(e.low), 0, 'f', decimals)
        .arg(shown(e.high), 0, 'f', decimals);
}

} // namespace brainmd
