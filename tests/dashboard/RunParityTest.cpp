// One BrainBench configuration through both front ends: `brainmd bench run --config` (a
// real process) on one copy of a study and the dashboard's BenchRunJob on another. Both
// call the one BenchRunWorkflow, so the stored predictions must be identical, row by row
// (same cases, conditions, questions, answers, probabilities, truths, raw answers).

#include "bench/RunConfig.h"
#include "db/BenchRunRepository.h"
#include "db/Database.h"
#include "support/CliProcess.h"
#include "ui/dashboard/BenchRunJob.h"
#include "ui/jobs/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace brainmd;

class RunParityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliAndDashboardStoreTheSamePredictions();

private:
    QString makeStudy(const QString &name);
    QTemporaryDir m_dir;
    QString m_data;
};

namespace {

testing::CliRun cli(const QStringList &arguments) {
    const testing::CliRun run = testing::runCli(arguments);
    if (run.exitCode != 0)
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << run.err;
    return run;
}

BenchRunConfig parityConfig() {
    BenchRunConfig config;
    config.name = QStringLiteral("parity");
    config.backend.type = QStringLiteral("knn");
    config.labels = QStringLiteral("phantom");
    config.seed = 5;
    config.poolSize = 2;
    config.concurrency = 3;
    for (int k : {0, 2})
        for (const char *source : {"random", "centre", "votemi", "blank", "none"})
            config.conditions.push_back({QString::fromLatin1(source), QStringLiteral("axial"), k});
    return config;
}

QString describe(const StoredPrediction &p) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(p.caseId)
        .arg(p.condition, p.questionId)
        .arg(p.rotation)
        .arg(p.truth, p.status, p.value,
             std::isnan(p.probability) ? QStringLiteral("nan")
                                       : QString::number(p.probability, 'g', 17),
             p.rawAnswer);
}

} // namespace

QString RunParityTest::makeStudy(const QString &name) {
    const QString db = m_dir.filePath(name);
    if (cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode != 0 ||
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, m_data}).exitCode != 0 ||
        cli({QStringLiteral("select"), QStringLiteral("--db"), db, QStringLiteral("--method"),
             QStringLiteral("votemi"), QStringLiteral("--jobs"), QStringLiteral("2")})
                .exitCode != 0)
        return {};
    return db;
}

void RunParityTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    QCOMPARE(cli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("4"),
                  QStringLiteral("--resolution"), QStringLiteral("2"), QStringLiteral("--seed"),
                  QStringLiteral("3"), QStringLiteral("--out"), m_data})
                 .exitCode,
             0);
}

void RunParityTest::cliAndDashboardStoreTheSamePredictions() {
    const QString viaCli = makeStudy(QStringLiteral("cli.sqlite"));
    const QString viaGui = makeStudy(QStringLiteral("gui.sqlite"));
    QVERIFY(!viaCli.isEmpty() && !viaGui.isEmpty());
    const QString configPath = m_dir.filePath(QStringLiteral("run.json"));
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(parityConfig().toJsonBytes());
    file.close();
    const testing::CliRun run =
        cli({QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"), viaCli,
             QStringLiteral("--config"), configPath});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));

    Workspace workspace;
    QCOMPARE(workspace.open(viaGui), QString());
    const BenchRunConfigResult parsed = parseBenchRunConfig(parityConfig().toJsonBytes());
    QVERIFY(parsed.config);
    BenchRunJob job(workspace, *parsed.config, 0);
    QSignalSpy finished(&job, &BenchRunJob::finished);
    job.start();
    QVERIFY(finished.wait(300000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("finished"));

    Database cliDb;
    QCOMPARE(cliDb.open(viaCli), QString());
    const auto cliRuns = BenchRunRepository(cliDb).runs();
    const auto guiRuns = BenchRunRepository(workspace.database()).runs();
    QCOMPARE(cliRuns.size(), std::size_t(1));
    QCOMPARE(guiRuns.size(), std::size_t(1));
    QCOMPARE(cliRuns.front().config.toJsonBytes(), guiRuns.front().config.toJsonBytes());
    QStringList a, b;
    for (const StoredPrediction &p : BenchRunRepository(cliDb).predictions(cliRuns.front().id))
        a.append(describe(p));
    for (const StoredPrediction &p :
         BenchRunRepository(workspace.database()).predictions(guiRuns.front().id))
        b.append(describe(p));
    a.sort();
    b.sort();
    QVERIFY(a.size() > 100);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(b.at(i), a.at(i));
}

QTEST_MAIN(RunParityTest)
#include "RunParityTest.moc"
