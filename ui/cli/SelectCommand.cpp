#include "ui/cli/SelectCommand.h"

#include "db/Database.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/SelectDebugDump.h"
#include "votemi/Voting.h"
#include "workflows/SelectionService.h"

#include <QDir>
#include <QThread>

namespace brainmd {

namespace {

struct SelectOptions {
    QCommandLineOption method{
        QStringLiteral("method"),
        QCoreApplication::translate("brainmd", "votemi (default), random or centre."),
        QStringLiteral("name"), QStringLiteral("votemi")};
    QCommandLineOption embedder{
        QStringLiteral("embedder"),
        QCoreApplication::translate("brainmd", "Patch embedder: pca (default) or vae."),
        QStringLiteral("name"), QStringLiteral("pca")};
    QCommandLineOption weighting{
        QStringLiteral("vote-weighting"),
        QCoreApplication::translate(
            "brainmd",
            "coverage (default), uniform (the reference study), cluster-balanced or asymmetry."),
        QStringLiteral("mode"), QStringLiteral("coverage")};
    QCommandLineOption voteWindow{
        QStringLiteral("vote-window-mm"),
        QCoreApplication::translate(
            "brainmd", "Half-width of the window of summed votes, mm (4; 0: one slice)."),
        QStringLiteral("mm"), QStringLiteral("4")};
    QCommandLineOption patchSize{
        QStringLiteral("patch-size"),
        QCoreApplication::translate("brainmd", "Patch size and stride in voxels (16)."),
        QStringLiteral("n"), QStringLiteral("16")};
    QCommandLineOption latent{QStringLiteral("latent"),
                              QCoreApplication::translate("brainmd", "Embedding dimension (10)."),
                              QStringLiteral("n"), QStringLiteral("10")};
    QCommandLineOption delta{
        QStringLiteral("delta"),
        QCoreApplication::translate("brainmd", "Share selected within a cluster (0.5)."),
        QStringLiteral("d"), QStringLiteral("0.5")};
    QCommandLineOption theta{
        QStringLiteral("theta"),
        QCoreApplication::translate("brainmd", "Share of all patches chosen (0.2)."),
        QStringLiteral("t"), QStringLiteral("0.2")};
    QCommandLineOption cases{
        QStringLiteral("cases"),
        QCoreApplication::translate("brainmd", "Comma-separated case ids or keys (default: all)."),
        QStringLiteral("ids")};
    QCommandLineOption oneCase{
        QStringLiteral("case"),
        QCoreApplication::translate("brainmd", "One case id or key (with --debug-dir)."),
        QStringLiteral("id")};
    QCommandLineOption jobs{
        QStringLiteral("jobs"),
        QCoreApplication::translate("brainmd", "Worker threads (default: one per core)."),
        QStringLiteral("n"), QString::number(QThread::idealThreadCount())};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QCoreApplication::translate("brainmd", "Seed (default 0)."),
                            QStringLiteral("s"), QStringLiteral("0")};
    QCommandLineOption force{
        QStringLiteral("force"),
        QCoreApplication::translate("brainmd", "Recompute cases already selected with the same "
                                               "parameters; store only a differing result.")};
    QCommandLineOption debugDir{
        QStringLiteral("debug-dir"),
        QCoreApplication::translate("brainmd", "Write embeddings, labels, chosen patches, vote "
                                               "profiles and parameters of one case here."),
        QStringLiteral("dir")};
    QCommandLineOption vaeWeights{
        QStringLiteral("vae-weights"),
        QCoreApplication::translate("brainmd", "VAE weights to use instead of training."),
        QStringLiteral("file")};
};

template <typename T>
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, T low, T high,
                T *value, QString *error) {
    bool ok = false;
    const QString text = parser.value(option);
    const double number = text.toDouble(&ok);
    if (!ok || number < low || number > high) {
        *error =
            QCoreApplication::translate("brainmd", "--%1 must be a number from %2 to %3, not '%4'")
                .arg(option.names().front())
                .arg(low)
                .arg(high)
                .arg(text);
        return false;
    }
    *value = static_cast<T>(number);
    return true;
}

QString readRequest(const QCommandLineParser &parser, const SelectOptions &o,
                    SelectionRequest *request) {
    request->method = parser.value(o.method);
    if (!QStringList{QStringLiteral("votemi"), QStringLiteral("random"), QStringLiteral("centre")}
             .contains(request->method))
        return QCoreApplication::translate("brainmd",
                                           "unknown --method '%1' (votemi, random, centre)")
            .arg(request->method);
    SelectionParameters &p = request->parameters;
    p.embedder.name = parser.value(o.embedder).toStdString();
    if (p.embedder.name != "pca" && p.embedder.name != "vae")
        return QCoreApplication::translate("brainmd", "unknown --embedder '%1' (pca, vae)")
            .arg(parser.value(o.embedder));
    const QString weighting = parser.value(o.weighting);
    const std::optional<VoteWeighting> parsed = parseVoteWeighting(weighting.toStdString());
    if (!parsed)
        return QCoreApplication::translate(
                   "brainmd",
                   "unknown --vote-weighting '%1' (coverage, uniform, cluster-balanced, asymmetry)")
            .arg(weighting);
    p.weighting = *parsed;
    QString error;
    quint64 seed = 0;
    if (!readNumber(parser, o.patchSize, 2, 256, &p.patchSize, &error) ||
        !readNumber(parser, o.latent, 1, 256, &p.embedder.latent, &error) ||
        !readNumber(parser, o.delta, 0.0, 1.0, &p.delta, &error) ||
        !readNumber(parser, o.theta, 0.0, 1.0, &p.theta, &error) ||
        !readNumber(parser, o.voteWindow, 0.0, 1000.0, &p.voteWindowMm, &error) ||
        !readNumber(parser, o.jobs, 1, 256, &request->threads, &error) ||
        !readNumber<quint64>(parser, o.seed, 0, 1ULL << 53, &seed, &error))
        return error;
    p.stride = p.patchSize;
    p.seed = seed;
    request->force = parser.isSet(o.force) || parser.isSet(o.debugDir);
    request->keepResults = parser.isSet(o.debugDir);
    return {};
}

} // namespace

QString SelectCommand::summary() const {
    return tr("Choose a representative slice per view (Vote-MI or a baseline).");
}

int SelectCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const SelectOptions o;
    parser.addOptions({o.method, o.embedder, o.weighting, o.voteWindow, o.patchSize, o.latent,
                       o.delta, o.theta, o.cases, o.oneCase, o.jobs, o.seed, o.force, o.debugDir,
                       o.vaeWeights});
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    SelectionRequest request;
    QString error = readRequest(parser, o, &request);
    if (error.isEmpty() && parser.isSet(o.debugDir) &&
        (!parser.isSet(o.oneCase) || request.method != QLatin1String("votemi")))
        error = tr("--debug-dir needs --case ID and --method votemi");
    if (error.isEmpty() && parser.isSet(o.oneCase) && parser.isSet(o.cases))
        error = tr("give either --case or --cases");
    Database db;
    if (error.isEmpty())
        error = db.open(dbPath);
    if (error.isEmpty())
        request.caseIds = resolveCases(
            db, parser.isSet(o.oneCase) ? parser.value(o.oneCase) : parser.value(o.cases), &error);
    if (!error.isEmpty()) {
        io.err << tr("brainmd select: %1\n").arg(error);
        return ExitFailure;
    }
    const SelectionSummary result =
        runBatch(db, &request, parser.value(o.vaeWeights), tr("select"));
    if (!result.error.isEmpty()) {
        io.err << tr("brainmd select: %1\n").arg(result.error);
        return ExitFailure;
    }
    if (parser.isSet(o.debugDir) && !result.outcomes.empty() && result.outcomes.front().result) {
        if (error = writeSelectionDebug(parser.value(o.debugDir), result.outcomes.front());
            !error.isEmpty()) {
            io.err << tr("brainmd select: %1\n").arg(error);
            return ExitFailure;
        }
        io.err
            << tr("Debug data written to %1\n").arg(QDir(parser.value(o.debugDir)).absolutePath());
    }
    if (parser.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(summaryJson(request, result));
    else
        printSummary(result, request.threads, io.out);
    const bool clean = !result.cancelled && result.count(CaseSelectionStatus::Failed) == 0;
    return clean ? ExitSuccess : ExitWithProblems;
}

} // namespace brainmd
