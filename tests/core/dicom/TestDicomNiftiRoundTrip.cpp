// DICOM → Volume → NIfTI → Volume keeps the geometry (within 1e-4 mm) and the voxels.

#include "DicomTestUtil.h"

#include "io/nifti/NiftiIO.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <Eigen/Geometry>

using namespace brainmd;
using namespace brainmd::test;

Q_DECLARE_METATYPE(Eigen::Matrix3d)

class TestDicomNiftiRoundTrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void geometryKept_data();
    void geometryKept();
};

void TestDicomNiftiRoundTrip::geometryKept_data() {
    QTest::addColumn<Eigen::Matrix3d>("direction");
    QTest::addColumn<QString>("fileName");
    Eigen::Matrix3d sagittal;
    sagittal.col(0) = Eigen::Vector3d(0, 1, 0);
    sagittal.col(1) = Eigen::Vector3d(0, 0, -1);
    sagittal.col(2) = sagittal.col(0).cross(sagittal.col(1));
    QTest::newRow("axial .nii") << Eigen::Matrix3d(Eigen::Matrix3d::Identity()) << "v.nii";
    QTest::newRow("sagittal .nii.gz") << sagittal << "v.nii.gz";
    QTest::newRow("oblique .nii.gz") << rotation(15, 15) << "v.nii.gz";
}

void TestDicomNiftiRoundTrip::geometryKept() {
    QFETCH(Eigen::Matrix3d, direction);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const Volume written = syntheticVolume({11, 9, 6}, Eigen::Vector3d(0.7, 0.9, 3.0),
                                           Eigen::Vector3d(-80.5, 100.25, -12), direction);
    const QString series = dir.filePath(QStringLiteral("dicom"));
    QCOMPARE(writeDicomSeries(written, metadata(), series), QString());
    const Imported imported = importFolder(series);
    QCOMPARE(imported.groups.size(), std::size_t(1));
    const AssembledVolume fromDicom = assembleVolume(imported.groups.front(), nullptr);
    QVERIFY2(fromDicom.ok(), qPrintable(fromDicom.error));

    const QString nifti = dir.filePath(fileName);
    QCOMPARE(writeNifti(fromDicom.volume, nifti), QString());
    const NiftiReadResult read = readNifti(nifti);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.volume.geometry().dims, fromDicom.volume.geometry().dims);
    QVERIFY(cornerDistance(read.volume.geometry(), fromDicom.volume.geometry()) < 1e-4);
    QVERIFY(cornerDistance(read.volume.geometry(), written.geometry()) < 1e-4);
    QVERIFY(sameVoxels(read.volume, written));
}

QTEST_GUILESS_MAIN(TestDicomNiftiRoundTrip)
#include "TestDicomNiftiRoundTrip.moc"
