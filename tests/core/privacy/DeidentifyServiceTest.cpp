// The de-identification workflow as a job: progress, cancel, and what a cancelled run
// leaves (the files so far and their map), on a one-case phantom.
#include "workflows/DeidentifyService.h"
#include "io/phantom/PhantomGenerator.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

int filesUnder(const QString &folder) {
    int count = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

/// Says stop after `limit` reports, like a user pressing Cancel.
class StopAfter final : public ProgressReporter {
public:
    explicit StopAfter(int limit)
        : m_limit(limit) {}
    bool report(double fraction, const QString &) override {
        m_highest = std::max(m_highest, fraction);
        return ++m_calls <= m_limit;
    }
    double highest() const { return m_highest; }

private:
    int m_limit;
    int m_calls = 0;
    double m_highest = 0.0;
};

} // namespace

class DeidentifyServiceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsToTheEnd();
    void cancelKeepsWhatWasWritten();
    void jobCancelStopsTheRun();

private:
    DeidentifyRequest request(const QString &name) const;

    QTemporaryDir m_dir;
    int m_dicomFiles = 0;
};

DeidentifyRequest DeidentifyServiceTest::request(const QString &name) const {
    DeidentifyRequest r;
    r.inDir = m_dir.filePath(QStringLiteral("phantom/dicom"));
    r.outDir = m_dir.filePath(name);
    r.mapPath = m_dir.filePath(name + QStringLiteral(".map.json"));
    r.key = PseudonymKey(QByteArray("a key for this test only"));
    return r;
}

void DeidentifyServiceTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    PhantomOptions options;
    options.cases = 1;
    options.seed = 3;
    options.lesionShare = 1.0;
    options.outDir = m_dir.filePath(QStringLiteral("phantom"));
    QVERIFY(generatePhantomDataset(options, nullptr).ok());
    m_dicomFiles = filesUnder(m_dir.filePath(QStringLiteral("phantom/dicom")));
    QVERIFY(m_dicomFiles > 20);
}

void DeidentifyServiceTest::runsToTheEnd() {
    StopAfter never(1 << 30);
    const DeidentifyReport report = deidentifyFolder(request(QStringLiteral("all")), &never);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.containmentProblem.isEmpty()); // the helper did the files
    QCOMPARE(report.written, m_dicomFiles);
    QCOMPARE(report.patients, 1);
    QCOMPARE(never.highest(), 1.0);
    QCOMPARE(filesUnder(m_dir.filePath(QStringLiteral("all"))), m_dicomFiles);
}

void DeidentifyServiceTest::cancelKeepsWhatWasWritten() {
    StopAfter five(5);
    const DeidentifyReport report = deidentifyFolder(request(QStringLiteral("five")), &five);
    QVERIFY(report.cancelled);
    QCOMPARE(report.written, 5);
    QCOMPARE(filesUnder(m_dir.filePath(QStringLiteral("five"))), 5);
    QFile map(m_dir.filePath(QStringLiteral("five.map.json")));
    QVERIFY(map.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(map.readAll())
                .object()
                .value(QStringLiteral("uids"))
                .toObject()
                .size() >= 5);
}

void DeidentifyServiceTest::jobCancelStopsTheRun() {
    DeidentifyReport seen;
    std::unique_ptr<Job> job = makeDeidentifyJob(
        request(QStringLiteral("job")), [&seen](const DeidentifyReport &report) { seen = report; });
    QVERIFY(!job->title().isEmpty());
    job->cancel(); // before it runs: it stops at the first report, having written nothing
    StopAfter never(1 << 30);
    job->run(never);
    QVERIFY(seen.cancelled);
    QCOMPARE(seen.written, 0);
}

QTEST_GUILESS_MAIN(DeidentifyServiceTest)
#include "DeidentifyServiceTest.moc"
