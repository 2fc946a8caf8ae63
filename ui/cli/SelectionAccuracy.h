#pragma once

#include <QString>
#include <QTextStream>

#include <array>
#include <map>
#include <vector>

namespace brainmd {

class Database;
struct SelectionSummary;

/// How far one method's chosen slices lie from the reference slices, per view (indexed
/// by View), as |Δ| in mm along the view's axis.
struct AccuracyRow {
    QString label;
    std::array<double, 3> meanMm{0, 0, 0};
    std::array<double, 3> medianMm{0, 0, 0};
    int cases = 0;        ///< cases with both a selection and reference slices
    double seconds = 0.0; ///< wall time of the batch
    int computed = 0;     ///< cases computed (not skipped) in that time
    std::map<qint64, std::array<double, 3>> caseErrorsMm; ///< per case id, |Δ| per view
};

/// Compares each case's selection in `summary` with its reference slices (the first
/// reference-slice source of the case, by name: for phantom data the phantom truth).
AccuracyRow selectionAccuracy(const Database &db, const QString &label,
                              const SelectionSummary &summary);

/// Runs votemi (PCA; coverage, uniform and cluster-balanced weighting with the default
/// vote window, and the reference study's rule: uniform, one slice), random and centre
/// on the cases with a progress bar each, and returns one row per method. `seed` for all.
std::vector<AccuracyRow> runSelectionComparison(const Database &db,
                                                const std::vector<qint64> &caseIds, int threads,
                                                quint64 seed);

/// A table: one line per method, mean and median |Δ| mm per view, cases and time.
void printAccuracyTable(const std::vector<AccuracyRow> &rows, QTextStream &out);

/// Per method and view, the mean of |Δ|method − |Δ|baseline over the cases both have,
/// with a 95 % paired bootstrap interval (2,000 resamples, fixed seed) and the share of
/// cases where the method lands closer; an interval below 0 means clearly closer.
void printPairedComparison(const std::vector<AccuracyRow> &rows, const QString &baseline,
                           QTextStream &out);

} // namespace brainmd
