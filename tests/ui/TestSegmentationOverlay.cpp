// A lesion mask (DICOM SEG label map) over the viewer's 2D views, with real VTK rendering
// in a real X server: a synthetic RAS head with a sphere labelled 1 and a cube labelled 2.
// The segment colour shows inside the sphere's cross-section and not outside it, with an
// opaque outline along its edge, follows the slice, goes when hidden or cleared, and a
// label map on another grid is refused.

#include "ui/viewer/SegmentationOverlay.h"
#include "ui/viewer/SliceRenderer.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VtkImageAdapter.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

using namespace brainmd;

namespace {

constexpr std::array<int, 3> kSphere{20, 36, 24}; // centre voxel; radius 7 voxels
constexpr double kSphereRadius = 7.0;
constexpr std::array<unsigned char, 3> kRed{220, 40, 40};
constexpr std::array<unsigned char, 3> kGreen{40, 200, 60};

Geometry headGrid() {
    Geometry g;
    g.dims = {64, 72, 48};
    g.spacing = Eigen::Vector3d(2, 2, 2);
    g.direction = Eigen::Vector3d(-1, -1, 1).asDiagonal(); // LPS columns of +R, +A, +S
    g.origin = Eigen::Vector3d(64, 72, -48);
    return g;
}

// A uniform grey ball (the "anatomy"), so colour in a pixel can only come from the mask.
std::shared_ptr<const Volume> makeHead() {
    auto v = std::make_shared<Volume>(headGrid(), VoxelType::Int16);
    const auto &d = v->geometry().dims;
    for (int k = 0; k < d[2]; ++k)
        for (int j = 0; j < d[1]; ++j)
            for (int i = 0; i < d[0]; ++i)
                v->setValue(v->linearIndex(i, j, k),
                            std::hypot(i - 32.0, j - 36.0, k - 24.0) < 30 ? 400.0f : 0.0f);
    return v;
}

Volume makeLabels(const Geometry &g) {
    Volume labels(g, VoxelType::Int16);
    for (int k = 0; k < g.dims[2]; ++k)
        for (int j = 0; j < g.dims[1]; ++j)
            for (int i = 0; i < g.dims[0]; ++i) {
                float label = 0;
                if (std::hypot(i - kSphere[0], j - kSphere[1], k - kSphere[2]) <= kSphereRadius)
                    label = 1;
                else if (i >= 40 && i <= 50 && j >= 30 && j <= 42 && k >= 18 && k <= 30)
                    label = 2;
                labels.setValue(labels.linearIndex(i, j, k), label);
            }
    return labels;
}

std::vector<SegmentDescription> segments() {
    SegmentDescription lesion;
    lesion.number = 1;
    lesion.label = QStringLiteral("Lesion");
    lesion.rgb = kRed;
    SegmentDescription oedema;
    oedema.number = 2;
    oedema.label = QStringLiteral("Oedema");
    oedema.rgb = kGreen;
    return {lesion, oedema};
}

// Pixel of the framebuffer image showing the centre of `voxel` in `view`.
QPoint pixelOf(ViewerWidget &viewer, View view, const Volume &volume,
               const std::array<int, 3> &voxel, const QImage &image) {
    const Eigen::Vector3d world =
        rasOrigin(volume) +
        volume.geometry().spacing.cwiseProduct(Eigen::Vector3d(voxel[0], voxel[1], voxel[2]));
    vtkRenderer *renderer = viewer.sliceRenderer(view)->renderer();
    renderer->SetWorldPoint(world[0], world[1], world[2], 1.0);
    renderer->WorldToDisplay();
    double display[3];
    renderer->GetDisplayPoint(display);
    return {static_cast<int>(std::lround(display[0])),
            image.height() - 1 - static_cast<int>(std::lround(display[1]))};
}

// Mean colour of a 5×5 patch.
std::array<double, 3> meanRgb(const QImage &image, const QPoint &centre) {
    std::array<double, 3> sum{0, 0, 0};
    int n = 0;
    for (int y = centre.y() - 2; y <= centre.y() + 2; ++y)
        for (int x = centre.x() - 2; x <= centre.x() + 2; ++x, ++n) {
            const QRgb p = image.pixel(x, y);
            sum[0] += qRed(p);
            sum[1] += qGreen(p);
            sum[2] += qBlue(p);
        }
    for (double &s : sum)
        s /= n;
    return sum;
}

QString rgbText(const std::array<double, 3> &c) {
    return QStringLiteral("(%1, %2, %3)")
        .arg(c[0], 0, 'f', 0)
        .arg(c[1], 0, 'f', 0)
        .arg(c[2], 0, 'f', 0);
}

bool reddish(const std::array<double, 3> &c) {
    return c[0] > c[1] + 50 && c[0] > c[2] + 50;
}
bool greenish(const std::array<double, 3> &c) {
    return c[1] > c[0] + 50 && c[1] > c[2] + 50;
}
bool grey(const std::array<double, 3> &c) {
    return std::abs(c[0] - c[1]) < 8 && std::abs(c[1] - c[2]) < 8;
}

} // namespace

class TestSegmentationOverlay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drawsEachSegmentInsideItsCrossSection();
    void followsTheSlice();
    void hidesClearsAndRefuses();
    void sliceChangeLatency();

private:
    QImage frame(View view);

    std::unique_ptr<ViewerModel> m_model;
    std::unique_ptr<ViewerWidget> m_viewer;
    std::shared_ptr<const Volume> m_head;
};

void TestSegmentationOverlay::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    m_model = std::make_unique<ViewerModel>();
    m_viewer = std::make_unique<ViewerWidget>(m_model.get());
    m_viewer->resize(900, 800);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    m_head = makeHead();
    m_viewer->showVolume(m_head, WindowLevel{500, 1000}, QStringLiteral("synthetic"));
    QSignalSpy rendered(m_viewer->viewWidget(0), &VtkViewWidget::rendered);
    QVERIFY(rendered.wait(5000));
    // The crosshair through the sphere's centre in all three views.
    m_model->setCursor(kSphere);
    m_model->setOverlayVisible(OverlayKind::Crosshair, false);
}

QImage TestSegmentationOverlay::frame(View view) {
    return m_viewer->viewWidget(static_cast<int>(view))->grabFramebuffer();
}

void TestSegmentationOverlay::drawsEachSegmentInsideItsCrossSection() {
    const Volume &head = *m_head;
    for (View view : kAllViews) {
        const QImage image = frame(view);
        const auto c = meanRgb(image, pixelOf(*m_viewer, view, head, kSphere, image));
        QVERIFY2(grey(c), qPrintable(rgbText(c)));
    }
    QVERIFY(m_viewer->setSegmentation(makeLabels(head.geometry()), segments()));
    QVERIFY(m_viewer->hasSegmentation());
    for (View view : kAllViews) {
        const QImage image = frame(view);
        image.save(QStringLiteral(BRAINMD_BINARY_DIR "/test-segmentation-%1.png")
                       .arg(QLatin1String(viewName(view))));
        const QPoint centre = pixelOf(*m_viewer, view, head, kSphere, image);
        const auto inside = meanRgb(image, centre);
        QVERIFY2(reddish(inside), qPrintable(QStringLiteral("%1 inside %2")
                                                 .arg(QLatin1String(viewName(view)))
                                                 .arg(rgbText(inside))));
        // Semi-transparent: the grey under the fill still counts (not the pure colour).
        QVERIFY2(inside[1] > kRed[1] + 15, qPrintable(rgbText(inside)));
        // Anatomy outside the mask (inside the head, 12 voxels above the sphere) is untouched.
        std::array<int, 3> above = kSphere;
        above[2] += 12;
        if (view == View::Axial)
            above = {kSphere[0], kSphere[1] + 12, kSphere[2]};
        const auto outside = meanRgb(image, pixelOf(*m_viewer, view, head, above, image));
        QVERIFY2(grey(outside), qPrintable(QStringLiteral("%1 outside %2")
                                               .arg(QLatin1String(viewName(view)))
                                               .arg(rgbText(outside))));
        // An opaque outline in the segment's colour between the centre and 10 voxels out.
        std::array<int, 3> out = kSphere;
        out[static_cast<std::size_t>(view == View::Sagittal ? 1 : 0)] += 10;
        const QPoint edge = pixelOf(*m_viewer, view, head, out, image);
        bool outline = false;
        const int steps =
            std::max(std::abs(edge.x() - centre.x()), std::abs(edge.y() - centre.y()));
        for (int s = 0; s <= steps && !outline; ++s) {
            const QPoint p = centre + (edge - centre) * s / std::max(steps, 1);
            const QRgb px = image.pixel(p);
            outline = std::abs(qRed(px) - kRed[0]) < 12 && std::abs(qGreen(px) - kRed[1]) < 12;
        }
        QVERIFY2(outline, viewName(view));
    }
    // The cube (segment 2) in its own colour, in the axial view.
    const QImage axial = frame(View::Axial);
    const auto cube = meanRgb(axial, pixelOf(*m_viewer, View::Axial, head, {45, 36, 24}, axial));
    QVERIFY2(greenish(cube), qPrintable(rgbText(cube)));
    // The legend names both segments, in the bottom-right corner: a red swatch there.
    const QStringList legend = m_viewer->sliceRenderer(View::Axial)->segmentation()->legendTexts();
    QCOMPARE(legend, QStringList({QStringLiteral("Lesion"), QStringLiteral("Oedema")}));
    int redPixels = 0;
    for (int y = axial.height() * 8 / 10; y < axial.height(); ++y)
        for (int x = axial.width() * 7 / 10; x < axial.width(); ++x)
            redPixels +=
                reddish({double(qRed(axial.pixel(x, y))), double(qGreen(axial.pixel(x, y))),
                         double(qBlue(axial.pixel(x, y)))});
    QVERIFY2(redPixels > 20, qPrintable(QString::number(redPixels)));
    const QString shot = QStringLiteral(BRAINMD_BINARY_DIR "/test-segmentation-viewer.png");
    m_viewer->grab().save(shot);
    qInfo("viewer with the mask: %s", qPrintable(shot));
}

void TestSegmentationOverlay::followsTheSlice() {
    QVERIFY(m_viewer->hasSegmentation());
    const Volume &head = *m_head;
    m_model->setSliceIndex(View::Axial, kSphere[2] + 12); // above sphere and cube
    QImage image = frame(View::Axial);
    auto c = meanRgb(image, pixelOf(*m_viewer, View::Axial, head, kSphere, image));
    QVERIFY2(grey(c), qPrintable(rgbText(c)));
    m_model->setSliceIndex(View::Axial, kSphere[2] + 5); // a smaller cross-section
    image = frame(View::Axial);
    c = meanRgb(image, pixelOf(*m_viewer, View::Axial, head, kSphere, image));
    QVERIFY2(reddish(c), qPrintable(rgbText(c)));
    m_model->setSliceIndex(View::Axial, kSphere[2]);
}

void TestSegmentationOverlay::hidesClearsAndRefuses() {
    const Volume &head = *m_head;
    SegmentationOverlay *axialMask = m_viewer->sliceRenderer(View::Axial)->segmentation();
    m_viewer->setSegmentationVisible(false);
    QImage image = frame(View::Axial);
    auto c = meanRgb(image, pixelOf(*m_viewer, View::Axial, head, kSphere, image));
    QVERIFY2(grey(c), qPrintable(rgbText(c)));
    QVERIFY(axialMask->legendTexts().isEmpty());
    m_viewer->setSegmentationVisible(true);
    QVERIFY(axialMask->isShown());
    m_viewer->setSegmentationOpacity(1.0);
    image = frame(View::Axial);
    c = meanRgb(image, pixelOf(*m_viewer, View::Axial, head, kSphere, image));
    QVERIFY2(std::abs(c[0] - kRed[0]) < 6 && std::abs(c[1] - kRed[1]) < 6, qPrintable(rgbText(c)));
    m_viewer->setSegmentationOpacity(0.4);

    // Another grid, another type: refused, the shown mask stays.
    Geometry other = head.geometry();
    other.dims = {32, 36, 24};
    QVERIFY(!m_viewer->setSegmentation(makeLabels(other), segments()));
    Geometry shifted = head.geometry();
    shifted.origin += Eigen::Vector3d(2, 0, 0);
    QVERIFY(!m_viewer->setSegmentation(makeLabels(shifted), segments()));
    QVERIFY(!m_viewer->setSegmentation(Volume(head.geometry(), VoxelType::Float32), segments()));
    QVERIFY(m_viewer->hasSegmentation());
    QVERIFY(axialMask->isShown());

    m_viewer->clearSegmentation();
    QVERIFY(!m_viewer->hasSegmentation());
    QVERIFY(!axialMask->isShown());
    image = frame(View::Axial);
    c = meanRgb(image, pixelOf(*m_viewer, View::Axial, head, kSphere, image));
    QVERIFY2(grey(c), qPrintable(rgbText(c)));
    // A new volume drops the mask of the old one.
    QVERIFY(m_viewer->setSegmentation(makeLabels(head.geometry()), segments()));
    m_viewer->showVolume(m_head, WindowLevel{500, 1000}, QStringLiteral("again"));
    QVERIFY(!m_viewer->hasSegmentation());
    m_model->setCursor(kSphere);
}

// Not a pass/fail figure: time per axial slice change (model change → drawn) with and
// without the mask, the crosshair on as when reading (software OpenGL under Xvfb), in
// alternating rounds so load on the machine hits both alike.
void TestSegmentationOverlay::sliceChangeLatency() {
    m_model->setOverlayVisible(OverlayKind::Crosshair, true);
    VtkViewWidget *axial = m_viewer->viewWidget(0);
    std::vector<double> total[2], vtk[2];
    const auto run = [&](int withMask) {
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            m_model->setSliceIndex(View::Axial, 10 + i);
            axial->grabFramebuffer(); // renders now
            total[withMask].push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            vtk[withMask].push_back(axial->lastRenderMs());
        }
    };
    const Volume labels = makeLabels(m_head->geometry());
    for (int round = 0; round < 6; ++round) {
        m_viewer->clearSegmentation();
        run(0);
        QVERIFY(m_viewer->setSegmentation(labels, segments()));
        run(1);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    qInfo("axial slice change → drawn, median of 120: %.2f ms without the mask, %.2f ms with "
          "it (VTK render alone %.2f / %.2f ms)",
          median(total[0]), median(total[1]), median(vtk[0]), median(vtk[1]));
    m_model->setOverlayVisible(OverlayKind::Crosshair, false);
}

QTEST_MAIN(TestSegmentationOverlay)
#include "TestSegmentationOverlay.moc"
