// SIGKILL at seeded random moments during import, selection, a BrainBench run (built-in
// baseline) and annotation. After every kill: PRAGMA integrity_check is "ok", everything the
// process reported as saved is in the database and counts never go down; a rerun then
// completes the work with the same final state as an uninterrupted run.
// BRAINMD_CRASH_ROUNDS (rows per operation, default 2), BRAINMD_CRASH_KILLS (kills per row,
// default 3) and BRAINMD_CRASH_SEED (default 1) make longer runs (run-crash-safety.sh).

#include "CrashDb.h"
#include "KillPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace brainmd::crash;

namespace {

int envInt(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QProcessEnvironment childEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BRAINMD_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

/// The largest number captured by `pattern` in any line (-1: none).
int largest(const QStringList &lines, const QRegularExpression &pattern) {
    int best = -1;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = pattern.match(line);
        if (m.hasMatch())
            best = std::max(best, m.captured(1).toInt());
    }
    return best;
}

bool copyDatabase(const QString &from, const QString &to) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    const QString cache = from + QStringLiteral(".cache");
    QDirIterator it(cache, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QStringLiteral(".cache/") + QDir(cache).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

const QString kImportState = QStringLiteral(
    "SELECT s.series_key, s.instance_count, (SELECT count(*) FROM instances i WHERE "
    "i.series_id = s.id), (SELECT count(*) FROM cases c WHERE c.series_id = s.id) FROM series s "
    "UNION ALL SELECT 'documents', count(*), 0, 0 FROM documents "
    "UNION ALL SELECT 'labels', count(*), 0, 0 FROM labels "
    "UNION ALL SELECT 'references', count(*), 0, 0 FROM reference_slices ORDER BY 1");
const QString kSelectState = QStringLiteral(
    "SELECT c.case_key, s.method, s.revision, v.view, v.slice_index FROM selections s "
    "JOIN cases c ON c.id = s.case_id JOIN selection_views v ON v.selection_id = s.id "
    "ORDER BY 1, 2, 3, 4");
const QString kBenchState =
    QStringLiteral("SELECT r.id, p.task_key, p.status, p.parsed_answer FROM predictions p "
                   "JOIN bench_runs r ON r.id = p.run_id ORDER BY 1, 2");

/// What an uninterrupted run printed and took (kill points are drawn within it) and left.
struct Reference {
    int lines = 0;
    int ms = 0;
    QStringList state;
};

/// One operation under test: its arguments, the database query of its final state, and
/// the check of what a killed run reported as saved (returns the number of lost items).
struct Operation {
    QString name;
    QStringList arguments; ///< "%DB%" stands for the database
    QString stateQuery;
    std::function<int(const QString &db, const QStringList &lines)> lostCommits;
    QString monotoneCount; ///< SQL whose value never goes down from one kill to the next
};

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void survivesKills_data();
    void survivesKills();

private:
    QStringList argumentsFor(const Operation &op, const QString &db) const;
    Reference runUninterrupted(const Operation &op, const QString &db);
    void prepare(const QString &operation, const QString &db);

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_annotationChild;
    std::vector<Operation> m_operations;
    std::map<QString, Reference> m_reference;
    int m_rounds = 0, m_kills = 0, m_integrityFailures = 0, m_lost = 0, m_reruns = 0;
};

QStringList TestCrashSafety::argumentsFor(const Operation &op, const QString &db) const {
    QStringList args = op.arguments;
    args.replaceInStrings(QStringLiteral("%DB%"), db);
    args.replaceInStrings(QStringLiteral("%DATA%"), m_dir.filePath(QStringLiteral("data")));
    return args;
}

Reference TestCrashSafety::runUninterrupted(const Operation &op, const QString &db) {
    const bool child = op.name == QLatin1String("annotation");
    const ChildRun run =
        runChild(child ? m_annotationChild : m_cli, argumentsFor(op, db), {}, childEnvironment());
    if (!run.finished || run.exitCode != 0)
        qWarning("%s failed: %s", qPrintable(op.name),
                 qPrintable(run.lines.join(QLatin1Char('\n'))));
    return {static_cast<int>(run.lines.size()), run.elapsedMs, rows(db, op.stateQuery)};
}

/// Brings `db` to the state an operation starts from (a copy of the reference stage before).
void TestCrashSafety::prepare(const QString &operation, const QString &db) {
    const QString from = operation == QLatin1String("import")      ? QString()
                         : operation == QLatin1String("bench run") ? QStringLiteral("selected.db")
                                                                   : QStringLiteral("imported.db");
    if (!from.isEmpty())
        QVERIFY(copyDatabase(m_dir.filePath(from), db));
}

void TestCrashSafety::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cli = QStringLiteral(BRAINMD_CLI);
    m_annotationChild =
        QCoreApplication::applicationDirPath() + QStringLiteral("/crash_annotation_child");
    const auto data = runChild(m_cli,
                               {QStringLiteral("demo-data"), QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("data")), QStringLiteral("--cases"),
                                QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5")},
                               {}, childEnvironment());
    QVERIFY2(data.finished && data.exitCode == 0, qPrintable(data.lines.join(QLatin1Char('\n'))));

    const QRegularExpression importing(QStringLiteral("Importing series (\\d+) of"));
    const QRegularExpression selected(QStringLiteral("^(\\S+)\\s+(stored|revised|identical)\\s"));
    const QRegularExpression resumed(QStringLiteral("Resuming run \\d+ \\((\\d+) predictions"));
    const QRegularExpression already(QStringLiteral("\\((\\d+) already done\\)"));
    const QRegularExpression requests(QStringLiteral("(\\d+) of \\d+ requests"));
    const QRegularExpression saved(QStringLiteral("^saved \\d+ (\\w+) (.*)$"));

    m_operations.push_back(
        {QStringLiteral("import"),
         {QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("%DB%"),
          QStringLiteral("%DATA%")},
         kImportState,
         [importing](const QString &db, const QStringList &lines) {
             // "Importing series k" is reported after series k-1 was committed.
             const int committed = largest(lines, importing) - 1;
             return std::max(0, committed -
                                    scalarInt(db, QStringLiteral("SELECT count(*) FROM series")));
         },
         QStringLiteral("SELECT count(*) FROM series")});
    m_operations.push_back(
        {QStringLiteral("select"),
         {QStringLiteral("select"), QStringLiteral("--db"), QStringLiteral("%DB%"),
          QStringLiteral("--jobs"), QStringLiteral("2")},
         kSelectState,
         [selected](const QString &db, const QStringList &lines) {
             int lost = 0;
             for (const QString &line : lines) {
                 const QRegularExpressionMatch m = selected.match(line);
                 lost += m.hasMatch() &&
                         scalarInt(db, QStringLiteral("SELECT count(*) FROM selections s JOIN "
                                                      "cases c ON c.id = s.case_id WHERE "
                                                      "c.case_key = '%1'")
                                           .arg(m.captured(1))) == 0;
             }
             return lost;
         },
         QStringLiteral("SELECT count(*) FROM selections")});
    m_operations.push_back(
        {QStringLiteral("bench run"),
         {QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"),
          QStringLiteral("%DB%"), QStringLiteral("--backend"), QStringLiteral("knn"),
          QStringLiteral("--labels"), QStringLiteral("phantom"), QStringLiteral("--slices"),
          QStringLiteral("random,centre,votemi"), QStringLiteral("--views"),
          QStringLiteral("axial,coronal,sagittal"), QStringLiteral("--shots"),
          QStringLiteral("0,3"), QStringLiteral("--seed"), QStringLiteral("3")},
         kBenchState,
         [resumed, already, requests](const QString &db, const QStringList &lines) {
             // "k of M requests" counts predictions stored by this run, after the ones
             // "already done"; "Resuming run (P predictions stored)" is the count at start.
             const int reported =
                 std::max(largest(lines, resumed), std::max(0, largest(lines, already)) +
                                                       std::max(0, largest(lines, requests)));
             return std::max(
                 0, reported - scalarInt(db, QStringLiteral("SELECT count(*) FROM predictions")));
         },
         QStringLiteral("SELECT count(*) FROM predictions")});
    m_operations.push_back(
        {QStringLiteral("annotation"),
         {QStringLiteral("%DB%"), QStringLiteral("%SEED%"), QStringLiteral("150")},
         QStringLiteral("SELECT count(*) FROM readers"),
         [saved](const QString &db, const QStringList &lines) {
             int lost = 0;
             for (const QString &line : lines) {
                 const QRegularExpressionMatch m = saved.match(line);
                 if (!m.hasMatch())
                     continue;
                 const QStringList f = m.captured(2).split(QLatin1Char(' '));
                 QString sql;
                 if (m.captured(1) == QLatin1String("mark") && f.size() == 4)
                     sql = QStringLiteral("SELECT count(*) FROM slice_annotations WHERE id = %1 "
                                          "AND case_id = %2 AND view = '%3' AND slice_index = %4")
                               .arg(f[0], f[1], f[2], f[3]);
                 else if (m.captured(1) == QLatin1String("answer") && f.size() == 4)
                     sql = QStringLiteral("SELECT count(*) FROM answers WHERE id = %1 AND "
                                          "case_id = %2 AND question_id = '%3' AND value = '%4'")
                               .arg(f[0], f[1], f[2], f[3]);
                 else if (m.captured(1) == QLatin1String("commit") && f.size() == 1)
                     sql = QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = %1 "
                                          "AND kind = 'committed'")
                               .arg(f[0]);
                 lost += sql.isEmpty() || scalarInt(db, sql) == 0;
             }
             return lost;
         },
         QStringLiteral("SELECT (SELECT count(*) FROM slice_annotations) + "
                        "(SELECT count(*) FROM answers)")});

    // The reference stages: imported.db, selected.db, and a finished bench run.
    const QString imported = m_dir.filePath(QStringLiteral("imported.db"));
    const QString selectedDb = m_dir.filePath(QStringLiteral("selected.db"));
    m_reference[QStringLiteral("import")] = runUninterrupted(m_operations[0], imported);
    QVERIFY(copyDatabase(imported, selectedDb));
    m_reference[QStringLiteral("select")] = runUninterrupted(m_operations[1], selectedDb);
    const QString benchDb = m_dir.filePath(QStringLiteral("bench.db"));
    QVERIFY(copyDatabase(selectedDb, benchDb));
    m_reference[QStringLiteral("bench run")] = runUninterrupted(m_operations[2], benchDb);
    const QString annotated = m_dir.filePath(QStringLiteral("annotated.db"));
    QVERIFY(copyDatabase(imported, annotated));
    Operation annotation = m_operations[3];
    annotation.arguments.replaceInStrings(QStringLiteral("%SEED%"), QStringLiteral("1"));
    m_reference[QStringLiteral("annotation")] = runUninterrupted(annotation, annotated);
    for (const auto &[name, reference] : m_reference) {
        QVERIFY2(!reference.state.isEmpty() && reference.lines > 0, qPrintable(name));
        qInfo("%s: %d lines, %d ms uninterrupted", qPrintable(name), reference.lines, reference.ms);
    }
}

void TestCrashSafety::cleanupTestCase() {
    qInfo("crash-safety: rounds %d, kills %d, integrity failures %d, lost commits %d, "
          "reruns completed %d",
          m_rounds, m_kills, m_integrityFailures, m_lost, m_reruns);
}

void TestCrashSafety::survivesKills_data() {
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("seed");
    const int rounds = envInt("BRAINMD_CRASH_ROUNDS", 2);
    const int base = envInt("BRAINMD_CRASH_SEED", 1);
    for (std::size_t op = 0; op < m_operations.size(); ++op)
        for (int r = 0; r < rounds; ++r)
            QTest::addRow("%s seed %d", qPrintable(m_operations[op].name), base + r)
                << static_cast<int>(op) << base + r;
}

void TestCrashSafety::survivesKills() {
    QFETCH(int, operation);
    QFETCH(int, seed);
    const Operation &op = m_operations[static_cast<std::size_t>(operation)];
    const Reference &reference = m_reference.at(op.name);
    const QString db = m_dir.filePath(QStringLiteral("%1-%2.db").arg(operation).arg(seed));
    prepare(op.name, db);
    ++m_rounds;
    const bool annotation = op.name == QLatin1String("annotation");
    const QString program = annotation ? m_annotationChild : m_cli;
    QStringList allLines; // every line printed by any run on this database
    int previous = scalarInt(db, op.monotoneCount);
    const int kills = envInt("BRAINMD_CRASH_KILLS", 3);
    // Runs that finish before their kill point do not count: up to 3 tries per kill.
    int killed = 0;
    QStringList points;
    for (int k = 0; killed < kills && k < 3 * kills; ++k) {
        const std::uint64_t killSeed = (std::uint64_t(seed) << 16) ^ (operation << 8) ^ k;
        const KillPoint point = drawKillPoint(killSeed, reference.lines, reference.ms);
        QStringList args = argumentsFor(op, db);
        args.replaceInStrings(QStringLiteral("%SEED%"), QString::number(killSeed));
        const ChildRun run = runChild(program, args, point, childEnvironment());
        killed += run.killed ? 1 : 0;
        points.append(point.describe() + (run.killed ? QString() : QStringLiteral(" (finished)")));
        allLines += run.lines;
        const QString integrity = integrityCheck(db);
        m_integrityFailures += integrity == QLatin1String("ok") ? 0 : 1;
        QCOMPARE(integrity, QStringLiteral("ok"));
        const int lost = op.lostCommits(db, annotation ? allLines : run.lines);
        m_lost += lost;
        QVERIFY2(lost == 0, qPrintable(QStringLiteral("%1 reported-saved items missing after a "
                                                      "kill %2")
                                           .arg(lost)
                                           .arg(point.describe())));
        const int now = scalarInt(db, op.monotoneCount);
        QVERIFY2(now >= previous, qPrintable(QStringLiteral("count went down %1 -> %2 (kill %3)")
                                                 .arg(previous)
                                                 .arg(now)
                                                 .arg(point.describe())));
        previous = now;
    }
    m_kills += killed;
    qInfo("killed %d times: %s", killed, qPrintable(points.join(QStringLiteral(", "))));
    // The rerun completes the interrupted work.
    QStringList args = argumentsFor(op, db);
    args.replaceInStrings(QStringLiteral("%SEED%"), QString::number(seed));
    const ChildRun rerun = runChild(program, args, {}, childEnvironment());
    QVERIFY2(rerun.finished && rerun.exitCode == 0,
             qPrintable(rerun.lines.join(QLatin1Char('\n'))));
    ++m_reruns;
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    allLines += rerun.lines;
    QCOMPARE(op.lostCommits(db, annotation ? allLines : rerun.lines), 0);
    if (!annotation)
        QCOMPARE(rows(db, op.stateQuery), reference.state);
    QVERIFY(scalarInt(db, op.monotoneCount) >= previous);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
