#include "support/TestVolumes.h"
#include "volume/Orientation.h"
#include "volume/SliceImage.h"

#include <QBuffer>
#include <QImageReader>
#include <QTest>

using namespace brainmd;

class VolumeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void affineRoundTrip_data();
    void affineRoundTrip();
    void reorientationKeepsVoxelPositions_data();
    void reorientationKeepsVoxelPositions();
    void obliquity();
    void sliceOrientationLetters_data();
    void sliceOrientationLetters();
    void radiologicalConvention();
    void windowing();
    void percentileWindowIgnoresOutliers();
    void pngHasSquarePixels();
};

namespace {
Geometry makeGeometry(const Eigen::Matrix3d &direction, Eigen::Vector3d spacing = {0.9, 1.1, 2.5}) {
    Geometry g;
    g.dims = {5, 6, 7};
    g.spacing = spacing;
    g.origin = {-12.25, 30.5, -7.75};
    g.direction = direction;
    return g;
}

// Direction cosines of common acquisitions, in LPS (columns: row, column, slice direction).
Eigen::Matrix3d axialLps() {
    return Eigen::Matrix3d::Identity();
}
Eigen::Matrix3d sagittalLps() {
    Eigen::Matrix3d d;
    d << 0, 0, 1, //
        1, 0, 0,  //
        0, -1, 0;
    return d;
}
Eigen::Matrix3d coronalLps() {
    Eigen::Matrix3d d;
    d << 1, 0, 0, //
        0, 0, 1,  //
        0, -1, 0;
    return d;
}
} // namespace

void VolumeTest::affineRoundTrip_data() {
    QTest::addColumn<double>("rx");
    QTest::addColumn<double>("ry");
    QTest::newRow("axial") << 0.0 << 0.0;
    QTest::newRow("oblique 15/10") << 15.0 << 10.0;
    QTest::newRow("oblique -30/25") << -30.0 << 25.0;
}

void VolumeTest::affineRoundTrip() {
    QFETCH(double, rx);
    QFETCH(double, ry);
    const Geometry g = makeGeometry(testing::rotatedDirection(rx, ry));
    const Geometry back = Geometry::fromIndexToRas(g.indexToRas(), g.dims);
    QVERIFY(g.sameGrid(back, 1e-9));
    const Eigen::Vector3d index(1.5, 2.0, 3.25);
    QVERIFY((g.lpsToIndexPoint(g.indexToLpsPoint(index)) - index).norm() < 1e-9);
    // RAS is LPS with the first two axes negated.
    const Eigen::Vector4d lps = g.indexToLps() * index.homogeneous();
    const Eigen::Vector4d ras = g.indexToRas() * index.homogeneous();
    QCOMPARE(ras[0], -lps[0]);
    QCOMPARE(ras[1], -lps[1]);
    QCOMPARE(ras[2], lps[2]);
}

void VolumeTest::reorientationKeepsVoxelPositions_data() {
    QTest::addColumn<Eigen::Matrix3d>("direction");
    QTest::addColumn<int>("expectedAxialAxisInInput");
    QTest::newRow("axial LPS") << axialLps() << 2;
    QTest::newRow("sagittal") << sagittalLps() << 1;
    QTest::newRow("coronal") << coronalLps() << 1;
    QTest::newRow("oblique axial 12/8") << Eigen::Matrix3d(testing::rotatedDirection(12, 8)) << 2;
    QTest::newRow("oblique sagittal")
        << Eigen::Matrix3d(sagittalLps() * testing::rotatedDirection(10, 15)) << 1;
}

void VolumeTest::reorientationKeepsVoxelPositions() {
    QFETCH(Eigen::Matrix3d, direction);
    QFETCH(int, expectedAxialAxisInInput);
    const Volume in = testing::indexCodedVolume(makeGeometry(direction));
    const Volume out = reorientToRas(in);
    const Geometry &g = out.geometry();
    QCOMPARE(out.voxelCount(), in.voxelCount());
    QCOMPARE(g.dims[2], in.geometry().dims[expectedAxialAxisInInput]);
    // Every output axis points (mostly) to +R, +A, +S: in LPS that is -x, -y, +z.
    QVERIFY(g.direction(0, 0) < -0.7);
    QVERIFY(g.direction(1, 1) < -0.7);
    QVERIFY(g.direction(2, 2) > 0.7);
    // And every voxel keeps its value and its place in the patient.
    for (int k = 0; k < out.nz(); ++k)
        for (int j = 0; j < out.ny(); ++j)
            for (int i = 0; i < out.nx(); ++i) {
                const float code = out.valueAt(i, j, k);
                const Eigen::Vector3d inIndex(std::fmod(code, 100.0f),
                                              std::fmod(std::floor(code / 100.0f), 100.0f),
                                              std::floor(code / 10000.0f));
                const Eigen::Vector3d p = g.indexToLpsPoint(Eigen::Vector3d(i, j, k));
                const Eigen::Vector3d q = in.geometry().indexToLpsPoint(inIndex);
                QVERIFY2((p - q).norm() < 1e-9,
                         qPrintable(QStringLiteral("voxel %1 %2 %3").arg(i).arg(j).arg(k)));
            }
    // The mapping object agrees with the resampled data.
    const RasReorientation r = closestRasReorientation(in.geometry());
    const auto o = r.toOutputIndex({1, 2, 3}, in.geometry().dims);
    QCOMPARE(out.valueAt(o[0], o[1], o[2]), in.valueAt(1, 2, 3));
}

void VolumeTest::obliquity() {
    QCOMPARE(obliquityDegrees(makeGeometry(axialLps())), 0.0);
    QCOMPARE(obliquityDegrees(makeGeometry(sagittalLps())), 0.0);
    QVERIFY(std::abs(obliquityDegrees(makeGeometry(testing::rotatedDirection(15, 0))) - 15.0) <
            1e-9);
}

void VolumeTest::sliceOrientationLetters_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("letters"); // left right top bottom
    QTest::newRow("axial") << int(View::Axial) << QStringLiteral("RLAP");
    QTest::newRow("coronal") << int(View::Coronal) << QStringLiteral("RLSI");
    QTest::newRow("sagittal") << int(View::Sagittal) << QStringLiteral("APSI");
}

void VolumeTest::sliceOrientationLetters() {
    QFETCH(int, view);
    QFETCH(QString, letters);
    const Volume ras = reorientToRas(testing::indexCodedVolume(makeGeometry(axialLps())));
    const SliceImage s = extractSlice(ras, View(view), 2);
    const QString got = QString(QLatin1Char(s.leftLetter)) + QLatin1Char(s.rightLetter) +
                        QLatin1Char(s.topLetter) + QLatin1Char(s.bottomLetter);
    QCOMPARE(got, letters);
}

void VolumeTest::radiologicalConvention() {
    // A bright voxel at the patient's right, anterior, superior corner of an LPS-stored
    // axial volume must appear at the top-left of axial and coronal images and at the
    // top-left (anterior, superior) of the sagittal image.
    Geometry g = makeGeometry(axialLps(), {1, 1, 1});
    Volume v(g, VoxelType::Int16);
    // LPS index 0 along x is the most right, 0 along y the most anterior, nz-1 superior.
    v.setValue(v.linearIndex(0, 0, v.nz() - 1), 1000);
    const Volume ras = reorientToRas(v);
    const SliceImage axial = extractSlice(ras, View::Axial, ras.nz() - 1);
    QCOMPARE(axial.at(0, 0), 1000.0f);
    const SliceImage coronal = extractSlice(ras, View::Coronal, ras.ny() - 1);
    QCOMPARE(coronal.at(0, 0), 1000.0f);
    const SliceImage sagittal = extractSlice(ras, View::Sagittal, ras.nx() - 1);
    QCOMPARE(sagittal.at(0, 0), 1000.0f);
    // Slice positions are RAS millimetres along the view's axis.
    QCOMPARE(axial.slicePositionMm, g.origin.z() + (g.dims[2] - 1));
    QCOMPARE(sagittal.slicePositionMm, -g.origin.x());
}

void VolumeTest::windowing() {
    const WindowLevel w{100.0, 50.0};
    QCOMPARE(int(w.toGray(0.0f)), 0);
    QCOMPARE(int(w.toGray(75.0f)), 0);
    QCOMPARE(int(w.toGray(100.0f)), 128);
    QCOMPARE(int(w.toGray(125.0f)), 255);
    QCOMPARE(int(w.toGray(1e6f)), 255);
}

void VolumeTest::percentileWindowIgnoresOutliers() {
    Geometry g;
    g.dims = {100, 100, 1};
    Volume v(g, VoxelType::Int16);
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        v.setValue(i, static_cast<float>(i % 100));
    v.setValue(5, 30000); // one hot pixel must not stretch the window
    const WindowLevel w = percentileWindow(v, 0.5, 99.5);
    QVERIFY(w.center > 40 && w.center < 60);
    QVERIFY(w.width > 90 && w.width < 110);
}

void VolumeTest::pngHasSquarePixels() {
    Geometry g = makeGeometry(axialLps(), {1.0, 2.0, 3.0});
    const Volume ras = reorientToRas(testing::indexCodedVolume(g));
    const SliceImage s = extractSlice(ras, View::Axial, 1);
    const QByteArray png = encodePng(s, WindowLevel{20000, 40000});
    QVERIFY(png.startsWith("\x89PNG"));
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "PNG");
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), s.width);       // 1 mm columns stay
    QCOMPARE(image.height(), s.height * 2); // 2 mm rows become two 1 mm rows
}

QTEST_GUILESS_MAIN(VolumeTest)
#include "VolumeTest.moc"
