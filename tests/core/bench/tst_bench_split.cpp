// The held-out evaluation protocol: the example pool is fixed first and every condition is
// scored on the labelled cases outside it. Planned on an in-memory study (small volumes,
// known labels), so that every case of the split can be checked.

#include "bench/BenchPlan.h"
#include "bench/BenchRequestBuilder.h"
#include "bench/RunConfig.h"
#include "bench/TaskPack.h"
#include "volume/RasCase.h"
#include "volume/Volume.h"

#include <QTest>

#include <set>

using namespace brainmd;

namespace {

/// `count` cases of 12³ voxels whose brightness differs per case; half of them have a
/// lesion (lesion_present yes), on alternate cases.
class SmallStudy final : public BenchDataSource {
public:
    explicit SmallStudy(int count)
        : m_count(count) {}
    std::vector<BenchCaseRef> cases() const override {
        std::vector<BenchCaseRef> list;
        for (int i = 1; i <= m_count; ++i)
            list.push_back({i, QStringLiteral("case-%1").arg(i, 4, 10, QLatin1Char('0'))});
        return list;
    }
    LabelTable labels(const QString &, QString *) const override {
        LabelTable table;
        table.description = QStringLiteral("test labels");
        for (int i = 1; i <= m_count; ++i)
            table.answers[i][QStringLiteral("lesion_present")] =
                i % 2 == 0 ? QStringLiteral("yes") : QStringLiteral("no");
        return table;
    }
    std::optional<std::array<int, 3>> slices(qint64 caseId, const QString &source, const QString &,
                                             std::uint64_t, QString *) const override {
        const int k = source == QLatin1String("centre") ? 6 : static_cast<int>(caseId % 12);
        return std::array<int, 3>{k, k, k};
    }
    std::shared_ptr<const RasCase> rasCase(qint64 caseId) const override {
        Geometry g;
        g.dims = {12, 12, 12};
        auto ras =
            std::make_shared<RasCase>(RasCase{Volume(g, VoxelType::Int16), {50.0, 100.0}, {}});
        for (int i = 0; i < 12 * 12 * 12; ++i)
            ras->volume.setValue(i, static_cast<float>((i * (caseId + 3)) % 97));
        return ras;
    }
    std::shared_ptr<const Volume> lesionMask(qint64, QString *) const override { return nullptr; }

private:
    int m_count;
};

BenchRunConfig config(const QString &evaluation, const QString &pool, int poolSize) {
    BenchRunConfig c;
    c.backend.type = QStringLiteral("majority");
    c.labels = QStringLiteral("test");
    c.questions = {QStringLiteral("lesion_present")};
    c.evaluation = evaluation;
    c.examplePool = pool;
    c.poolSize = poolSize;
    c.seed = 7;
    for (int shots : {0, 3})
        for (const QString &source :
             {QStringLiteral("centre"), QStringLiteral("random"), QStringLiteral("blank")})
            c.conditions.push_back({source, QStringLiteral("axial"), shots});
    return c;
}

BenchPlan plan(const BenchRunConfig &c, const BenchDataSource &data) {
    const TaskPackResult pack = defaultTaskPack();
    const BenchPlanResult result = planBenchRun(c, *pack.pack, data, nullptr);
    if (!result.plan)
        qFatal("planning failed: %s", qPrintable(result.error));
    return *result.plan;
}

std::set<qint64> ids(const std::vector<BenchCaseRef> &cases) {
    std::set<qint64> out;
    for (const BenchCaseRef &c : cases)
        out.insert(c.id);
    return out;
}

} // namespace

class TestBenchSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heldOutNeverLeaks_data();
    void heldOutNeverLeaks();
    void everyConditionScoresTheSameCases();
    void splitIsReproducibleFromTheSeed();
    void splitRecordRoundTrips();
    void poolLeavesACaseToEvaluate();
    void baselinesDrawOnlyOnThePool();
    void versionOneConfigurationsStayLeaveOneOut();
};

void TestBenchSplit::heldOutNeverLeaks_data() {
    QTest::addColumn<QString>("pool");
    QTest::addColumn<int>("poolSize");
    QTest::newRow("votek 5") << QStringLiteral("votek") << 5;
    QTest::newRow("random 5") << QStringLiteral("random") << 5;
    QTest::newRow("random 1") << QStringLiteral("random") << 1;
}

void TestBenchSplit::heldOutNeverLeaks() {
    QFETCH(QString, pool);
    QFETCH(int, poolSize);
    const SmallStudy study(16);
    const BenchPlan p = plan(config(QStringLiteral("held-out"), pool, poolSize), study);
    QCOMPARE(static_cast<int>(p.pool.size()), poolSize);
    QCOMPARE(static_cast<int>(p.cases.size()), 16 - poolSize);
    QVERIFY(p.split.overlap().empty());
    const std::set<qint64> poolIds(p.pool.begin(), p.pool.end());
    QCOMPARE(ids(p.split.pool), poolIds);
    for (const BenchTask &task : p.tasks)
        QVERIFY2(poolIds.count(task.caseId) == 0, qPrintable(task.key)); // never scored
    for (const PlannedCondition &planned : p.conditions) {
        for (const auto &[caseId, entry] : planned.cases) {
            QVERIFY(poolIds.count(caseId) == 0);
            QCOMPARE(entry.examples.size(),
                     std::min<std::size_t>(std::size_t(planned.condition.shots), p.pool.size()));
            for (qint64 example : entry.examples)
                QVERIFY2(poolIds.count(example) == 1, "an example outside the pool");
            for (const auto &[neighbour, similarity] : entry.neighbours)
                QVERIFY(poolIds.count(neighbour) == 1);
        }
        // The examples' images: every pool case is planned under every condition.
        QCOMPARE(planned.poolCases.size(), p.pool.size());
    }
}

void TestBenchSplit::everyConditionScoresTheSameCases() {
    const SmallStudy study(12);
    const BenchPlan p = plan(config(QStringLiteral("held-out"), QStringLiteral("votek"), 4), study);
    const std::set<qint64> evaluated = ids(p.split.evaluated);
    QCOMPARE(evaluated.size(), std::size_t(8));
    for (const PlannedCondition &planned : p.conditions) {
        std::set<qint64> scored;
        for (const BenchTask &task : p.tasks) {
            if (task.condition == planned.condition.name())
                scored.insert(task.caseId);
        }
        QCOMPARE(scored, evaluated);
    }
}

void TestBenchSplit::splitIsReproducibleFromTheSeed() {
    const SmallStudy study(20);
    BenchRunConfig c = config(QStringLiteral("held-out"), QStringLiteral("random"), 6);
    const BenchPlan first = plan(c, study);
    const BenchPlan second = plan(c, study);
    QCOMPARE(benchSplitJson(first.split), benchSplitJson(second.split));
    c.seed = 8;
    const BenchPlan other = plan(c, study);
    QVERIFY(ids(other.split.pool) != ids(first.split.pool)); // 38760 possible pools
}

void TestBenchSplit::splitRecordRoundTrips() {
    const SmallStudy study(10);
    const BenchPlan p = plan(config(QStringLiteral("held-out"), QStringLiteral("votek"), 3), study);
    const auto parsed = parseBenchSplitJson(benchSplitJson(p.split));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->protocol, QStringLiteral("held-out"));
    QCOMPARE(parsed->poolMethod, QStringLiteral("votek"));
    QCOMPARE(parsed->poolSizeAsked, 3);
    QCOMPARE(parsed->seed, std::uint64_t(7));
    QCOMPARE(ids(parsed->pool), ids(p.split.pool));
    QCOMPARE(ids(parsed->evaluated), ids(p.split.evaluated));
    QCOMPARE(parsed->pool.front().key, p.split.pool.front().key);
    QVERIFY(!parseBenchSplitJson(QByteArray()).has_value()); // runs planned before
}

void TestBenchSplit::poolLeavesACaseToEvaluate() {
    const SmallStudy study(4);
    const BenchPlan p =
        plan(config(QStringLiteral("held-out"), QStringLiteral("random"), 8), study);
    QCOMPARE(p.pool.size(), std::size_t(3));
    QCOMPARE(p.cases.size(), std::size_t(1));
    QCOMPARE(p.split.poolSizeAsked, 8); // what was asked stays on record
    QVERIFY(p.problems.join(QLatin1Char('\n')).contains(QStringLiteral("3 cases instead of 8")));
    const SmallStudy alone(1);
    const TaskPackResult pack = defaultTaskPack();
    const BenchPlanResult none =
        planBenchRun(config(QStringLiteral("held-out"), QStringLiteral("random"), 8), *pack.pack,
                     alone, nullptr);
    QVERIFY(!none.plan);
    QVERIFY(none.error.contains(QStringLiteral("at least two labelled cases")));
}

void TestBenchSplit::baselinesDrawOnlyOnThePool() {
    const SmallStudy study(16);
    const BenchPlan p =
        plan(config(QStringLiteral("held-out"), QStringLiteral("random"), 5), study);
    BenchRequestBuilder builder(p, study, QStringLiteral("majority"));
    std::set<QString> poolAnswers;
    int poolYes = 0;
    for (qint64 id : p.pool)
        poolYes += id % 2 == 0 ? 1 : 0;
    for (const BenchTask &task : p.tasks) {
        const TaskPreparer::Prepared prepared = builder.prepare(task);
        QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
        // The prior is the pool's, the same for every evaluated case (a constant).
        QCOMPARE(prepared.request.hints.poolAnswers.size(), qsizetype(p.pool.size()));
        QCOMPARE(prepared.request.hints.poolAnswers.count(QStringLiteral("yes")), poolYes);
        // Examples shown: images of pool cases, followed by the query.
        const int shots = p.condition(task.condition)->condition.shots;
        QCOMPARE(prepared.request.messages.size(), std::size_t(2 * shots + 1 + 1)); // + system
    }
}

void TestBenchSplit::versionOneConfigurationsStayLeaveOneOut() {
    // A configuration stored before format version 2 names no protocol: it was planned
    // leave-one-out and must replay (and resume) so, with the same bytes.
    BenchRunConfig old = config(QStringLiteral("leave-one-out"), QStringLiteral("votek"), 5);
    const QByteArray bytes = old.toJsonBytes();
    QVERIFY(!bytes.contains("evaluation"));
    QVERIFY(bytes.contains("\"format_version\": 1"));
    const BenchRunConfigResult parsed = parseBenchRunConfig(bytes);
    QVERIFY(parsed.config);
    QCOMPARE(parsed.config->evaluation, QStringLiteral("leave-one-out"));
    QCOMPARE(parsed.config->toJsonBytes(), bytes);
    const BenchRunConfig fresh;
    QCOMPARE(fresh.evaluation, QStringLiteral("held-out"));
    const BenchRunConfigResult again = parseBenchRunConfig(
        config(QStringLiteral("held-out"), QStringLiteral("votek"), 5).toJsonBytes());
    QCOMPARE(again.config->evaluation, QStringLiteral("held-out"));
    QVERIFY(!parseBenchRunConfig(QByteArray(R"({"format_version": 2, "evaluation": "k-fold",
        "slices": "centre"})"))
                 .config);
    // Leave-one-out evaluates every labelled case, the pool's too.
    const SmallStudy study(10);
    const BenchPlan p = plan(old, study);
    QCOMPARE(p.cases.size(), std::size_t(10));
    QCOMPARE(p.split.overlap().size(), std::size_t(5));
}

QTEST_GUILESS_MAIN(TestBenchSplit)
#include "tst_bench_split.moc"
