#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace brainmd {

/// Outcome codes of a prediction that is not one of the classes.
inline constexpr int kAbstained = -1;    ///< "cannot tell" (or "none of the above")
inline constexpr int kUnparsed = -2;     ///< the answer could not be read
inline constexpr int kFailed = -3;       ///< the request failed (recorded error)
inline constexpr int kInconsistent = -4; ///< option rotations disagreed

/// One scored item: the label and the prediction as class indices (0 .. classes − 1).
/// `probability` is the model's probability of the positive class (binary questions),
/// NaN when the backend gave none.
struct ScoredItem {
    int truth = 0;
    int predicted = kUnparsed;
    double probability = std::numeric_limits<double>::quiet_NaN();

    bool answered() const { return predicted >= 0; }
    bool correct() const { return predicted == truth; }
};

/// Scores of one set of items. Every item counts: a non-answer (abstention, parse
/// failure, error) is never right, so accuracy is over all items. Undefined values are NaN.
struct ClassificationScores {
    int items = 0;
    int answered = 0;
    int abstained = 0;
    int unparsed = 0;
    int failed = 0;
    double accuracy = 0.0;
    double balancedAccuracy = 0.0; ///< mean recall over the classes present in the truth
    double macroF1 = 0.0;          ///< mean F1 over the classes present in truth or answers
    double kappa = 0.0;            ///< Cohen's κ; non-answers form one extra category
    double auroc = std::numeric_limits<double>::quiet_NaN();
    double ece = std::numeric_limits<double>::quiet_NaN();   ///< 10 equal-width bins
    double brier = std::numeric_limits<double>::quiet_NaN(); ///< mean (p − y)²
};

/// Confusion counts: rows are the truth, columns the prediction; the last column holds
/// the non-answers. Size classes × (classes + 1).
std::vector<std::vector<int>> confusionMatrix(const std::vector<ScoredItem> &items, int classes);

double accuracy(const std::vector<ScoredItem> &items);
double balancedAccuracy(const std::vector<ScoredItem> &items, int classes);
double macroF1(const std::vector<ScoredItem> &items, int classes);
double cohenKappa(const std::vector<ScoredItem> &items, int classes);

/// All scores at once. `positiveClass` ≥ 0 turns on AUROC / ECE / Brier (binary questions
/// with probabilities; items without a probability are left out of those three).
ClassificationScores scoreItems(const std::vector<ScoredItem> &items, int classes,
                                int positiveClass = -1);

} // namespace brainmd
