// ImportService and the repositories on real DICOM series and side files.

#include "DbTestData.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/DocumentRepository.h"
#include "db/LabelRepository.h"
#include "db/ReferenceSliceRepository.h"
#include "db/SqlStudyStorage.h"
#include "io/cache/VolumeCache.h"
#include "io/nifti/NiftiIO.h"
#include "workflows/ImportService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

const QString kDocuments = QStringLiteral(R"({"format": "brainmd-documents", "version": 1,
 "documents": [
  {"accession_number": "ACC001", "kind": "report", "text": "Enhancing lesion, left frontal."},
  {"accession_number": "ACC002", "kind": "report", "text": "No abnormality."},
  {"patient_id": "P1", "kind": "ehr", "fields": {"age": 61, "symptom": "seizure"}}
 ]})");

const QString kLabels = QStringLiteral(R"({"format": "brainmd-labels", "version": 1,
 "name": "site-labels", "kind": "file", "task_pack": "brainbench-default",
 "labels": [
  {"accession_number": "ACC001", "question": "lesion_present", "answer": "%1"},
  {"accession_number": "ACC001", "question": "lesion_side", "answer": "left"},
  {"accession_number": "ACC002", "question": "lesion_present", "answer": "no"}
 ]})");

const QString kReferences = QStringLiteral(R"({"format": "brainmd-reference-slices",
 "version": 1, "name": "phantom-truth", "basis": "phantom truth: largest lesion section",
 "slices": [
  {"accession_number": "ACC001", "view": "axial", "index": 4, "position_mm": 18.0},
  {"accession_number": "ACC002", "view": "coronal", "index": 10, "position_mm": -11.0}
 ]})");

const QString kManifest = QStringLiteral(R"({"format": "brainmd-dataset", "version": 1,
 "documents": ["documents.json"], "labels": ["labels.json"],
 "references": ["references.json"]})");

/// Cancels when the import reaches the given message.
class CancelAt final : public ProgressReporter {
public:
    explicit CancelAt(QString prefix)
        : m_prefix(std::move(prefix)) {}
    bool report(double, const QString &message) override { return !message.startsWith(m_prefix); }

private:
    QString m_prefix;
};

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsCasesWithSideFiles();
    void cacheReloadsSameVoxels();
    void damagedCacheIsRefusedThenRebuilt();
    void flippedByteInCacheIsRefusedThenRebuilt();
    void reimportAddsNothing();
    void rewrittenFileReindexesOnlyItsSeries();
    void unmatchedDocumentRowIsReported();
    void labelFileReimportReplacesRows();
    void refusesRowsThatDoNotFitCaseOrPack();
    void listFiltersCases_data();
    void listFiltersCases();
    void studyWithSeveralSeriesGetsSeriesKeys();
    void missingAccessionFallsBackToStudyUid();
    void answersAreAppendOnly();
    void cancelKeepsCommittedSeries();
    void abandonedCacheWritesAreSweptOnOpen();

private:
    ImportReport runImport(const QStringList &paths, const ImportOptions &options = {});
    qint64 caseId(const QString &key) const {
        const std::optional<CaseSummary> found = CaseRepository(m_db).caseByKey(key);
        return found ? found->id : 0;
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    Database m_db;
    int m_instances = 0;
};

ImportReport TestImport::runImport(const QStringList &paths, const ImportOptions &options) {
    return ImportService(borrowedStorage(m_db)).import(paths, options, nullptr);
}

void TestImport::initTestCase() {
    QVERIFY(m_dir.isValid());
    QCOMPARE(test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("ACC001"), 1, 1, 1},
                                   dataDir() + QStringLiteral("/s1")),
             QString());
    QCOMPARE(test::writeTestSeries({QStringLiteral("P2"), QStringLiteral("ACC002"), 2, 1, 2},
                                   dataDir() + QStringLiteral("/s2")),
             QString());
    QVERIFY(test::writeText(dataDir() + QStringLiteral("/documents.json"), kDocuments));
    QVERIFY(test::writeText(dataDir() + QStringLiteral("/labels.json"),
                            kLabels.arg(QStringLiteral("yes"))));
    QVERIFY(test::writeText(dataDir() + QStringLiteral("/references.json"), kReferences));
    QVERIFY(test::writeText(dataDir() + QStringLiteral("/brainmd-dataset.json"), kManifest));
    QCOMPARE(m_db.open(m_dir.filePath(QStringLiteral("cases.db"))), QString());
}

void TestImport::importsCasesWithSideFiles() {
    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.filesNew, 20);
    QCOMPARE(report.counts.filesUnchanged, 0);
    QCOMPARE(report.counts.filesSeen, 20);
    QCOMPARE(report.counts.seriesImported, 2);
    QCOMPARE(report.counts.casesCreated, 2);
    QCOMPARE(report.counts.documentsLinked, 3);
    QCOMPARE(report.counts.labelsLinked, 3);
    QCOMPARE(report.counts.referenceSlicesLinked, 2);
    QVERIFY(report.unmatchedRows.empty());
    QVERIFY(!report.cancelled);

    const CaseRepository cases(m_db);
    const std::vector<CaseSummary> all = cases.list();
    QCOMPARE(all.size(), std::size_t(2));
    const std::optional<CaseSummary> c1 = cases.caseByKey(QStringLiteral("ACC001"));
    QVERIFY(c1.has_value());
    QCOMPARE(c1->accession, QStringLiteral("ACC001"));
    QCOMPARE(c1->dims, (std::array<int, 3>{32, 32, 10}));
    QCOMPARE(c1->spacing[2], 2.0);
    QCOMPARE(c1->orientation, QStringLiteral("LPS"));
    QCOMPARE(c1->status, QStringLiteral("new"));
    QCOMPARE(c1->seriesDescription, QStringLiteral("T1 axial 1"));
    QVERIFY(c1->hasReport);
    QCOMPARE(c1->documentCount, 2);
    QCOMPARE(c1->labelCount, 2);
    QCOMPARE(c1->referenceCount, 1);
    QVERIFY(c1->patientKey.startsWith(QLatin1String("P-")));
    QVERIFY(!c1->patientKey.contains(QLatin1String("P1")));

    QCOMPARE(DocumentRepository(m_db).reportForCase(c1->id)->text,
             QStringLiteral("Enhancing lesion, left frontal."));
    const std::vector<StoredLabel> labels = LabelRepository(m_db).labelsForCase(c1->id);
    QCOMPARE(labels.size(), std::size_t(2));
    QCOMPARE(labels.front().sourceName, QStringLiteral("site-labels"));
    const std::optional<LabelSource> source =
        LabelRepository(m_db).sourceByName(QStringLiteral("site-labels"));
    QVERIFY(source.has_value());
    QCOMPARE(source->taskPack, QStringLiteral("brainbench-default"));
    QCOMPARE(source->labelCount, 3);
    const std::vector<StoredReferenceSlice> slices =
        ReferenceSliceRepository(m_db).slicesForCase(c1->id);
    QCOMPARE(slices.size(), std::size_t(1));
    QCOMPARE(slices.front().view, View::Axial);
    QCOMPARE(slices.front().sliceIndex, 4);
    QCOMPARE(slices.front().positionMm, 18.0);

    m_instances = test::rowCount(m_db, QStringLiteral("instances"));
    QCOMPARE(m_instances, 20);
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT finished_at IS NOT NULL FROM import_runs"))
                 .toBool(),
             true);
}

void TestImport::cacheReloadsSameVoxels() {
    const CaseRepository cases(m_db);
    for (int seed : {1, 2}) {
        const std::optional<CaseSummary> found =
            cases.caseByKey(QStringLiteral("ACC00%1").arg(seed));
        QVERIFY(found.has_value());
        const CaseSummary &c = *found;
        QVERIFY(QFile::exists(VolumeCache(m_db.cacheDir()).pathFor(c.seriesKey)));
        const CachedVolume loaded = cases.volumeFor(c.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Volume expected = test::testVolume({32, 32, 10}, seed);
        QVERIFY(test::sameVoxels(loaded.volume, expected));
        QVERIFY(loaded.volume.geometry().sameGrid(expected.geometry(), 1e-3));
        QVERIFY(loaded.volume.headerWindow.has_value());
        QCOMPARE(loaded.volume.headerWindow->width, 3000.0);
    }
}

// A cache file cut in half used to load as a volume whose last slices were zeros, and
// select and export went on with it. Now it is refused, and importing again rebuilds it.
void TestImport::damagedCacheIsRefusedThenRebuilt() {
    const CaseRepository cases(m_db);
    const std::optional<CaseSummary> found = cases.caseByKey(QStringLiteral("ACC002"));
    QVERIFY(found.has_value());
    const QString path = VolumeCache(m_db.cacheDir()).pathFor(found->seriesKey);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    const CachedVolume damaged = cases.volumeFor(found->id);
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.error.contains(QLatin1String("damaged")), qPrintable(damaged.error));

    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.seriesUpdated, 1);
    const CachedVolume rebuilt = cases.volumeFor(found->id);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error));
    QVERIFY(test::sameVoxels(rebuilt.volume, test::testVolume({32, 32, 10}, 2)));
}

// A byte changed in the middle keeps the file's length (the gzip trailer alone would not
// tell until the end is read); the stamp recorded at import does.
void TestImport::flippedByteInCacheIsRefusedThenRebuilt() {
    const CaseRepository cases(m_db);
    const std::optional<CaseSummary> found = cases.caseByKey(QStringLiteral("ACC001"));
    QVERIFY(found.has_value());
    const QString path = VolumeCache(m_db.cacheDir()).pathFor(found->seriesKey);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(file.seek(size / 2));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(size / 2));
    QVERIFY(file.putChar(static_cast<char>(byte ^ 0x10)));
    file.close();
    QCOMPARE(QFileInfo(path).size(), size);

    const CachedVolume damaged = cases.volumeFor(found->id);
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.error.contains(QLatin1String("checksum")), qPrintable(damaged.error));
    // Moved aside, so that importing again sees it missing and rebuilds it.
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));

    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.seriesUpdated, 1);
    const CachedVolume rebuilt = cases.volumeFor(found->id);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error));
    QVERIFY(test::sameVoxels(rebuilt.volume, test::testVolume({32, 32, 10}, 1)));
}

void TestImport::reimportAddsNothing() {
    const QStringList tables{QStringLiteral("patients"),     QStringLiteral("studies"),
                             QStringLiteral("series"),       QStringLiteral("instances"),
                             QStringLiteral("cases"),        QStringLiteral("documents"),
                             QStringLiteral("labels"),       QStringLiteral("reference_slices"),
                             QStringLiteral("label_sources")};
    QList<int> before;
    for (const QString &table : tables)
        before.append(test::rowCount(m_db, table));
    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.filesNew, 0);
    QCOMPARE(report.counts.filesUnchanged, 20);
    QCOMPARE(report.counts.seriesImported + report.counts.seriesUpdated, 0);
    QCOMPARE(report.counts.casesCreated, 0);
    QVERIFY(report.summary().contains(QLatin1String("0 new, 20 unchanged")));
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(test::rowCount(m_db, tables.at(i)), before.at(i));
}

void TestImport::rewrittenFileReindexesOnlyItsSeries() {
    const QString file = dataDir() + QStringLiteral("/s1/IM0005.dcm");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray bytes = f.readAll();
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    QVERIFY(f.flush());
    const QDateTime later = f.fileTime(QFileDevice::FileModificationTime).addSecs(5);
    QVERIFY(f.setFileTime(later, QFileDevice::FileModificationTime));
    f.close();
    const QString updatedBefore = test::scalar(m_db, QStringLiteral("SELECT updated_at FROM "
                                                                    "series ORDER BY id LIMIT 1"))
                                      .toString();
    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.filesNew, 1);
    QCOMPARE(report.counts.filesUnchanged, 19);
    QCOMPARE(report.counts.seriesUpdated, 1);
    QCOMPARE(report.counts.seriesImported, 0);
    QCOMPARE(test::rowCount(m_db, QStringLiteral("instances")), m_instances);
    QCOMPARE(test::rowCount(m_db, QStringLiteral("cases")), 2);
    QVERIFY(test::scalar(m_db, QStringLiteral("SELECT updated_at FROM series ORDER BY id LIMIT 1"))
                .toString() != updatedBefore);
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT mtime_ms FROM instances WHERE file_path "
                                               "LIKE '%/s1/IM0005.dcm'"))
                 .toLongLong(),
             later.toMSecsSinceEpoch());
    const CaseRepository cases(m_db);
    const CachedVolume rebuilt = cases.volumeFor(caseId(QStringLiteral("ACC001")));
    QVERIFY(test::sameVoxels(rebuilt.volume, test::testVolume({32, 32, 10}, 1)));
}

void TestImport::unmatchedDocumentRowIsReported() {
    const QString path = m_dir.filePath(QStringLiteral("extra-documents.json"));
    QVERIFY(test::writeText(path, QStringLiteral(R"({"format": "brainmd-documents", "version": 1,
 "documents": [
  {"accession_number": "ACC002", "kind": "demographics", "fields": {"sex": "F"}},
  {"accession_number": "NOPE", "kind": "report", "text": "Lost report."},
  {"patient_id": "NOBODY", "kind": "ehr", "text": "Lost record."}
 ]})")));
    ImportOptions options;
    options.documentFiles = {path};
    const ImportReport report = runImport({}, options);
    QCOMPARE(report.counts.documentsLinked, 1);
    QCOMPARE(report.unmatchedRows.size(), std::size_t(2));
    QCOMPARE(report.unmatchedRows.at(0).path, path);
    QCOMPARE(report.unmatchedRows.at(0).row, 2);
    QVERIFY(report.unmatchedRows.at(0).reason.contains(QLatin1String("NOPE")));
    QCOMPARE(report.unmatchedRows.at(1).row, 3);
    QVERIFY(!report.unmatchedRows.at(1).reason.contains(QLatin1String("NOBODY")));
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT count(*) FROM documents WHERE kind = "
                                               "'demographics'"))
                 .toInt(),
             1);
}

void TestImport::labelFileReimportReplacesRows() {
    QVERIFY(test::writeText(dataDir() + QStringLiteral("/labels.json"),
                            kLabels.arg(QStringLiteral("no"))));
    const ImportReport report = runImport({dataDir()});
    QCOMPARE(report.counts.labelsLinked, 3);
    QCOMPARE(test::rowCount(m_db, QStringLiteral("labels")), 3);
    QCOMPARE(test::rowCount(m_db, QStringLiteral("label_sources")), 1);
    const qint64 c1 = caseId(QStringLiteral("ACC001"));
    QVERIFY(c1 != 0);
    bool found = false;
    for (const StoredLabel &label : LabelRepository(m_db).labelsForCase(c1)) {
        if (label.questionId == QLatin1String("lesion_present")) {
            QCOMPARE(label.answer, QStringLiteral("no"));
            found = true;
        }
    }
    QVERIFY(found);
}

// Each row is checked against its case and the task pack and refused on its own with its
// row number: an index past the last slice is never clamped onto the edge slice, a question
// the pack does not ask and an answer that is not an option never reach the scorer.
void TestImport::refusesRowsThatDoNotFitCaseOrPack() {
    Database db;
    QCOMPARE(db.open(m_dir.filePath(QStringLiteral("checks.db"))), QString());
    const QString labels = m_dir.filePath(QStringLiteral("checks/labels.csv"));
    const QString references = m_dir.filePath(QStringLiteral("checks/references.csv"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("checks"))));
    QVERIFY(test::writeText(labels, QStringLiteral("accession_number,question,answer\n"
                                                   "ACC001,lesion_present,Present\n"
                                                   "ACC001,laterality,left\n"
                                                   "ACC001,lesion_side,up\n"
                                                   "ACC002,oedema,NO\n")));
    QVERIFY(test::writeText(references, QStringLiteral("accession_number,view,index\n"
                                                       "ACC001,axial,9\n"
                                                       "ACC001,axial,10\n"
                                                       "ACC002,coronal,99999\n"
                                                       "ACC002,sagittal,31\n")));
    ImportOptions options;
    options.labelFiles = {labels};
    options.referenceFiles = {references};
    const ImportReport report =
        ImportService(borrowedStorage(db)).import({dataDir()}, options, nullptr);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QStringList reasons;
    for (const FileProblem &problem : report.problems)
        reasons << problem.reason;
    QCOMPARE(reasons,
             (QStringList{
                 QStringLiteral("row 3: question 'laterality' is not in task pack "
                                "brainbench-default (lesion_present, lesion_side, lesion_lobe, "
                                "enhancement, oedema, mass_effect, size_class, imaging_plane); "
                                "the row is refused"),
                 QStringLiteral("row 4: answer 'up' to lesion_side is not one of its options "
                                "(left, right, none); the row is refused"),
                 QStringLiteral("row 3: axial slice 10 does not exist in case ACC001, which has "
                                "10 axial slices (0 to 9); the row is refused"),
                 QStringLiteral("row 4: coronal slice 99999 does not exist in case ACC002, which "
                                "has 32 coronal slices (0 to 31); the row is refused")}));
    QCOMPARE(report.counts.labelsLinked, 3 + 2); // the manifest's three and two of four
    QCOMPARE(report.counts.referenceSlicesLinked, 2 + 2);
    // A synonym and another case are stored as the option the scorer compares with.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT group_concat(answer, ',') FROM (SELECT "
                                             "l.answer FROM labels l JOIN label_sources s ON "
                                             "s.id = l.source_id WHERE s.name = 'labels' ORDER "
                                             "BY l.source_row)"))
                 .toString(),
             QStringLiteral("yes,no"));
    QCOMPARE(
        test::scalar(db, QStringLiteral("SELECT max(slice_index) FROM reference_slices")).toInt(),
        31);
}

void TestImport::listFiltersCases_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("all") << QString() << QString()
                         << QStringList{QStringLiteral("ACC001"), QStringLiteral("ACC002")};
    QTest::newRow("accession") << QStringLiteral("acc002") << QString()
                               << QStringList{QStringLiteral("ACC002")};
    QTest::newRow("description") << QStringLiteral("T1 axial") << QString()
                                 << QStringList{QStringLiteral("ACC001"), QStringLiteral("ACC002")};
    QTest::newRow("like wildcard is literal")
        << QStringLiteral("ACC_01") << QString() << QStringList{};
    QTest::newRow("status") << QString() << QStringLiteral("done")
                            << QStringList{QStringLiteral("ACC002")};
    QTest::newRow("text and status")
        << QStringLiteral("ACC001") << QStringLiteral("done") << QStringList{};
}

void TestImport::listFiltersCases() {
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(QStringList, keys);
    const CaseRepository cases(m_db);
    const qint64 id = caseId(QStringLiteral("ACC002"));
    QCOMPARE(cases.setStatus(id, QStringLiteral("done")), QString());
    QVERIFY(!cases.setStatus(id, QStringLiteral("bogus")).isEmpty());
    QStringList found;
    for (const CaseSummary &c : cases.list({text, status}))
        found.append(c.caseKey);
    QCOMPARE(found, keys);
}

void TestImport::studyWithSeveralSeriesGetsSeriesKeys() {
    const QString folder = m_dir.filePath(QStringLiteral("multi"));
    QCOMPARE(test::writeTestSeries({QStringLiteral("P3"), QStringLiteral("ACC003"), 3, 3, 3},
                                   folder + QStringLiteral("/a")),
             QString());
    QVERIFY(runImport({folder}).problems.empty());
    const CaseRepository cases(m_db);
    const std::optional<CaseSummary> first = cases.caseByKey(QStringLiteral("ACC003"));
    QVERIFY(first.has_value());
    QCOMPARE(test::writeTestSeries({QStringLiteral("P3"), QStringLiteral("ACC003"), 3, 7, 4},
                                   folder + QStringLiteral("/b")),
             QString());
    const ImportReport report = runImport({folder});
    QCOMPARE(report.counts.seriesImported, 1);
    QCOMPARE(report.counts.filesUnchanged, 10);
    QVERIFY(!cases.caseByKey(QStringLiteral("ACC003")).has_value());
    const std::optional<CaseSummary> renamed = cases.caseByKey(QStringLiteral("ACC003-s3"));
    QVERIFY(renamed.has_value());
    QCOMPARE(renamed->id, first->id); // the case keeps its id, so its links survive
    QVERIFY(cases.caseByKey(QStringLiteral("ACC003-s7")).has_value());
}

void TestImport::missingAccessionFallsBackToStudyUid() {
    const QString folder = m_dir.filePath(QStringLiteral("noaccession"));
    QCOMPARE(test::writeTestSeries({QStringLiteral("P4"), QString(), 4, 1, 5}, folder), QString());
    QVERIFY(runImport({folder}).problems.empty());
    QVERIFY(CaseRepository(m_db).caseByKey(test::studyUid(4)).has_value());
}

void TestImport::answersAreAppendOnly() {
    const qint64 id = caseId(QStringLiteral("ACC001"));
    QVERIFY(id != 0);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO readers (name, role, created_at) VALUES "
                                  "('dr b', 'reader', 'now')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO answers (reader_id, case_id, question_id, value, "
                                  "created_at) VALUES (1, %1, 'lesion_present', 'yes', 'now')")
                       .arg(id)));
    QVERIFY(!q.exec(QStringLiteral("UPDATE answers SET value = 'no'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM answers")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO answers (reader_id, case_id, question_id, "
                                   "created_at) VALUES (1, 999999, 'x', 'now')"))); // FK
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT value FROM answers")).toString(),
             QStringLiteral("yes"));
}

void TestImport::cancelKeepsCommittedSeries() {
    Database db;
    QCOMPARE(db.open(m_dir.filePath(QStringLiteral("cancel.db"))), QString());
    CancelAt cancel(QStringLiteral("Importing series 2"));
    const ImportReport cancelled =
        ImportService(borrowedStorage(db)).import({dataDir()}, {}, &cancel);
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.counts.seriesImported, 1);
    QCOMPARE(test::rowCount(db, QStringLiteral("series")), 1);
    QCOMPARE(test::rowCount(db, QStringLiteral("instances")), 10);
    QCOMPARE(test::rowCount(db, QStringLiteral("documents")), 0);
    const ImportReport resumed =
        ImportService(borrowedStorage(db)).import({dataDir()}, {}, nullptr);
    QVERIFY(!resumed.cancelled);
    QCOMPARE(resumed.counts.filesUnchanged, 10);
    QCOMPARE(resumed.counts.seriesImported, 1);
    QCOMPARE(test::rowCount(db, QStringLiteral("cases")), 2);
    QCOMPARE(test::rowCount(db, QStringLiteral("labels")), 3);
}

// An import killed while writing a cache file leaves its temporary file behind; the next
// open removes it, but not the temporary file of a process that is still writing.
void TestImport::abandonedCacheWritesAreSweptOnOpen() {
    const QString path = m_dir.filePath(QStringLiteral("sweep.db"));
    {
        Database db;
        QCOMPARE(db.open(path), QString());
        QVERIFY(QDir().mkpath(db.cacheDir() + QStringLiteral("/volumes")));
    }
    const QString volumes = path + QStringLiteral(".cache/volumes/");
    // pid_max on Linux is at most 2^22: this process cannot exist.
    const QString abandoned = volumes + QStringLiteral(".abc.nii.tmp99999999-0.nii.gz");
    const QString running =
        volumes + QStringLiteral(".def.nii.tmp%1-0.nii.gz").arg(QCoreApplication::applicationPid());
    const QString unrelated = volumes + QStringLiteral("abc.nii.gz");
    for (const QString &file : {abandoned, running, unrelated})
        QVERIFY(test::writeText(file, QStringLiteral("partial")));
    Database db;
    QCOMPARE(db.open(path), QString());
    QVERIFY(!QFile::exists(abandoned));
    QVERIFY(QFile::exists(running));
    QVERIFY(QFile::exists(unrelated));
}

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
