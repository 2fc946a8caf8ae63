#include "ui/cli/SelectExamplesCommand.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/TerminalProgress.h"
#include "workflows/ExamplePoolService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace brainmd {

namespace {

QJsonObject poolJson(const ExamplePoolOutcome &outcome) {
    const ExamplePool &pool = outcome.pool;
    QJsonArray cases;
    for (std::size_t i = 0; i < pool.caseIds.size(); ++i)
        cases.append(
            QJsonObject{{QStringLiteral("rank"), static_cast<int>(i)},
                        {QStringLiteral("case_id"), pool.caseIds[i]},
                        {QStringLiteral("case"), pool.caseKeys.value(static_cast<qsizetype>(i))}});
    return QJsonObject{
        {QStringLiteral("pool_id"), pool.id},
        {QStringLiteral("method"), pool.method},
        {QStringLiteral("count"), pool.count},
        {QStringLiteral("parameters"), pool.parameters},
        {QStringLiteral("created_at"), pool.createdAt},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("without_source"), QJsonArray::fromStringList(outcome.withoutSource)}};
}

} // namespace

QString SelectExamplesCommand::summary() const {
    return tr("Choose the few-shot example pool (vote-k or random) and store it.");
}

int SelectExamplesCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const QCommandLineOption method(QStringLiteral("method"), tr("votek (default) or random."),
                                    QStringLiteral("name"), QStringLiteral("votek"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Cases in the pool (M)."),
                                   QStringLiteral("m"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Selection method whose slices embed the cases (default votemi)."),
        QStringLiteral("method"), QStringLiteral("votemi"));
    const QCommandLineOption k(QStringLiteral("k"), tr("vote-k neighbours (default 10)."),
                               QStringLiteral("k"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed for random (default 0)."),
                                  QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption jobs(
        QStringLiteral("jobs"), tr("Worker threads (default: one per core)."), QStringLiteral("n"),
        QString::number(QThread::idealThreadCount()));
    parser.addOptions({method, count, source, k, seed, jobs});
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    ExamplePoolRequest request;
    request.method = parser.value(method);
    request.sourceMethod = parser.value(source);
    bool countOk = false;
    bool kOk = false;
    bool seedOk = false;
    request.count = parser.value(count).toInt(&countOk);
    request.k = parser.value(k).toInt(&kOk);
    request.seed = parser.value(seed).toULongLong(&seedOk);
    request.threads = std::max(1, parser.value(jobs).toInt());
    if (!countOk || request.count < 1 || !kOk || request.k < 1 || !seedOk) {
        io.err << tr("brainmd select-examples: --count M and --k need positive whole numbers, "
                     "--seed a whole number\n");
        return ExitFailure;
    }
    Database db;
    if (!openDatabase(db, dbPath, QStringLiteral("select-examples"), io))
        return ExitFailure;
    ExamplePoolOutcome outcome;
    {
        TerminalProgress progress(tr("select-examples"));
        outcome = ExamplePoolService::create(*borrowedStorage(db), request, &progress);
    }
    if (!outcome.error.isEmpty()) {
        io.err << tr("brainmd select-examples: %1\n").arg(outcome.error);
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(
            QJsonDocument(poolJson(outcome)).toJson(QJsonDocument::Indented));
    } else {
        io.out << tr("Example pool %1 (%2, %n case(s)):\n", nullptr,
                     int(outcome.pool.caseIds.size()))
                      .arg(outcome.pool.id)
                      .arg(outcome.pool.method);
        for (qsizetype i = 0; i < outcome.pool.caseKeys.size(); ++i)
            io.out << QStringLiteral("  %1. %2\n").arg(i + 1).arg(outcome.pool.caseKeys.at(i));
        if (!outcome.withoutSource.isEmpty())
            io.out << tr("Left out (no '%1' selection): %2\n")
                          .arg(request.sourceMethod,
                               outcome.withoutSource.join(QStringLiteral(", ")));
    }
    return ExitSuccess;
}

} // namespace brainmd
