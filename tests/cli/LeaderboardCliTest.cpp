// `brainmd bench report` with three runs end to end with the real binary on a small
// phantom: three baselines whose held-out splits evaluate different cases are compared on
// the items all three evaluated. The numbers in leaderboard.json and leaderboard.csv are
// checked against an independent count straight from the database's predictions.
#include "FakeChatServer.h"

#include "support/CliProcess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace {

using Result = brainmd::testing::CliRun;
using brainmd::testing::runCli;

constexpr int kCases = 8;
const QString kCentre = QStringLiteral("centre/axial/0-shot");
const QString kBlank = QStringLiteral("blank/axial/0-shot");

using Item = std::tuple<qint64, QString, int>; // case, question, rotation
struct Answer {
    QString truth;
    bool right = false;
};

/// The predictions of one run and condition, read with plain SQL.
std::map<Item, Answer> answersOf(const QString &dbPath, qint64 run, const QString &condition) {
    std::map<Item, Answer> answers;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("leaderboard-check"));
        db.setDatabaseName(dbPath);
        if (!db.open())
            return answers;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT case_id, question_id, rotation, truth, status, "
                                 "COALESCE(parsed_answer, '') FROM predictions WHERE run_id = ? "
                                 "AND condition = ?"));
        q.addBindValue(run);
        q.addBindValue(condition);
        q.exec();
        while (q.next())
            answers[{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()}] = {
                q.value(3).toString(), q.value(4).toString() == QLatin1String("answered") &&
                                           q.value(5).toString() == q.value(3).toString()};
    }
    QSqlDatabase::removeDatabase(QStringLiteral("leaderboard-check"));
    return answers;
}

double mcnemar(int a, int b) {
    const int n = a + b;
    if (n == 0)
        return 1.0;
    double tail = 0.0;
    for (int i = 0; i <= std::min(a, b); ++i)
        tail += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) -
                         n * std::log(2.0));
    return std::min(1.0, 2.0 * tail);
}

QJsonObject conditionNamed(const QJsonObject &board, const QString &name) {
    for (const QJsonValue &c : board.value(QLatin1String("conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("condition")).toString() == name)
            return c.toObject();
    }
    return {};
}

} // namespace

class LeaderboardCliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Result bench(const QStringList &arguments) const {
        return runCli(QStringList{QStringLiteral("bench")} + arguments);
    }

    void run(const QString &backend, const QString &slices, const QStringList &more) {
        const Result r = bench(
            QStringList{QStringLiteral("run"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--backend"), backend, QStringLiteral("--labels"),
                        QStringLiteral("phantom"), QStringLiteral("--slices"), slices,
                        QStringLiteral("--shots"), QStringLiteral("0"), QStringLiteral("--new")} +
            more);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const Result made =
            runCli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QString::number(kCases),
                    QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--out"), data});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        m_db = m_dir.filePath(QStringLiteral("board.sqlite"));
        const Result imported =
            runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, data});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // Three held-out runs whose example pools differ, so they evaluate different cases.
        run(QStringLiteral("knn"), QStringLiteral("centre,blank"),
            {QStringLiteral("--pool-size"), QStringLiteral("3")});
        run(QStringLiteral("majority"), QStringLiteral("centre"),
            {QStringLiteral("--pool"), QStringLiteral("random"), QStringLiteral("--pool-size"),
             QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5")});
        run(QStringLiteral("random"), QStringLiteral("centre,blank"),
            {QStringLiteral("--pool-size"), QStringLiteral("2")});
        // A fourth that shares no condition with the second.
        run(QStringLiteral("majority"), QStringLiteral("random"),
            {QStringLiteral("--pool-size"), QStringLiteral("2")});
    }

    void threeRunsLeaderboard() {
        const QString out = m_dir.filePath(QStringLiteral("board"));
        const Result report =
            bench({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--run"),
                   QStringLiteral("1"), QStringLiteral("--run"), QStringLiteral("2"),
                   QStringLiteral("--run"), QStringLiteral("3"), QStringLiteral("--reference"),
                   QStringLiteral("2"), QStringLiteral("--out"), out});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err + report.out));
        QVERIFY2(report.out.contains(kCentre), qPrintable(report.out));
        QVERIFY(report.out.contains(QLatin1String("reference")));
        QVERIFY(report.out.contains(QLatin1String("No shared items: not evaluated by")));

        QFile file(out + QStringLiteral("/leaderboard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject board = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(board.value(QLatin1String("format_version")).toInt(), 1);
        QCOMPARE(board.value(QLatin1String("reference_run")).toInteger(), 2);
        const QJsonArray cards = board.value(QLatin1String("runs")).toArray();
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards[0].toObject().value(QLatin1String("backend")).toString(),
                 QStringLiteral("knn"));
        QVERIFY(cards[1].toObject().value(QLatin1String("reference")).toBool());
        QVERIFY(cards[0].toObject().value(QLatin1String("predictions")).toInt() > 0);

        // The independent count: items all three runs evaluated with the same truth.
        std::vector<std::map<Item, Answer>> answers;
        for (qint64 r : {1, 2, 3})
            answers.push_back(answersOf(m_db, r, kCentre));
        std::set<Item> shared;
        std::set<qint64> cases, casesOfRun1;
        for (const auto &[item, a] : answers[0]) {
            casesOfRun1.insert(std::get<0>(item));
            const auto b = answers[1].find(item);
            const auto c = answers[2].find(item);
            if (b != answers[1].end() && c != answers[2].end() && b->second.truth == a.truth &&
                c->second.truth == a.truth) {
                shared.insert(item);
                cases.insert(std::get<0>(item));
            }
        }
        QVERIFY(!shared.empty());
        QVERIFY2(cases.size() < casesOfRun1.size(), "the splits should differ");
        const QJsonObject centre = conditionNamed(board, kCentre);
        QCOMPARE(centre.value(QLatin1String("shared_items")).toInt(), int(shared.size()));
        QCOMPARE(centre.value(QLatin1String("shared_cases")).toInt(), int(cases.size()));
        const QJsonArray results = centre.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 3);
        auto rightOf = [&](std::size_t r) {
            int n = 0;
            for (const Item &item : shared)
                n += answers[r].at(item).right ? 1 : 0;
            return n;
        };
        const double items = static_cast<double>(shared.size());
        const double referenceAccuracy = rightOf(1) / items;
        for (std::size_t r = 0; r < 3; ++r) {
            const QJsonObject result = results[int(r)].toObject();
            QCOMPARE(result.value(QLatin1String("run")).toInteger(), qint64(r + 1));
            QCOMPARE(result.value(QLatin1String("right")).toInt(), rightOf(r));
            QVERIFY(std::abs(result.value(QLatin1String("accuracy")).toDouble() -
                             rightOf(r) / items) < 1e-12);
            const QJsonArray ci = result.value(QLatin1String("accuracy_ci")).toArray();
            QVERIFY(ci[0].toDouble() <= result.value(QLatin1String("accuracy")).toDouble());
            QVERIFY(ci[1].toDouble() >= result.value(QLatin1String("accuracy")).toDouble());
            if (r == 1) {
                QVERIFY(result.value(QLatin1String("reference")).toBool());
                QVERIFY(!result.contains(QLatin1String("difference")));
                continue;
            }
            int onlyRun = 0, onlyReference = 0;
            for (const Item &item : shared) {
                const bool a = answers[r].at(item).right, b = answers[1].at(item).right;
                onlyRun += a && !b ? 1 : 0;
                onlyReference += !a && b ? 1 : 0;
            }
            QCOMPARE(result.value(QLatin1String("only_run_right")).toInt(), onlyRun);
            QCOMPARE(result.value(QLatin1String("only_reference_right")).toInt(), onlyReference);
            QVERIFY(std::abs(result.value(QLatin1String("difference")).toDouble() -
                             (rightOf(r) / items - referenceAccuracy)) < 1e-12);
            QVERIFY(std::abs(result.value(QLatin1String("mcnemar_p")).toDouble() -
                             mcnemar(onlyRun, onlyReference)) < 1e-9);
        }
        // The blank control is not in run 2: said so, nothing scored.
        const QJsonObject blank = conditionNamed(board, kBlank);
        QCOMPARE(blank.value(QLatin1String("shared_items")).toInt(), 0);
        QCOMPARE(blank.value(QLatin1String("results")).toArray().size(), 0);
        QCOMPARE(blank.value(QLatin1String("missing_in")).toArray().size(), 1);

        // The CSV holds the same numbers: a row per run of the centre condition, one for
        // the blank control saying it has no shared items.
        QFile csvFile(out + QStringLiteral("/leaderboard.csv"));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 + 1);
        const QStringList header = lines[0].split(QLatin1Char(','));
        const auto column = [&](const QString &line, const char *name) {
            return line.split(QLatin1Char(',')).value(int(header.indexOf(QLatin1String(name))));
        };
        for (int r = 0; r < 3; ++r) {
            const QString line = lines[1 + r];
            QCOMPARE(column(line, "condition"), kCentre);
            QCOMPARE(column(line, "run"), QString::number(r + 1));
            QCOMPARE(column(line, "right").toInt(), rightOf(std::size_t(r)));
            QVERIFY(std::abs(column(line, "accuracy").toDouble() -
                             results[r].toObject().value(QLatin1String("accuracy")).toDouble()) <
                    1e-4);
            QCOMPARE(column(line, "reference"), r == 1 ? QStringLiteral("1") : QStringLiteral("0"));
        }
        QCOMPARE(column(lines[4], "condition"), kBlank);
        QCOMPARE(column(lines[4], "note"), QStringLiteral("no shared items"));

        QFile html(out + QStringLiteral("/leaderboard.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("data:image/png;base64,"));
        QVERIFY(page.contains("(reference)"));
        QVERIFY(!page.contains("<script"));
        QVERIFY(QImage(out + QStringLiteral("/leaderboard.png")).height() > 100);
    }

    void runsListTheSameAsRepeatedRun() {
        const QString out = m_dir.filePath(QStringLiteral("board-runs"));
        const Result report =
            bench({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--runs"),
                   QStringLiteral("1,2,3"), QStringLiteral("--out"), out});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile file(out + QStringLiteral("/leaderboard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject board = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(board.value(QLatin1String("reference_run")).toInteger(), 1); // the first
    }

    void cardOfAServerRun() {
        // A run against a real local HTTP server (OpenAI-compatible): its card names the
        // endpoint and model and sums the tokens the server reported.
        brainmd::test::FakeChatServer server;
        server.setHandler([](const brainmd::test::HttpRequest &) {
            return brainmd::test::HttpReply{
                200,
                {},
                brainmd::test::FakeChatServer::completion(QStringLiteral("yes"), 120, 3),
                false};
        });
        const QString url = server.start();
        run(QStringLiteral("openai"), QStringLiteral("centre"),
            {QStringLiteral("--base-url"), url, QStringLiteral("--model"),
             QStringLiteral("fake-vlm"), QStringLiteral("--pool-size"), QStringLiteral("3"),
             QStringLiteral("--retries"), QStringLiteral("0")});
        const QString out = m_dir.filePath(QStringLiteral("board-server"));
        const Result report =
            bench({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--runs"),
                   QStringLiteral("1,5"), QStringLiteral("--out"), out});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile file(out + QStringLiteral("/leaderboard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject board = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject card = board.value(QLatin1String("runs")).toArray()[1].toObject();
        QCOMPARE(card.value(QLatin1String("run")).toInteger(), 5);
        QCOMPARE(card.value(QLatin1String("backend")).toString(), QStringLiteral("openai"));
        QCOMPARE(card.value(QLatin1String("model")).toString(), QStringLiteral("fake-vlm"));
        QCOMPARE(card.value(QLatin1String("endpoint")).toString(), url);
        QCOMPARE(card.value(QLatin1String("max_tokens")).toInt(), 64);
        const int predictions = card.value(QLatin1String("predictions")).toInt();
        QCOMPARE(predictions, server.requestCount());
        QCOMPARE(card.value(QLatin1String("prompt_tokens")).toInteger(), 120 * predictions);
        QCOMPARE(card.value(QLatin1String("completion_tokens")).toInteger(), 3 * predictions);
        // Both used the same vote-k pool: every item of run 5 is shared with run 1.
        const QJsonObject centre = conditionNamed(board, kCentre);
        QCOMPARE(centre.value(QLatin1String("shared_items")).toInt(), predictions);
    }

    void errorsAreClear() {
        const QString out = m_dir.filePath(QStringLiteral("board-error"));
        const Result unknown =
            bench({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--runs"),
                   QStringLiteral("1,99"), QStringLiteral("--out"), out});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QLatin1String("there is no run 99")),
                 qPrintable(unknown.err));
        const Result nothingShared =
            bench({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--runs"),
                   QStringLiteral("2,4"), QStringLiteral("--out"), out});
        QVERIFY(nothingShared.exitCode != 0);
        QVERIFY2(nothingShared.err.contains(QLatin1String("share no evaluated item")),
                 qPrintable(nothingShared.err));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/leaderboard.json")));
        const Result badReference =
            bench({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--runs"),
                   QStringLiteral("1,2"), QStringLiteral("--reference"), QStringLiteral("3"),
                   QStringLiteral("--out"), out});
        QVERIFY(badReference.exitCode != 0);
        QVERIFY2(badReference.err.contains(QLatin1String("not among the compared runs")),
                 qPrintable(badReference.err));
        const Result one =
            bench({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--runs"),
                   QStringLiteral("1,1"), QStringLiteral("--out"), out});
        QVERIFY(one.exitCode != 0);
        QVERIFY2(one.err.contains(QLatin1String("at least two different runs")),
                 qPrintable(one.err));
    }
};

QTEST_GUILESS_MAIN(LeaderboardCliTest)
#include "LeaderboardCliTest.moc"
