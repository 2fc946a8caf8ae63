#pragma once

#include "db/AnnotationTypes.h"

#include <QStringList>

#include <array>
#include <vector>

namespace brainmd {

/// Slice agreement of one view: mean absolute distance (in slices and mm) between the
/// marks of every pair of raters on the same case.
struct ViewAgreement {
    View view = View::Axial;
    double meanSlices = 0.0;
    double meanMm = 0.0;
    int pairs = 0;
};

/// Chance-corrected agreement on one question: Cohen's κ for two raters, Fleiss' κ for
/// more (over cases every rater answered). NaN when undefined (no items, one category).
struct QuestionAgreement {
    QString questionId;
    QString method; ///< "cohen" or "fleiss"
    double kappa = 0.0;
    int raters = 0;
    int items = 0;
};

struct AgreementSummary {
    std::array<ViewAgreement, 3> views;
    std::vector<QuestionAgreement> questions;
    QStringList raters; ///< "name" or "name (pass 2)"
};

/// Agreement among raters, a rater being a (reader, pass) pair, so a reader's second
/// pass measures intra-reader agreement (adjudicators write consensus rows, not marks).
AgreementSummary computeAgreement(const std::vector<SliceMark> &marks,
                                  const std::vector<AnswerRecord> &answers);

/// Cohen's κ of two paired label sequences (same length). NaN when undefined.
double cohenKappa(const QStringList &a, const QStringList &b);
/// Fleiss' κ; `ratings[i]` holds the n labels given to item i (n equal for all items).
double fleissKappa(const std::vector<QStringList> &ratings);

} // namespace brainmd
