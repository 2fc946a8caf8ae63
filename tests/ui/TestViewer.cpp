// The viewer alone, on a synthetic volume: real VTK rendering in a real X server.

#include "ui/viewer/SliceInteractor.h"
#include "ui/viewer/SliceRenderer.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VtkViewWidget.h"
#include "volume/Orientation.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace brainmd;

namespace {

// A RAS-aligned ball with a bright block in the patient's left half, so the sides can be told.
std::shared_ptr<const Volume> makeVolume() {
    Geometry g;
    g.dims = {64, 72, 48};
    g.spacing = Eigen::Vector3d(2, 2, 2);
    g.direction = Eigen::Vector3d(-1, -1, 1).asDiagonal(); // LPS columns of +R, +A, +S
    g.origin = Eigen::Vector3d(64, 72, -48);
    auto v = std::make_shared<Volume>(g, VoxelType::Int16);
    for (int k = 0; k < g.dims[2]; ++k)
        for (int j = 0; j < g.dims[1]; ++j)
            for (int i = 0; i < g.dims[0]; ++i) {
                const double r = std::hypot(i - 32.0, j - 36.0, k - 24.0);
                float value = r < 22 ? 400.0f : 0.0f;
                if (r < 22 && i < 20) // low i = towards L
                    value = 900.0f;
                v->setValue(v->linearIndex(i, j, k), value);
            }
    return v;
}

double meanGray(const QImage &image, const QRect &area) {
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x, ++n)
            sum += qGray(image.pixel(x, y));
    return n > 0 ? sum / n : 0.0;
}

} // namespace

class TestViewer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { VtkViewWidget::installDefaultSurfaceFormat(); }
    void rendersSlicesWithLetters();
};

void TestViewer::rendersSlicesWithLetters() {
    ViewerModel model;
    ViewerWidget viewer(&model);
    viewer.resize(900, 800);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.showVolume(makeVolume(), WindowLevel{500, 1000}, QStringLiteral("synthetic"));
    VtkViewWidget *axial = viewer.viewWidget(0);
    QSignalSpy rendered(axial, &VtkViewWidget::rendered);
    QVERIFY(rendered.wait(5000));
    const QImage image = axial->grabFramebuffer();
    QVERIFY(!image.isNull());
    const QString out = QStringLiteral(BRAINMD_BINARY_DIR "/test-viewer-axial.png");
    image.save(out);
    qInfo("axial view: %s", qPrintable(out));
    // Radiological: the bright left block shows on the right half of the image.
    const QRect left(image.width() / 4 - 10, image.height() / 2 - 10, 20, 20);
    const QRect right(image.width() * 3 / 4 - 40, image.height() / 2 - 10, 20, 20);
    QVERIFY2(meanGray(image, right) > meanGray(image, left) + 40,
             qPrintable(QStringLiteral("left %1 right %2")
                            .arg(meanGray(image, left))
                            .arg(meanGray(image, right))));
    SliceRenderer *renderer = viewer.sliceRenderer(View::Axial);
    QCOMPARE(renderer->letter(Edge::Right), 'L');
    QCOMPARE(renderer->letter(Edge::Left), 'R');
    QCOMPARE(renderer->letter(Edge::Top), 'A');
    QCOMPARE(viewer.sliceRenderer(View::Sagittal)->letter(Edge::Left), 'A');
    QCOMPARE(viewer.sliceRenderer(View::Coronal)->letter(Edge::Top), 'S');

    const int before = model.sliceIndex(View::Axial);
    QKeyEvent up(QEvent::KeyPress, Qt::Key_PageUp, Qt::NoModifier);
    QApplication::sendEvent(axial, &up);
    QCOMPARE(model.sliceIndex(View::Axial), before + 10);
    viewer.renderVolumeNow();
    const QImage volume = viewer.viewWidget(ViewerWidget::kVolumeView)->grabFramebuffer();
    volume.save(QStringLiteral(BRAINMD_BINARY_DIR "/test-viewer-3d.png"));
    QVERIFY(meanGray(volume, QRect(volume.width() / 2 - 20, volume.height() / 2 - 20, 40, 40)) >
            20);
}

QTEST_MAIN(TestViewer)
#include "TestViewer.moc"
