#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace brainmd {

/// A statistic with its 95 % bootstrap interval (percentile method, resampling cases).
/// `defined` is false below the minimum number of cases or when the statistic itself
/// is undefined (one category only, no pairs); then the numbers mean nothing.
struct Estimate {
    bool defined = false;
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
    int cases = 0;
};

/// Fewest cases for which an agreement figure is reported (below: "not defined"; one
/// case gives κ = 1.00 that says nothing).
constexpr int kMinAgreementCases = 5;

/// Cohen's κ for two raters, Fleiss' κ for more: `ratings[i]` holds the labels every
/// rater gave case i (the same number of raters for every case). NaN when undefined.
double kappaOf(const std::vector<QStringList> &ratings);

/// κ (Cohen for 2 raters, Fleiss for more) with a bootstrap interval over cases:
/// `resamples` draws (seeded: the same input gives the same interval). Resamples with
/// an undefined κ are left out of the interval.
Estimate kappaEstimate(const std::vector<QStringList> &ratings, int resamples = 1000,
                       std::uint64_t seed = 1);

/// Slice agreement of one view: per case the mean |Δ| in mm over rater pairs; the
/// median over cases with a bootstrap interval, and the share of cases within `withinMm`
/// (default 5 mm) with its interval.
struct SliceAgreementEstimate {
    Estimate medianAbsMm;
    Estimate shareWithin;
    double withinMm = 5.0;
};
SliceAgreementEstimate sliceAgreement(const std::vector<double> &perCaseAbsMm,
                                      double withinMm = 5.0, int resamples = 1000,
                                      std::uint64_t seed = 1);

/// One rater's value for one item of a case: a view's slice position (mm, `slice` true)
/// or a question's answer.
struct ItemRating {
    qint64 caseId = 0;
    QString rater;           ///< reader and pass, e.g. "7/1"
    QString item;            ///< "view:axial" or a question id
    QString value;           ///< the answer (questions)
    double positionMm = 0.0; ///< RAS position along the view's axis (views)
    bool slice = false;
};

/// Cases that need adjudication: at least two raters, and they differ in some answer
/// or their slices of some view lie more than `thresholdMm` apart. Sorted case ids.
std::vector<qint64> casesWithDisagreement(const std::vector<ItemRating> &ratings,
                                          double thresholdMm);

/// "0.62 (0.41–0.80)" or "not defined (n = 1 < 5)", translated.
QString estimateText(const Estimate &estimate, int decimals = 2);

} // namespace brainmd
