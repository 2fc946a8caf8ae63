// DICOM SEG objects come in as lesion truth: placed on the series they reference,
// reference slices from their largest cross-section, label map in the cache, unusable
// ones refused with the reason while the rest of the import goes on.

#include "DbTestData.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/DatabaseMaintenance.h"
#include "db/ReferenceSliceRepository.h"
#include "db/SegmentationRepository.h"
#include "db/SqlStudyStorage.h"
#include "io/seg/DicomSegmentation.h"
#include "volume/LargestCrossSection.h"
#include "workflows/CaseVolumes.h"
#include "workflows/ImportService.h"

#include <QDir>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace brainmd;

namespace {

const test::TestSeries kSeries{QStringLiteral("P1"), QStringLiteral("ACC001"), 1, 1, 1,
                               {32, 32, 10}};
const test::TestSeries kOtherSeries{QStringLiteral("P2"), QStringLiteral("ACC002"), 2, 1, 2,
                                    {32, 32, 10}};

/// A label map on the test series' grid: a 5 × 4 block of segment 1 on slices 3..5 (the
/// largest on slice 4: 6 × 4) and three voxels of segment 2 on slice 7.
Volume testLabels() {
    Volume labels(test::testVolume(kSeries.dims, kSeries.seed).geometry(), VoxelType::Int16);
    std::int16_t *v = labels.int16Data();
    for (int k = 3; k <= 5; ++k)
        for (int j = 10; j < 14; ++j)
            for (int i = 8; i < (k == 4 ? 14 : 13); ++i)
                v[labels.linearIndex(i, j, k)] = 1;
    for (int i = 20; i < 23; ++i)
        v[labels.linearIndex(i, 20, 7)] = 2;
    return labels;
}

std::vector<SegmentDescription> testSegments() {
    SegmentDescription lesion;
    lesion.number = 1;
    lesion.label = QStringLiteral("Lesion");
    lesion.rgb = {230, 70, 40};
    SegmentDescription oedema;
    oedema.number = 2;
    oedema.label = QStringLiteral("Oedema");
    oedema.rgb = {60, 120, 230};
    return {lesion, oedema};
}

SegmentationSource sourceFor(const test::TestSeries &series, const QString &segSuffix) {
    SegmentationSource source;
    source.patientName = QStringLiteral("Test^Patient%1").arg(series.patientId);
    source.patientId = series.patientId;
    source.studyInstanceUid = test::studyUid(series.studyIndex);
    source.studyDate = QStringLiteral("20240102");
    source.studyTime = QStringLiteral("101500");
    source.accessionNumber = series.accession;
    source.referencedSeriesInstanceUid = test::seriesUid(series);
    source.frameOfReferenceUid =
        QStringLiteral("1.2.826.0.1.3680043.10.1234.3.%1").arg(series.studyIndex);
    for (int k = 0; k < series.dims[2]; ++k)
        source.referencedSopInstanceUids.append(test::sopUid(series, k));
    source.segSeriesInstanceUid = test::seriesUid(series) + QStringLiteral(".77") + segSuffix;
    source.segSopInstanceUid = test::seriesUid(series) + QStringLiteral(".78") + segSuffix;
    source.contentDate = QStringLiteral("20240103");
    source.contentTime = QStringLiteral("120000");
    return source;
}

qint64 nonZero(const Volume &v) {
    qint64 n = 0;
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        n += v.valueAt(i) != 0.0f ? 1 : 0;
    return n;
}

} // namespace

class TestImportSegmentation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void segBecomesLesionTruth();
    void reimportChangesNothing();
    void damagedLabelMapIsNamedThenRebuilt();
    void unusableSegsAreRefusedWithReason();

private:
    ImportReport runImport(const QStringList &paths) {
        return ImportService(borrowedStorage(m_db)).import(paths, {}, nullptr);
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    Database m_db;
};

void TestImportSegmentation::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString folder = dataDir() + QStringLiteral("/s1");
    QCOMPARE(test::writeTestSeries(kSeries, folder), QString());
    QCOMPARE(writeSegmentation(folder + QStringLiteral("/SEG0001.dcm"), testLabels(),
                               testSegments(), sourceFor(kSeries, QString())),
             QString());
    QCOMPARE(m_db.open(m_dir.filePath(QStringLiteral("cases.db"))), QString());
}

void TestImportSegmentation::segBecomesLesionTruth() {
    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.seriesImported, 1);
    QCOMPARE(report.counts.segmentationsLinked, 1);
    QCOMPARE(report.counts.filesSeen, 11); // 10 slices and the SEG, none unusable
    QVERIFY(report.summary().contains(QStringLiteral("DICOM SEG")));

    const std::vector<CaseSummary> cases = CaseRepository(m_db).list();
    QCOMPARE(cases.size(), std::size_t(1));
    const qint64 caseId = cases.front().id;

    // The label map comes back on the image's RAS grid with both segments and the colours.
    const CaseRepository catalog(m_db);
    const RasCase image = loadRasCase(catalog, caseId);
    const RasLabelMap mask = loadRasLabelMap(catalog, caseId);
    QVERIFY2(mask.present && mask.error.isEmpty(), qPrintable(mask.error));
    QVERIFY(mask.labels.geometry().sameGrid(image.volume.geometry()));
    QCOMPARE(nonZero(mask.labels), nonZero(testLabels()));
    QCOMPARE(mask.segments.size(), std::size_t(2));
    QCOMPARE(mask.segments[1].label, QStringLiteral("Oedema"));

    // Reference slices of the source "DICOM SEG": the largest cross-section per view.
    const CrossSections expected = largestCrossSections(testLabels());
    const std::vector<StoredReferenceSlice> slices =
        ReferenceSliceRepository(m_db).slicesForCase(caseId);
    int found = 0;
    for (const StoredReferenceSlice &slice : slices) {
        if (slice.sourceName != SegmentationRepository::referenceSourceName())
            continue;
        ++found;
        const auto v = static_cast<std::size_t>(slice.view);
        QCOMPARE(slice.sliceIndex, expected.slice[v]);
        // The cache keeps the geometry in single precision (NIfTI qform).
        QVERIFY(std::abs(slice.positionMm - expected.positionMm[v]) < 1e-4);
    }
    QCOMPARE(found, 3);
    QCOMPARE(expected.voxels[static_cast<std::size_t>(View::Axial)], 24L);
}

void TestImportSegmentation::reimportChangesNothing() {
    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.seriesImported + report.counts.seriesUpdated, 0);
    QCOMPARE(report.counts.segmentationsLinked, 0);
    QCOMPARE(report.counts.filesNew, 0);
    QCOMPARE(report.counts.filesUnchanged, 11);
    QCOMPARE(test::rowCount(m_db, QStringLiteral("segmentations")), 1);
}

void TestImportSegmentation::damagedLabelMapIsNamedThenRebuilt() {
    const std::vector<StoredSegmentation> stored = SegmentationRepository(m_db).all();
    QCOMPARE(stored.size(), std::size_t(1));
    QFile cached(QDir(m_db.cacheDir()).filePath(stored.front().cachePath));
    QVERIFY(cached.exists());
    QVERIFY(cached.resize(cached.size() / 2));

    QString checkError;
    const DatabaseCheckReport check = DatabaseMaintenance::check(m_db.path(), &checkError);
    QVERIFY2(checkError.isEmpty(), qPrintable(checkError));
    QCOMPARE(check.cacheProblems.size(), 1);
    QVERIFY2(check.cacheProblems.front().contains(QStringLiteral("SEG0001.dcm")),
             qPrintable(check.cacheProblems.front()));
    QVERIFY(!loadRasLabelMap(CaseRepository(m_db), stored.front().caseId).error.isEmpty());

    const ImportReport report = runImport({dataDir()});
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    QCOMPARE(report.counts.segmentationsLinked, 1);
    QVERIFY(DatabaseMaintenance::check(m_db.path(), &checkError).cacheProblems.isEmpty());
    const RasLabelMap mask = loadRasLabelMap(CaseRepository(m_db), stored.front().caseId);
    QCOMPARE(nonZero(mask.labels), nonZero(testLabels()));
}

void TestImportSegmentation::unusableSegsAreRefusedWithReason() {
    // A SEG of a series that is not imported, and one whose grid is not the series' grid;
    // both are refused by name while a new series in the same import comes in.
    const QString folder = m_dir.filePath(QStringLiteral("odd"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(writeSegmentation(folder + QStringLiteral("/orphan.dcm"), testLabels(), testSegments(),
                               sourceFor(kOtherSeries, QStringLiteral(".1"))),
             QString());
    Volume shifted = testLabels();
    Geometry moved = shifted.geometry();
    moved.spacing = Eigen::Vector3d(0.8, 0.8, 2.0);
    shifted.setGeometry(moved);
    QCOMPARE(writeSegmentation(folder + QStringLiteral("/misfit.dcm"), shifted, testSegments(),
                               sourceFor(kSeries, QStringLiteral(".2"))),
             QString());
    QCOMPARE(test::writeTestSeries({QStringLiteral("P3"), QStringLiteral("ACC003"), 3, 1, 3},
                                   folder + QStringLiteral("/s3")),
             QString());

    const ImportReport report = runImport({folder});
    QCOMPARE(report.counts.seriesImported, 1);
    QCOMPARE(report.counts.segmentationsLinked, 0);
    QCOMPARE(report.problems.size(), std::size_t(2));
    for (const FileProblem &problem : report.problems) {
        QVERIFY2(problem.reason.startsWith(QStringLiteral("DICOM SEG (lesion mask) not used")),
                 qPrintable(problem.reason));
        if (problem.path.endsWith(QStringLiteral("orphan.dcm")))
            QVERIFY2(problem.reason.contains(test::seriesUid(kOtherSeries)),
                     qPrintable(problem.reason));
        else
            QVERIFY2(problem.reason.contains(QStringLiteral("does not fit")),
                     qPrintable(problem.reason));
    }
    QCOMPARE(test::rowCount(m_db, QStringLiteral("segmentations")), 1);
}

QTEST_GUILESS_MAIN(TestImportSegmentation)
#include "TestImportSegmentation.moc"
