#include "ui/cli/SelectionAccuracy.h"

#include "db/ReferenceSliceRepository.h"
#include "db/SelectionService.h"
#include "ui/cli/SelectCommand.h"

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
    std::array<std::vector<double>, 3> errors;
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
            errors[v].push_back(std::abs(o.selection.views[v].positionMm - ref.positionMm));
        }
    }
    for (std::size_t v = 0; v < errors.size(); ++v) {
        const std::vector<double> &e = errors[v];
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
    };
    const std::vector<Method> methods{
        {QStringLiteral("votemi (uniform)"), QStringLiteral("votemi"), VoteWeighting::Uniform},
        {QStringLiteral("votemi (cluster-balanced)"), QStringLiteral("votemi"),
         VoteWeighting::ClusterBalanced},
        {QStringLiteral("random"), QStringLiteral("random"), VoteWeighting::Uniform},
        {QStringLiteral("centre"), QStringLiteral("centre"), VoteWeighting::Uniform}};
    std::vector<AccuracyRow> rows;
    for (const Method &m : methods) {
        SelectionRequest request;
        request.method = m.method;
        request.parameters.weighting = m.weighting;
        request.parameters.seed = seed;
        request.caseIds = caseIds;
        request.threads = threads;
        const SelectionSummary summary = SelectCommand::runBatch(db, &request, {}, m.label);
        rows.push_back(selectionAccuracy(db, m.label, summary));
        if (summary.cancelled)
            break;
    }
    return rows;
}

void printAccuracyTable(const std::vector<AccuracyRow> &rows, QTextStream &out) {
    out << tr("|chosen - reference| in mm, mean / median per view\n");
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(tr("method").leftJustified(26), tr("axial").leftJustified(14),
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
                   .arg(row.label.leftJustified(26), cells[0].leftJustified(14),
                        cells[1].leftJustified(14), cells[2].leftJustified(14),
                        QString::number(row.cases).leftJustified(6), time);
    }
    out.flush();
}

} // namespace brainmd
