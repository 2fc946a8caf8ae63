// DICOM written by writeDicomSeries and read back: voxels, geometry, transfer syntaxes,
// enhanced multi-frame, slice order, determinism, acceptance by dcm2niix.

#include "DicomTestUtil.h"

#include "io/nifti/NiftiIO.h"

#include <QDir>

#include <Eigen/Geometry>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;
using namespace brainmd::test;

Q_DECLARE_METATYPE(Eigen::Matrix3d)
Q_DECLARE_METATYPE(brainmd::DicomTransferSyntax)

namespace {

AssembledVolume readBack(const QString &folder, int expectedGroups = 1) {
    const Imported imported = importFolder(folder);
    if (!imported.scan.problems.empty())
        qWarning() << imported.scan.problems.front().path << imported.scan.problems.front().reason;
    if (static_cast<int>(imported.groups.size()) != expectedGroups)
        return {};
    return assembleVolume(imported.groups.front(), nullptr);
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDicomRoundTrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orientations_data();
    void orientations();
    void transferSyntaxes_data();
    void transferSyntaxes();
    void enhancedMultiFrame_data();
    void enhancedMultiFrame();
    void sortedByPositionNotByNameOrInstance();
    void sameInputSameBytes_data();
    void sameInputSameBytes();
    void acceptedByDcm2niix();
};

void TestDicomRoundTrip::orientations_data() {
    QTest::addColumn<Eigen::Matrix3d>("direction");
    Eigen::Matrix3d sagittal;
    // rows run anterior→posterior, columns head→feet, slices right→left.
    sagittal.col(0) = Eigen::Vector3d(0, 1, 0);
    sagittal.col(1) = Eigen::Vector3d(0, 0, -1);
    sagittal.col(2) = sagittal.col(0).cross(sagittal.col(1));
    QTest::newRow("axial") << Eigen::Matrix3d(Eigen::Matrix3d::Identity());
    QTest::newRow("sagittal") << sagittal;
    QTest::newRow("oblique 15° about x and y") << rotation(15, 15);
    QTest::newRow("oblique 12°, -17°, 8°") << rotation(12, -17, 8);
}

void TestDicomRoundTrip::orientations() {
    QFETCH(Eigen::Matrix3d, direction);
    QTemporaryDir dir;
    const Volume written = syntheticVolume({13, 11, 7}, Eigen::Vector3d(0.9, 1.1, 2.5),
                                           Eigen::Vector3d(-91.25, 120.5, -33.125), direction);
    QCOMPARE(writeDicomSeries(written, metadata(), dir.path()), QString());
    const AssembledVolume read = readBack(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(read.volume.type(), VoxelType::Int16);
    QCOMPARE(read.volume.geometry().dims, written.geometry().dims);
    QVERIFY(sameVoxels(read.volume, written));
    QVERIFY(cornerDistance(read.volume.geometry(), written.geometry()) < 1e-4);
    QVERIFY((read.volume.geometry().direction - direction).cwiseAbs().maxCoeff() < 1e-6);
    QVERIFY(read.volume.headerWindow.has_value());
    QCOMPARE(read.volume.headerWindow->center, 400.0);
    QCOMPARE(read.volume.headerWindow->width, 1200.0);
    QCOMPARE(read.volume.description, QStringLiteral("T1 synthetic"));
}

void TestDicomRoundTrip::transferSyntaxes_data() {
    QTest::addColumn<DicomTransferSyntax>("syntax");
    QTest::addColumn<QString>("uid");
    QTest::newRow("explicit little")
        << DicomTransferSyntax::ExplicitLittle << "1.2.840.10008.1.2.1";
    QTest::newRow("implicit little") << DicomTransferSyntax::ImplicitLittle << "1.2.840.10008.1.2";
    QTest::newRow("explicit big") << DicomTransferSyntax::ExplicitBig << "1.2.840.10008.1.2.2";
    QTest::newRow("jpeg lossless") << DicomTransferSyntax::JpegLossless << "1.2.840.10008.1.2.4.70";
    QTest::newRow("jpeg-ls") << DicomTransferSyntax::JpegLs << "1.2.840.10008.1.2.4.80";
    QTest::newRow("jpeg 2000") << DicomTransferSyntax::Jpeg2000 << "1.2.840.10008.1.2.4.90";
    QTest::newRow("rle") << DicomTransferSyntax::Rle << "1.2.840.10008.1.2.5";
}

void TestDicomRoundTrip::transferSyntaxes() {
    QFETCH(DicomTransferSyntax, syntax);
    QFETCH(QString, uid);
    QTemporaryDir dir;
    const Volume written = syntheticVolume({17, 12, 5}, Eigen::Vector3d(1.0, 1.0, 3.0),
                                           Eigen::Vector3d(10, -20, 30), rotation(15, 10));
    DicomWriteOptions options;
    options.transferSyntax = syntax;
    QCOMPARE(writeDicomSeries(written, metadata(), dir.path(), options), QString());
    const Imported imported = importFolder(dir.path());
    QCOMPARE(imported.scan.images.size(), std::size_t(5));
    QCOMPARE(imported.scan.images.front().transferSyntaxUid, uid);
    const AssembledVolume read = readBack(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.problems.empty());
    QVERIFY(sameVoxels(read.volume, written));
    QVERIFY(cornerDistance(read.volume.geometry(), written.geometry()) < 1e-4);
}

void TestDicomRoundTrip::enhancedMultiFrame_data() {
    transferSyntaxes_data();
}

void TestDicomRoundTrip::enhancedMultiFrame() {
    QFETCH(DicomTransferSyntax, syntax);
    QTemporaryDir dir;
    const Volume written = syntheticVolume({14, 9, 6}, Eigen::Vector3d(0.8, 0.8, 1.5),
                                           Eigen::Vector3d(-5, 7, -9), rotation(-15, 20));
    DicomWriteOptions options;
    options.transferSyntax = syntax;
    options.enhancedMultiFrame = true;
    QCOMPARE(writeDicomSeries(written, metadata(), dir.path(), options), QString());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    const Imported imported = importFolder(dir.path());
    QCOMPARE(imported.scan.images.size(), std::size_t(1));
    QCOMPARE(imported.scan.images.front().frames, 6);
    QCOMPARE(imported.scan.images.front().sopClassUid,
             QStringLiteral("1.2.840.10008.5.1.4.1.1.4.1"));
    const AssembledVolume read = readBack(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
    QVERIFY(sameVoxels(read.volume, written));
    QVERIFY(cornerDistance(read.volume.geometry(), written.geometry()) < 1e-4);
    QVERIFY(read.volume.headerWindow.has_value());
}

void TestDicomRoundTrip::sortedByPositionNotByNameOrInstance() {
    QTemporaryDir dir;
    const Volume written = syntheticVolume({8, 6, 9}, Eigen::Vector3d(1, 1, 2),
                                           Eigen::Vector3d(0, 0, 0), rotation(0, 15));
    QCOMPARE(writeDicomSeries(written, metadata(), dir.path()), QString());
    // Slice k gets file name and instance number from a scrambled order.
    const int scramble[9] = {4, 8, 1, 6, 0, 3, 7, 2, 5};
    QDir folder(dir.path());
    for (int k = 0; k < 9; ++k) {
        const QString from = folder.filePath(QString::asprintf("IM%04d.dcm", k + 1));
        QVERIFY(setTags(
            from, {{0x0020, 0x0013, QStringLiteral("IS"), QString::number(9 - scramble[k])}}));
        QVERIFY(QFile::rename(from, folder.filePath(QString::asprintf("S%d_tmp", scramble[k]))));
    }
    const AssembledVolume read = readBack(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(sameVoxels(read.volume, written));
    QVERIFY(cornerDistance(read.volume.geometry(), written.geometry()) < 1e-4);
}

void TestDicomRoundTrip::sameInputSameBytes_data() {
    QTest::addColumn<DicomTransferSyntax>("syntax");
    QTest::addColumn<bool>("enhanced");
    QTest::newRow("classic explicit") << DicomTransferSyntax::ExplicitLittle << false;
    QTest::newRow("classic jpeg 2000") << DicomTransferSyntax::Jpeg2000 << false;
    QTest::newRow("enhanced jpeg-ls") << DicomTransferSyntax::JpegLs << true;
    QTest::newRow("enhanced rle") << DicomTransferSyntax::Rle << true;
}

void TestDicomRoundTrip::sameInputSameBytes() {
    QFETCH(DicomTransferSyntax, syntax);
    QFETCH(bool, enhanced);
    QTemporaryDir a, b;
    const Volume volume = syntheticVolume({10, 10, 4}, Eigen::Vector3d(1, 1, 1),
                                          Eigen::Vector3d(1, 2, 3), rotation(5, 5));
    DicomWriteOptions options;
    options.transferSyntax = syntax;
    options.enhancedMultiFrame = enhanced;
    QCOMPARE(writeDicomSeries(volume, metadata(), a.path(), options), QString());
    QCOMPARE(writeDicomSeries(volume, metadata(), b.path(), options), QString());
    const QStringList names = QDir(a.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, QDir(b.path()).entryList(QDir::Files, QDir::Name));
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        const QByteArray first = fileBytes(QDir(a.path()).filePath(name));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, fileBytes(QDir(b.path()).filePath(name)));
    }
}

void TestDicomRoundTrip::acceptedByDcm2niix() {
    const QString dcm2niix = QStandardPaths::findExecutable(QStringLiteral("dcm2niix"));
    if (dcm2niix.isEmpty())
        QSKIP("dcm2niix is not installed");
    QTemporaryDir dir, out;
    const Volume volume = syntheticVolume({20, 16, 12}, Eigen::Vector3d(0.9, 1.0, 2.0),
                                          Eigen::Vector3d(-9, 8, 7), rotation(15, 15));
    QCOMPARE(writeDicomSeries(volume, metadata(), dir.path()), QString());
    QProcess process;
    process.start(dcm2niix,
                  {QStringLiteral("-z"), QStringLiteral("y"), QStringLiteral("-f"),
                   QStringLiteral("converted"), QStringLiteral("-o"), out.path(), dir.path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString nifti = QDir(out.path()).filePath(QStringLiteral("converted.nii.gz"));
    QVERIFY2(QFile::exists(nifti), process.readAllStandardOutput().constData());
    const NiftiReadResult read = readNifti(nifti);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.volume.voxelCount(), volume.voxelCount());
    QCOMPARE(read.volume.nz(), volume.nz());
    // dcm2niix may flip rows; the set of grid corners must still match.
    const Geometry &g = volume.geometry();
    const Geometry &h = read.volume.geometry();
    for (int corner = 0; corner < 8; ++corner) {
        Eigen::Vector3d index;
        for (int axis = 0; axis < 3; ++axis)
            index[axis] = (corner >> axis & 1) ? g.dims[static_cast<std::size_t>(axis)] - 1 : 0;
        const Eigen::Vector3d p = g.origin + g.direction * g.spacing.asDiagonal() * index;
        double nearest = 1e9;
        for (int other = 0; other < 8; ++other) {
            Eigen::Vector3d j;
            for (int axis = 0; axis < 3; ++axis)
                j[axis] = (other >> axis & 1) ? h.dims[static_cast<std::size_t>(axis)] - 1 : 0;
            nearest =
                std::min(nearest, (h.origin + h.direction * h.spacing.asDiagonal() * j - p).norm());
        }
        QVERIFY2(nearest < 1e-3, qPrintable(QString::number(nearest)));
    }
}

QTEST_GUILESS_MAIN(TestDicomRoundTrip)
#include "TestDicomRoundTrip.moc"
