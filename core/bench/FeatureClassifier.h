#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

/// One training image of the `features` baseline: its features and its true answer.
struct LabelledFeatures {
    std::vector<double> features;
    QString answer;
};

struct FeatureAnswer {
    QString answer;        ///< "" when there is nothing to learn from
    double positive = 0.0; ///< binary: probability of the positive option
    bool hasProbability = false;
};

/// A small classifier for few training images: features standardised on the training
/// set (constant ones dropped, the query clipped to ±5 SD so that an unusual image cannot
/// push it beyond what was seen), then one L2-regularised logistic regression per answer
/// (one against the rest; IRLS), whose probabilities are normalised. The ridge shrinks the
/// weights towards zero, so with one or two examples, or features that carry nothing
/// (the blank control), the answer is the training set's prior: probabilities stay
/// calibrated instead of confident. Deterministic. `positive` names the positive option of
/// a binary question ("" otherwise); `options` are the allowed answers in shown order
/// (ties go to the earlier one).
FeatureAnswer classifyByFeatures(const std::vector<LabelledFeatures> &training,
                                 const std::vector<double> &query, const QStringList &options,
                                 const QString &positive, double ridge = 1.0);

} // namespace brainmd
