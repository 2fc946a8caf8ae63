#include "io/nifti/NiftiIO.h"
#include "support/TestVolumes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class NiftiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void readsColin27Template();
    void reportsMissingAndCorruptFiles();
};

void NiftiTest::roundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("asFloat");
    QTest::addColumn<double>("rx");
    QTest::addColumn<double>("ry");
    QTest::newRow("int16 .nii.gz axial") << QStringLiteral("a.nii.gz") << false << 0.0 << 0.0;
    QTest::newRow("float .nii oblique") << QStringLiteral("b.nii") << true << 17.0 << -11.0;
    QTest::newRow("int16 .nii.gz oblique") << QStringLiteral("c.nii.gz") << false << -25.0 << 35.0;
}

void NiftiTest::roundTrip() {
    QFETCH(QString, name);
    QFETCH(bool, asFloat);
    QFETCH(double, rx);
    QFETCH(double, ry);
    Geometry g;
    g.dims = {7, 5, 4};
    g.spacing = {0.8, 1.2, 3.0};
    g.origin = {-101.37, 95.21, -40.5};
    g.direction = testing::rotatedDirection(rx, ry);
    Volume v(g, asFloat ? VoxelType::Float32 : VoxelType::Int16);
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        v.setValue(i,
                   asFloat ? static_cast<float>(i) * 0.25f - 3.0f : static_cast<float>(i) - 50.0f);

    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QCOMPARE(writeNifti(v, path), QString());
    const NiftiReadResult r = readNifti(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.volume.type(), v.type());
    QVERIFY(r.volume.geometry().sameGrid(g, 1e-4));
    QCOMPARE(r.volume.toFloat(), v.toFloat());
    // Only the final file is left behind: the temporary one was renamed.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void NiftiTest::readsColin27Template() {
    const NiftiReadResult r = readNifti(QStringLiteral("/usr/share/mricron/templates/ch2.nii.gz"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.volume.nx(), 181);
    QCOMPARE(r.volume.ny(), 217);
    QCOMPARE(r.volume.nz(), 181);
    QVERIFY(std::abs(r.volume.geometry().spacing.x() - 1.0) < 1e-6);
}

void NiftiTest::reportsMissingAndCorruptFiles() {
    QTemporaryDir dir;
    const NiftiReadResult missing = readNifti(dir.filePath(QStringLiteral("none.nii")));
    QVERIFY(missing.error.contains(QStringLiteral("not found")));
    QFile junk(dir.filePath(QStringLiteral("junk.nii")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(100, 'x'));
    junk.close();
    const NiftiReadResult corrupt = readNifti(junk.fileName());
    QVERIFY(!corrupt.ok());
    QVERIFY(corrupt.error.contains(junk.fileName()));
    QVERIFY(!writeNifti(Volume(), dir.filePath(QStringLiteral("empty.nii"))).isEmpty());
}

QTEST_GUILESS_MAIN(NiftiTest)
#include "NiftiTest.moc"
