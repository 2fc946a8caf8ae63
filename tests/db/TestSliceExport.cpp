// Representative slices leave the workstation as 2D NIfTI that keep their place in the
// patient, and as DICOM Key Object Selection documents ("Best In Set") that flag the
// acquired image a PACS viewer will show.

#include "DbTestData.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SqlStudyStorage.h"
#include "io/dicom/InstanceFrames.h"
#include "io/nifti/NiftiIO.h"
#include "workflows/ImportService.h"
#include "workflows/SliceExportService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace brainmd;

namespace {

constexpr int kAxial = 4;
constexpr int kCoronal = 7;

OFString findString(DcmDataset &data, const DcmTagKey &tag) {
    OFString value;
    data.findAndGetOFString(tag, value, 0, OFTrue);
    return value;
}

} // namespace

class TestSliceExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void niftiSlicesKeepTheirPlace_data();
    void niftiSlicesKeepTheirPlace();
    void keyObjectFlagsTheAcquiredSlice();
    void sourcesAreParsed_data();
    void sourcesAreParsed();
    void unknownReaderIsAnError();
    void caseKeysBecomeSafeFileNames();

private:
    SliceExportReport runExport(const QString &folder, bool nifti, bool kos);

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_case = 0;
    Volume m_ras;
};

void TestSliceExport::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QCOMPARE(test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("EXP1"), 1, 1, 1}, data),
             QString());
    QCOMPARE(m_db.open(m_dir.filePath(QStringLiteral("cases.db"))), QString());
    QVERIFY(ImportService(borrowedStorage(m_db)).import({data}, {}, nullptr).problems.empty());
    const auto found = CaseRepository(m_db).caseByKey(QStringLiteral("EXP1"));
    QVERIFY(found.has_value());
    m_case = found->id;
    const CachedVolume cached = CaseRepository(m_db).volumeFor(m_case);
    QVERIFY2(cached.ok(), qPrintable(cached.error));
    m_ras = reorientToRas(cached.volume);

    const auto alice =
        ReaderRepository(m_db).ensureReader(QStringLiteral("alice"), QStringLiteral("reader"));
    QVERIFY(alice.has_value());
    const AnnotationRepository marks(m_db);
    QVERIFY(marks.addMark({alice->id, 0}, m_case, View::Axial, kAxial, 0.0) > 0);
    QVERIFY(marks.addMark({alice->id, 0}, m_case, View::Coronal, kCoronal, 0.0) > 0);
}

SliceExportReport TestSliceExport::runExport(const QString &folder, bool nifti, bool kos) {
    QString error;
    const auto source = SliceSource::parse(QStringLiteral("reader:alice"), &error);
    SliceExportOptions options;
    options.outDir = m_dir.filePath(folder);
    options.nifti = nifti;
    options.kos = kos;
    return exportSlices(*borrowedStorage(m_db), *source, {m_case}, options, nullptr);
}

void TestSliceExport::niftiSlicesKeepTheirPlace_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("index");
    QTest::newRow("axial") << int(View::Axial) << kAxial;
    QTest::newRow("coronal") << int(View::Coronal) << kCoronal;
}

void TestSliceExport::niftiSlicesKeepTheirPlace() {
    QFETCH(int, view);
    QFETCH(int, index);
    const SliceExportReport report = runExport(QStringLiteral("nifti"), true, false);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.cases, 1);
    const QString name = QString::fromLatin1(viewName(View(view)));
    const QString path = m_dir.filePath(QStringLiteral("nifti/EXP1/EXP1_%1.nii.gz").arg(name));
    QVERIFY(report.files.contains(path));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nifti/EXP1/EXP1_sagittal.nii.gz"))));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("nifti/EXP1"))) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const NiftiReadResult read = readNifti(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    const Volume &slice = read.volume;
    const int axis = viewAxis(View(view));
    const int u = axis == 0 ? 1 : 0;
    const int v = axis == 2 ? 1 : 2;
    QCOMPARE(slice.nz(), 1);
    QCOMPARE(slice.nx(), m_ras.geometry().dims[std::size_t(u)]);
    QCOMPARE(slice.ny(), m_ras.geometry().dims[std::size_t(v)]);
    for (int b = 0; b < slice.ny(); ++b) {
        for (int a = 0; a < slice.nx(); ++a) {
            Eigen::Vector3d at;
            at[axis] = index;
            at[u] = a;
            at[v] = b;
            QCOMPARE(slice.valueAt(a, b, 0), m_ras.valueAt(int(at[0]), int(at[1]), int(at[2])));
            // Same place in the patient as the voxel it came from.
            const Eigen::Vector3d there =
                slice.geometry().indexToLpsPoint({double(a), double(b), 0});
            QVERIFY((there - m_ras.geometry().indexToLpsPoint(at)).norm() < 1e-3);
        }
    }
    QFile manifestFile(m_dir.filePath(QStringLiteral("nifti/brainmd-select.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("brainmd-select"));
    QCOMPARE(manifest.value(QStringLiteral("source")).toString(), QStringLiteral("reader:alice"));
    QCOMPARE(manifest.value(QStringLiteral("slices")).toArray().size(), 2);
}

void TestSliceExport::keyObjectFlagsTheAcquiredSlice() {
    const SliceExportReport report = runExport(QStringLiteral("kos"), false, true);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    // The series is axial: the coronal mark is a reformat no key object can point at.
    QCOMPARE(report.notes.size(), 1);
    QVERIFY(report.notes.first().contains(QStringLiteral("coronal")));
    const QString path = m_dir.filePath(QStringLiteral("kos/EXP1/EXP1_best-in-set.dcm"));
    QVERIFY(report.files.contains(path));

    // The instance that was acquired in the plane of RAS axial slice kAxial.
    QStringList problems;
    const std::vector<InstanceFrame> frames =
        readInstanceFrames(QDir(m_dir.filePath(QStringLiteral("data")))
                               .entryList({QStringLiteral("*.dcm")})
                               .replaceInStrings(QRegularExpression(QStringLiteral("^")),
                                                 m_dir.filePath(QStringLiteral("data/"))),
                           &problems);
    QVERIFY(problems.isEmpty());
    const Geometry &g = m_ras.geometry();
    const Eigen::Vector3d point = g.indexToLpsPoint({0.0, 0.0, double(kAxial)});
    const InstanceFrame *expected = frameOnPlane(frames, point, g.direction.col(2), 0.1);
    QVERIFY(expected != nullptr);

    DcmFileFormat file;
    QVERIFY(file.loadFile(QFile::encodeName(path).constData()).good());
    DcmDataset &data = *file.getDataset();
    QCOMPARE(findString(data, DCM_SOPClassUID), OFString("1.2.840.10008.5.1.4.1.1.88.59"));
    QCOMPARE(findString(data, DCM_CodeValue), OFString("113013")); // the document title
    QCOMPARE(findString(data, DCM_StudyInstanceUID),
             OFString(expected->file.studyInstanceUid.toLatin1().constData()));
    QCOMPARE(findString(data, DCM_ReferencedSOPInstanceUID),
             OFString(expected->file.sopInstanceUid.toLatin1().constData()));
}

void TestSliceExport::sourcesAreParsed_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("label");
    QTest::newRow("reader") << QStringLiteral("reader:alice") << true
                            << QStringLiteral("reader:alice");
    QTest::newRow("consensus") << QStringLiteral("consensus") << true
                               << QStringLiteral("consensus");
    QTest::newRow("method") << QStringLiteral("method:votemi") << true
                            << QStringLiteral("method:votemi");
    QTest::newRow("reader without name") << QStringLiteral("reader:") << false << QString();
    QTest::newRow("unknown kind") << QStringLiteral("model:gpt") << false << QString();
}

void TestSliceExport::sourcesAreParsed() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, label);
    QString error;
    const auto source = SliceSource::parse(text, &error);
    QCOMPARE(source.has_value(), valid);
    if (valid)
        QCOMPARE(source->label(), label);
    else
        QVERIFY(error.contains(text));
}

void TestSliceExport::unknownReaderIsAnError() {
    QString error;
    const auto source = SliceSource::parse(QStringLiteral("reader:nobody"), &error);
    SliceExportOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("none"));
    const SliceExportReport report =
        exportSlices(*borrowedStorage(m_db), *source, {}, options, nullptr);
    QVERIFY(report.error.contains(QStringLiteral("nobody")));
    QVERIFY(report.files.isEmpty());
}

void TestSliceExport::caseKeysBecomeSafeFileNames() {
    QCOMPARE(safeFileName(QStringLiteral("BMD-0001_a.b")), QStringLiteral("BMD-0001_a.b"));
    QCOMPARE(safeFileName(QStringLiteral("../../etc/passwd")),
             QStringLiteral("_._.._etc_passwd") /* no separator left */);
    QCOMPARE(safeFileName(QStringLiteral("a b/c\\d")), QStringLiteral("a_b_c_d"));
    QCOMPARE(safeFileName(QString()), QStringLiteral("_"));
}

QTEST_GUILESS_MAIN(TestSliceExport)
#include "TestSliceExport.moc"
