// `brainmd select` and `brainmd select-examples` end to end: real processes on a small
// imported phantom; JSON output and the --debug-dir files parsed back.
#include "ui/cli/NpyWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <numeric>

#include "support/CliProcess.h"

using namespace brainmd;

namespace {
using testing::CliRun;
using testing::runCli;

QJsonObject jsonObject(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList statuses(const QJsonObject &summary) {
    QStringList found;
    for (const QJsonValue &c : summary.value(QStringLiteral("cases")).toArray())
        found.append(c.toObject().value(QStringLiteral("status")).toString());
    return found;
}

std::vector<std::int64_t> npyShape(const QString &path, const QString &descr) {
    QString foundDescr;
    std::vector<std::int64_t> shape;
    std::int64_t offset = 0;
    if (!npy::readHeader(path, &foundDescr, &shape, &offset) || foundDescr != descr ||
        offset % 64 != 0)
        return {};
    std::int64_t elements = 1;
    for (const std::int64_t n : shape)
        elements *= n;
    // The data must fill the file exactly after the header.
    return QFileInfo(path).size() == offset + 4 * elements ? shape : std::vector<std::int64_t>{};
}

// The values of a little-endian int32 .npy file (empty when it is not one).
std::vector<std::int32_t> npyInt32(const QString &path) {
    QString descr;
    std::vector<std::int64_t> shape;
    std::int64_t offset = 0;
    if (npyShape(path, QStringLiteral("<i4")).empty() ||
        !npy::readHeader(path, &descr, &shape, &offset))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    const QByteArray data = file.readAll();
    std::vector<std::int32_t> values(static_cast<std::size_t>(data.size()) / 4);
    std::memcpy(values.data(), data.constData(), values.size() * 4);
    return values;
}
} // namespace

class TestSelectCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selectStoresThenSkipsThenFindsIdentical();
    void debugDirHoldsConsistentFiles();
    void baselinesAndUsageErrors();
    void selectExamplesVoteKIsDeterministic();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_db}; }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestSelectCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("phantom"));
    m_db = m_dir.filePath(QStringLiteral("study.sqlite"));
    const CliRun gen =
        runCli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("3"),
                QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--resolution"),
                QStringLiteral("2"), QStringLiteral("--out"), data});
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
    const CliRun import = runCli(QStringList{QStringLiteral("import")} + db() + QStringList{data});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
}

void TestSelectCli::selectStoresThenSkipsThenFindsIdentical() {
    const QStringList args =
        QStringList{QStringLiteral("select")} + db() +
        QStringList{QStringLiteral("--method"), QStringLiteral("votemi"), QStringLiteral("--jobs"),
                    QStringLiteral("2"),        QStringLiteral("--seed"), QStringLiteral("3"),
                    QStringLiteral("--json")};
    const CliRun first = runCli(args);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject summary = jsonObject(first.out);
    QCOMPARE(summary.value(QStringLiteral("method")).toString(), QStringLiteral("votemi"));
    QCOMPARE(summary.value(QStringLiteral("parameter_hash")).toString().size(), 64);
    QCOMPARE(summary.value(QStringLiteral("parameters"))
                 .toObject()
                 .value(QStringLiteral("delta"))
                 .toDouble(),
             0.5);
    QCOMPARE(statuses(summary), QStringList(3, QStringLiteral("stored")));
    for (const QJsonValue &c : summary.value(QStringLiteral("cases")).toArray()) {
        const QJsonArray views = c.toObject().value(QStringLiteral("views")).toArray();
        QCOMPARE(views.size(), 3);
        for (const QJsonValue &v : views) {
            const QJsonObject view = v.toObject();
            const QJsonArray votes = view.value(QStringLiteral("votes")).toArray();
            const int slice = view.value(QStringLiteral("slice")).toInt();
            QVERIFY(slice >= 0 && slice < votes.size());
        }
    }
    QCOMPARE(statuses(jsonObject(runCli(args).out)), QStringList(3, QStringLiteral("skipped")));
    QCOMPARE(statuses(jsonObject(runCli(args + QStringList{QStringLiteral("--force")}).out)),
             QStringList(3, QStringLiteral("identical")));
    const CliRun table = runCli(QStringList{QStringLiteral("select")} + db() +
                                QStringList{QStringLiteral("--seed"), QStringLiteral("3"),
                                            QStringLiteral("--jobs"), QStringLiteral("1")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("3 skipped")), qPrintable(table.out));
}

void TestSelectCli::debugDirHoldsConsistentFiles() {
    const QString dir = m_dir.filePath(QStringLiteral("debug"));
    const CliRun run =
        runCli(QStringList{QStringLiteral("select")} + db() +
               QStringList{QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--debug-dir"), dir, QStringLiteral("--latent"),
                           QStringLiteral("6"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const std::vector<std::int64_t> embeddings =
        npyShape(dir + QStringLiteral("/embeddings.npy"), QStringLiteral("<f4"));
    const std::vector<std::int64_t> labels =
        npyShape(dir + QStringLiteral("/labels.npy"), QStringLiteral("<i4"));
    const std::vector<std::int64_t> chosen =
        npyShape(dir + QStringLiteral("/chosen.npy"), QStringLiteral("<i4"));
    QCOMPARE(int(embeddings.size()), 2);
    QCOMPARE(embeddings[1], std::int64_t(6));
    QVERIFY(embeddings[0] > 100);
    QCOMPARE(labels, std::vector<std::int64_t>{embeddings[0]});
    QCOMPARE(int(chosen.size()), 1);
    QVERIFY(chosen[0] > 0 && chosen[0] <= embeddings[0]);
    QFile csv(dir + QStringLiteral("/patches.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.front(), QByteArray("patch,view,slice,u,v"));
    QCOMPARE(std::int64_t(lines.size() - 1), embeddings[0]);
    QFile parametersFile(dir + QStringLiteral("/parameters.json"));
    QVERIFY(parametersFile.open(QIODevice::ReadOnly));
    const QJsonObject parameters = QJsonDocument::fromJson(parametersFile.readAll()).object();
    for (const char *key :
         {"eps", "minPts", "k", "delta", "theta", "seed", "latent", "embedder", "softwareVersion"})
        QVERIFY2(parameters.contains(QLatin1String(key)), key);
    QVERIFY(parameters.value(QStringLiteral("eps")).toDouble() >
            0.0); // resolved, not the 0 asked for
    QCOMPARE(parameters.value(QStringLiteral("minPts")).toInt(), 12); // 2 · latent
    QCOMPARE(parameters.value(QStringLiteral("patchCount")).toInteger(), embeddings[0]);
    QFile profilesFile(dir + QStringLiteral("/vote-profiles.json"));
    QVERIFY(profilesFile.open(QIODevice::ReadOnly));
    const QJsonObject profiles = QJsonDocument::fromJson(profilesFile.readAll()).object();
    double votes = 0.0;
    for (const QString &view :
         {QStringLiteral("axial"), QStringLiteral("coronal"), QStringLiteral("sagittal")}) {
        QVERIFY(!profiles.value(view).toArray().isEmpty());
        for (const QJsonValue &v : profiles.value(view).toArray())
            votes += v.toDouble();
    }
    // The default coverage vote: each chosen patch votes for the patches it stands for.
    QCOMPARE(parameters.value(QStringLiteral("weighting")).toString(), QStringLiteral("coverage"));
    QCOMPARE(parameters.value(QStringLiteral("voteWindowMm")).toDouble(), 4.0);
    const std::vector<std::int32_t> represented =
        npyInt32(dir + QStringLiteral("/represented.npy"));
    QCOMPARE(std::int64_t(represented.size()), chosen[0]);
    QVERIFY(std::all_of(represented.begin(), represented.end(), [](int n) { return n >= 1; }));
    QCOMPARE(votes, double(std::accumulate(represented.begin(), represented.end(), 0)));
    QVERIFY(votes > double(chosen[0]) && votes <= double(embeddings[0]));
    QVERIFY(QFile::exists(dir + QStringLiteral("/selection.json")));
    QCOMPARE(statuses(jsonObject(run.out)), QStringList{QStringLiteral("stored")});
}

void TestSelectCli::baselinesAndUsageErrors() {
    for (const QString &method : {QStringLiteral("random"), QStringLiteral("centre")}) {
        const CliRun run =
            runCli(QStringList{QStringLiteral("select")} + db() +
                   QStringList{QStringLiteral("--method"), method, QStringLiteral("--cases"),
                               QStringLiteral("1,BMD0002"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(statuses(jsonObject(run.out)), QStringList(2, QStringLiteral("stored")));
    }
    const QStringList bad[] = {
        {QStringLiteral("--method"), QStringLiteral("best")},
        {QStringLiteral("--delta"), QStringLiteral("2")},
        {QStringLiteral("--vote-weighting"), QStringLiteral("balanced")},
        {QStringLiteral("--vote-window-mm"), QStringLiteral("-1")},
        {QStringLiteral("--cases"), QStringLiteral("nosuchcase")},
        {QStringLiteral("--debug-dir"), m_dir.filePath(QStringLiteral("x"))}};
    for (const QStringList &args : bad) {
        const CliRun run = runCli(QStringList{QStringLiteral("select")} + db() + args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(run.err.contains(QStringLiteral("brainmd select:")));
        if (args.front() == QLatin1String("--vote-weighting"))
            QVERIFY2(run.err.contains(QStringLiteral("coverage, uniform, cluster-balanced")),
                     qPrintable(run.err));
    }
}

void TestSelectCli::selectExamplesVoteKIsDeterministic() {
    const QStringList args =
        QStringList{QStringLiteral("select-examples")} + db() +
        QStringList{QStringLiteral("--method"), QStringLiteral("votek"), QStringLiteral("--count"),
                    QStringLiteral("2"), QStringLiteral("--json")};
    QList<QJsonArray> pools;
    for (int run = 0; run < 2; ++run) {
        const CliRun result = runCli(args);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject pool = jsonObject(result.out);
        QVERIFY(pool.value(QStringLiteral("pool_id")).toInteger() > 0);
        QCOMPARE(pool.value(QStringLiteral("parameters"))
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("votemi"));
        pools.append(pool.value(QStringLiteral("cases")).toArray());
    }
    QCOMPARE(pools[0].size(), 2);
    QVERIFY(pools[0][0].toObject().value(QStringLiteral("case_id")) !=
            pools[0][1].toObject().value(QStringLiteral("case_id")));
    QCOMPARE(pools[0], pools[1]);
    const CliRun random = runCli(QStringList{QStringLiteral("select-examples")} + db() +
                                 QStringList{QStringLiteral("--method"), QStringLiteral("random"),
                                             QStringLiteral("--count"), QStringLiteral("5")});
    QVERIFY2(random.exitCode == 0, qPrintable(random.err));
    QVERIFY2(random.out.contains(QStringLiteral("3 case(s)")), qPrintable(random.out));
}

QTEST_GUILESS_MAIN(TestSelectCli)
#include "TestSelectCli.moc"
