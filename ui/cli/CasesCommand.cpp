#include "ui/cli/CasesCommand.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "ui/cli/CliOptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {

QJsonObject caseToJson(const CaseSummary &c) {
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("case"), c.caseKey},
        {QStringLiteral("accession"), c.accession},
        {QStringLiteral("patient_key"), c.patientKey},
        {QStringLiteral("study_date"), c.studyDate},
        {QStringLiteral("series"), c.seriesDescription},
        {QStringLiteral("modality"), c.modality},
        {QStringLiteral("dims"), QJsonArray{c.dims[0], c.dims[1], c.dims[2]}},
        {QStringLiteral("spacing_mm"), QJsonArray{c.spacing[0], c.spacing[1], c.spacing[2]}},
        {QStringLiteral("orientation"), c.orientation},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("documents"), c.documentCount},
        {QStringLiteral("labels"), c.labelCount},
        {QStringLiteral("reference_slices"), c.referenceCount},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)}};
}
} // namespace

QString CasesCommand::summary() const {
    return tr("List the cases of a database.");
}

void CasesCommand::printTable(const std::vector<CaseSummary> &cases, QTextStream &out) {
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(tr("case").leftJustified(14), tr("series").leftJustified(24),
                    tr("voxels").leftJustified(13), tr("spacing mm").leftJustified(16),
                    tr("orient").leftJustified(6), tr("docs").leftJustified(4),
                    tr("labels").leftJustified(6), tr("status"));
    for (const CaseSummary &c : cases) {
        const QString voxels =
            QStringLiteral("%1x%2x%3").arg(c.dims[0]).arg(c.dims[1]).arg(c.dims[2]);
        const QString spacing = QStringLiteral("%1/%2/%3")
                                    .arg(c.spacing[0], 0, 'f', 2)
                                    .arg(c.spacing[1], 0, 'f', 2)
                                    .arg(c.spacing[2], 0, 'f', 2);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8%9\n")
                   .arg(c.caseKey.leftJustified(14), c.seriesDescription.left(24).leftJustified(24),
                        voxels.leftJustified(13), spacing.leftJustified(16),
                        c.orientation.leftJustified(6),
                        QString::number(c.documentCount).leftJustified(4),
                        QString::number(c.labelCount).leftJustified(6), c.status,
                        c.warnings.isEmpty()
                            ? QString()
                            : tr("  (%n warning(s))", nullptr, int(c.warnings.size())));
    }
    out << tr("%n case(s)\n", nullptr, int(cases.size()));
}

int CasesCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        tr("Only cases whose key, accession or description contains TEXT."),
        QStringLiteral("text"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only cases with this status (%1).")
                                        .arg(CaseRepository::statuses().join(QStringLiteral(", "))),
                                    QStringLiteral("status"));
    parser.addOptions({filter, status});
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    if (parser.isSet(status) && !CaseRepository::statuses().contains(parser.value(status))) {
        io.err << tr("brainmd cases: unknown status '%1' (known: %2)\n")
                      .arg(parser.value(status),
                           CaseRepository::statuses().join(QStringLiteral(", ")));
        return ExitFailure;
    }
    Database db;
    if (!openDatabase(db, dbPath, QStringLiteral("cases"), io))
        return ExitFailure;
    CaseFilter caseFilter;
    caseFilter.text = parser.value(filter);
    caseFilter.status = parser.value(status);
    const std::vector<CaseSummary> cases = CaseRepository(db).list(caseFilter);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CaseSummary &c : cases)
            array.append(caseToJson(c));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        printTable(cases, io.out);
    }
    return ExitSuccess;
}

} // namespace brainmd
