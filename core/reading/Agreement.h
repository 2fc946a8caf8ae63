#pragma once

#include "reading/AgreementStats.h"
#include "reading/AnnotationTypes.h"

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
    /// Per case the mean |Δ| mm over rater pairs: median over cases and share within
    /// 5 mm, each with a bootstrap interval ("not defined" below kMinAgreementCases).
    SliceAgreementEstimate perCase;
};

/// Chance-corrected agreement on one question: Cohen's κ for two raters, Fleiss' κ for
/// more (over cases every rater answered). NaN when undefined (no items, one category).
struct QuestionAgreement {
    QString questionId;
    QString method; ///< "cohen" or "fleiss"
    double kappa = 0.0;
    int raters = 0;
    int items = 0;
    /// κ with its bootstrap interval over cases; not defined below kMinAgreementCases.
    Estimate estimate;
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

/// Cases whose raters differ in an answer or mark slices more than `thresholdMm`
/// apart in some view (the adjudication worklist), from the current marks and answers.
std::vector<qint64> disagreementCases(const std::vector<SliceMark> &marks,
                                      const std::vector<AnswerRecord> &answers, double thresholdMm);

/// The summary as an HTML fragment (tables per view and per question, with intervals),
/// for the adjudication view and the HTML report.
QString agreementHtml(const AgreementSummary &summary);
/// The summary as CSV, one row per view and per question: kind, item, statistic,
/// value, 95 % interval, cases, raters, method, for a methods section.
QString agreementCsv(const AgreementSummary &summary);

/// Cohen's κ of two paired label sequences (same length). NaN when undefined.
double cohenKappa(const QStringList &a, const QStringList &b);
/// Fleiss' κ; `ratings[i]` holds the n labels given to item i (n equal for all items).
double fleissKappa(const std::vector<QStringList> &ratings);

} // namespace brainmd
