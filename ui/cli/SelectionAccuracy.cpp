#include "ui/cli/SelectionAccuracy.h"

#include "bench/Resampling.h"
#include "db/ReferenceSliceRepository.h"
#include "ui/cli/SelectCommand.h"
#include "workflows/SelectionService.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

double median(std::vector<double> values) {
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

} // namespace

AccuracyRow selectionAccuracy(const Database &db, const QString &label,
                              const SelectionSummary &summary) {
    AccuracyRow row;
    row.label = label;
    row.seconds = summary.seconds;
    const ReferenceSliceRepository references(db);
    for (const CaseSelectionOutcome &o : summary.outcomes) {
        if (o.status != CaseSelectionStatus::Skipped && o.status != CaseSelectionStatus::Cancelled)
            ++row.computed;
        if (o.selection.id == 0)
            continue;
        const std::vector<StoredReferenceSlice> slices = references.slicesForCase(o.caseId);
        if (slices.empty())
            continue;
        ++row.cases;
        for (const StoredReferenceSlice &ref : slices) {
            if (ref.sourceId != slices.front().sourceId)
                continue;
            const auto v = static_cast<std::size_t>(ref.view);
            row.caseErrorsMm.try_emplace(o.caseId, std::array<double, 3>{NAN, NAN, NAN})
                .first->second[v] = std::abs(o.selection.views[v].positionMm - ref.positionMm);
        }
    }
    for (std::size_t v = 0; v < 3; ++v) {
        std::vector<double> e;
        for (const auto &[caseId, errors] : row.caseErrorsMm)
            if (!std::isnan(errors[v]))
                e.push_back(errors[v]);
        row.meanMm[v] =
            e.empty() ? std::nan("") : std::accumulate(e.begin(), e.end(), 0.0) / e.size();
        row.medianMm[v] = median(e);
    }
    return row;
}

std::vector<AccuracyRow> runSelectionComparison(const Database &db,
                                                const std::vector<qint64> &caseIds, int threads,
                                                quint64 seed) {
    struct Method {
        QString label;
        QString method;
        VoteWeighting weighting;
        double voteWindowMm;
    };
    const double window = SelectionParameters().voteWindowMm;
    const std::vector<Method> methods{
        {QStringLiteral("votemi (coverage)"), QStringLiteral("votemi"), VoteWeighting::Coverage,
         window},
        {QStringLiteral("votemi (asymmetry)"), QStringLiteral("votemi"), VoteWeighting::Asymmetry,
         window},
        {QStringLiteral("votemi (uniform)"), QStringLiteral("votemi"), VoteWeighting::Uniform,
         window},
        {QStringLiteral("votemi (cluster-balanced)"), QStringLiteral("votemi"),
         VoteWeighting::ClusterBalanced, window},
        {QStringLiteral("votemi (study: uniform, 1 slice)"), QStringLiteral("votemi"),
         VoteWeighting::Uniform, 0.0},
        {QStringLiteral("random"), QStringLiteral("random"), VoteWeighting::Uniform, window},
        {QStringLiteral("centre"), QStringLiteral("centre"), VoteWeighting::Uniform, window}};
    // The default (first row) runs last: BrainBench and the workstation use a case's
    // newest Vote-MI selection, which should be the default one.
    std::vector<AccuracyRow> rows(methods.size());
    std::vector<std::size_t> order(methods.size());
    std::iota(order.begin(), order.end(), std::size_t{1});
    order.back() = 0;
    for (const std::size_t index : order) {
        const Method &m = methods[index];
        SelectionRequest request;
        request.method = m.method;
        request.parameters.weighting = m.weighting;
        request.parameters.voteWindowMm = m.voteWindowMm;
        request.parameters.seed = seed;
        request.caseIds = caseIds;
        request.threads = threads;
        const SelectionSummary summary = SelectCommand::runBatch(db, &request, {}, m.label);
        rows[index] = selectionAccuracy(db, m.label, summary);
        if (summary.cancelled)
            break;
    }
    // After a cancel, the methods that did not run leave empty rows behind.
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const AccuracyRow &r) { return r.label.isEmpty(); }),
               rows.end());
    return rows;
}

void printAccuracyTable(const std::vector<AccuracyRow> &rows, QTextStream &out) {
    out << tr("|chosen - reference| in mm, mean / median per view\n");
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(tr("method").leftJustified(34), tr("axial").leftJustified(14),
                    tr("coronal").leftJustified(14), tr("sagittal").leftJustified(14),
                    tr("cases").leftJustified(6), tr("time"));
    for (const AccuracyRow &row : rows) {
        QStringList cells;
        for (std::size_t v = 0; v < 3; ++v)
            cells.append(QStringLiteral("%1 / %2")
                             .arg(row.meanMm[v], 0, 'f', 1)
                             .arg(row.medianMm[v], 0, 'f', 1));
        const QString time = row.computed > 0
                                 ? tr("%1 s (%2 cases/s)")
                                       .arg(row.seconds, 0, 'f', 1)
                                       .arg(row.computed / std::max(1e-9, row.seconds), 0, 'f', 2)
                                 : tr("stored earlier");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(row.label.leftJustified(34), cells[0].leftJustified(14),
                        cells[1].leftJustified(14), cells[2].leftJustified(14),
                        QString::number(row.cases).leftJustified(6), time);
    }
    out.flush();
}

void printPairedComparison(const std::vector<AccuracyRow> &rows, const QString &baseline,
                           QTextStream &out) {
    const auto base = std::find_if(rows.begin(), rows.end(),
                                   [&](const AccuracyRow &r) { return r.label == baseline; });
    if (base == rows.end())
        return;
    out << tr("|chosen - reference| minus that of %1, mm: mean [95 % CI], cases closer\n")
               .arg(baseline);
    for (const AccuracyRow &row : rows) {
        if (row.label == baseline)
            continue;
        QStringList cells;
        for (std::size_t v = 0; v < 3; ++v) {
            std::vector<double> differences;
            for (const auto &[caseId, errors] : row.caseErrorsMm) {
                const auto other = base->caseErrorsMm.find(caseId);
                if (other != base->caseErrorsMm.end() && !std::isnan(errors[v]) &&
                    !std::isnan(other->second[v]))
                    differences.push_back(errors[v] - other->second[v]);
            }
            if (differences.empty()) {
                cells.append(QStringLiteral("-"));
                continue;
            }
            const auto mean = [&differences](const std::vector<int> &sample) {
                double sum = 0.0;
                for (int i : sample)
                    sum += differences[static_cast<std::size_t>(i)];
                return sum / static_cast<double>(sample.size());
            };
            const Interval interval =
                bootstrapInterval(static_cast<int>(differences.size()), mean, 2000, 7);
            const auto closer = std::count_if(differences.begin(), differences.end(),
                                              [](double d) { return d < 0.0; });
            cells.append(QStringLiteral("%1 [%2, %3] %4%")
                             .arg(interval.estimate, 0, 'f', 1)
                             .arg(interval.low, 0, 'f', 1)
                             .arg(interval.high, 0, 'f', 1)
                             .arg(100.0 * static_cast<double>(closer) /
                                      static_cast<double>(differences.size()),
                                  0, 'f', 0));
        }
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(row.label.leftJustified(34), cells[0].leftJustified(26),
                        cells[1].leftJustified(26), cells[2]);
    }
    out.flush();
}

} // namespace brainmd
