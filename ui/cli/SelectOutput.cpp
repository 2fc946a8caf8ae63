// SelectCommand's batch runner and output (table and JSON), shared with the demo.
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/cli/SelectCommand.h"
#include "ui/cli/TerminalProgress.h"
#include "workflows/SelectionIdentity.h"
#include "workflows/SelectionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {

QJsonObject outcomeJson(const CaseSelectionOutcome &o) {
    QJsonArray views;
    for (const StoredSelectionView &v : o.selection.views) {
        if (o.selection.id == 0)
            break;
        QJsonArray votes;
        for (double n : v.voteProfile)
            votes.append(n);
        views.append(QJsonObject{{QStringLiteral("view"), QLatin1String(viewName(v.view))},
                                 {QStringLiteral("slice"), v.sliceIndex},
                                 {QStringLiteral("position_mm"), v.positionMm},
                                 {QStringLiteral("votes"), votes}});
    }
    return QJsonObject{{QStringLiteral("case_id"), o.caseId},
                       {QStringLiteral("case"), o.caseKey},
                       {QStringLiteral("status"), caseSelectionStatusName(o.status)},
                       {QStringLiteral("selection_id"), o.selection.id},
                       {QStringLiteral("revision"), o.selection.revision},
                       {QStringLiteral("seconds"), o.seconds},
                       {QStringLiteral("error"), o.error},
                       {QStringLiteral("views"), views}};
}

double casesPerSecond(const SelectionSummary &summary, int *computed) {
    *computed = 0;
    for (const CaseSelectionOutcome &o : summary.outcomes) {
        if (o.status != CaseSelectionStatus::Skipped && o.status != CaseSelectionStatus::Cancelled)
            ++*computed;
    }
    return summary.seconds > 0.0 ? *computed / summary.seconds : 0.0;
}

} // namespace

SelectionSummary SelectCommand::runBatch(const Database &db, SelectionRequest *request,
                                         const QString &vaeWeightsFile, const QString &label) {
    if (request->method == QLatin1String("votemi") && request->parameters.embedder.name == "vae") {
        TerminalProgress progress(tr("%1: VAE").arg(label));
        if (const QString error = SelectionService::prepareVaeWeights(*borrowedStorage(db), request,
                                                                      vaeWeightsFile, &progress);
            !error.isEmpty()) {
            SelectionSummary failed;
            failed.error = error;
            return failed;
        }
    }
    TerminalProgress progress(label, static_cast<int>(request->caseIds.size()), tr("cases"));
    SelectionService service(borrowedStorage(db));
    return service.run(*request, &progress);
}

std::vector<qint64> SelectCommand::resolveCases(const Database &db, const QString &list,
                                                QString *error) {
    const CaseRepository cases(db);
    std::vector<qint64> ids;
    if (list.trimmed().isEmpty()) {
        for (const CaseSummary &c : cases.list())
            ids.push_back(c.id);
        return ids;
    }
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        std::optional<CaseSummary> found = cases.caseByKey(item);
        bool numeric = false;
        const qint64 id = item.toLongLong(&numeric);
        if (!found && numeric)
            found = cases.caseById(id);
        if (!found) {
            *error = tr("no case '%1' in the database").arg(item);
            return {};
        }
        ids.push_back(found->id);
    }
    return ids;
}

void SelectCommand::printSummary(const SelectionSummary &summary, int threads, QTextStream &out) {
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(tr("case").leftJustified(14), tr("status").leftJustified(10),
                    tr("axial").leftJustified(16), tr("coronal").leftJustified(16),
                    tr("sagittal").leftJustified(16), tr("seconds"));
    for (const CaseSelectionOutcome &o : summary.outcomes) {
        QStringList cells;
        for (const StoredSelectionView &v : o.selection.views)
            cells.append(
                o.selection.id == 0
                    ? QStringLiteral("-")
                    : QStringLiteral("%1 (%2 mm)").arg(v.sliceIndex).arg(v.positionMm, 0, 'f', 1));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6%7\n")
                   .arg(o.caseKey.leftJustified(14),
                        caseSelectionStatusName(o.status).leftJustified(10),
                        cells.value(0).leftJustified(16), cells.value(1).leftJustified(16),
                        cells.value(2).leftJustified(16), QString::number(o.seconds, 'f', 2),
                        o.error.isEmpty() ? QString() : QStringLiteral("  ") + o.error);
    }
    int computed = 0;
    const double rate = casesPerSecond(summary, &computed);
    out << tr("%1 stored, %2 revised, %3 identical, %4 skipped, %5 failed, %6 cancelled; "
              "%7 case(s) computed in %8 s with %9 thread(s): %10 cases/s\n")
               .arg(summary.count(CaseSelectionStatus::Stored))
               .arg(summary.count(CaseSelectionStatus::Revised))
               .arg(summary.count(CaseSelectionStatus::Identical))
               .arg(summary.count(CaseSelectionStatus::Skipped))
               .arg(summary.count(CaseSelectionStatus::Failed))
               .arg(summary.count(CaseSelectionStatus::Cancelled))
               .arg(computed)
               .arg(summary.seconds, 0, 'f', 2)
               .arg(threads)
               .arg(rate, 0, 'f', 2);
    if (summary.cancelled)
        out << tr(
            "Cancelled: the cases listed as stored are kept; run the command again to go on.\n");
}

QByteArray SelectCommand::summaryJson(const SelectionRequest &request,
                                      const SelectionSummary &summary) {
    QJsonArray cases;
    for (const CaseSelectionOutcome &o : summary.outcomes)
        cases.append(outcomeJson(o));
    int computed = 0;
    const double rate = casesPerSecond(summary, &computed);
    const QJsonObject requested =
        selectionRequestedParameters(request.method, request.parameters, request.vaeWeightsSha256);
    const QJsonObject root{{QStringLiteral("method"), request.method},
                           {QStringLiteral("parameters"), requested},
                           {QStringLiteral("parameter_hash"), selectionParameterHash(requested)},
                           {QStringLiteral("vae_weights"), request.vaeWeightsPath},
                           {QStringLiteral("threads"), request.threads},
                           {QStringLiteral("seconds"), summary.seconds},
                           {QStringLiteral("computed"), computed},
                           {QStringLiteral("cases_per_second"), rate},
                           {QStringLiteral("cancelled"), summary.cancelled},
                           {QStringLiteral("cases"), cases}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace brainmd
