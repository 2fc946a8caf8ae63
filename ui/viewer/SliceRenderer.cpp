#include "ui/viewer/SliceRenderer.h"

#include "ui/i18n/Translations.h"
#include "ui/viewer/SegmentationOverlay.h"
#include "ui/viewer/SliceOverlay.h"

#include <QCoreApplication>
#include <QFile>

#include <vtkCamera.h>
#include <vtkCoordinate.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include <cmath>

namespace brainmd {

namespace {

QString viewTitle(View view) {
    switch (view) {
    case View::Coronal:
        return QCoreApplication::translate("brainmd", "Coronal");
    case View::Sagittal:
        return QCoreApplication::translate("brainmd", "Sagittal");
    case View::Axial:
        break;
    }
    return QCoreApplication::translate("brainmd", "Axial");
}

void styleText(vtkTextActor *actor, int size, bool bold) {
    vtkTextProperty *p = actor->GetTextProperty();
    p->SetFontSize(size);
    p->SetBold(bold);
    p->SetShadow(true);
    p->SetColor(0.95, 0.95, 0.85);
    if (const QString font = Translations::cjkFontFile(); !font.isEmpty()) {
        p->SetFontFamily(VTK_FONT_FILE); // VTK's built-in fonts have no CJK glyphs
        p->SetFontFile(QFile::encodeName(font).constData());
    }
    actor->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
}

QString axisLetterOfPosition(int axis, double mm) {
    static constexpr char positive[3] = {'R', 'A', 'S'};
    static constexpr char negative[3] = {'L', 'P', 'I'};
    return QString(QLatin1Char(mm >= 0 ? positive[axis] : negative[axis]));
}

} // namespace

SliceRenderer::SliceRenderer(View view)
    : m_view(view)
    , m_frame(viewFrame(view)) {
    m_renderer->SetBackground(0.0, 0.0, 0.0);
    m_renderer->GetActiveCamera()->ParallelProjectionOn();
    m_mapper->SetOrientation(m_frame.axis);
    m_mapper->SliceAtFocalPointOff();
    m_mapper->SliceFacesCameraOff();
    m_slice->SetMapper(m_mapper);
    m_slice->GetProperty()->SetInterpolationTypeToLinear();
    m_slice->VisibilityOff();
    m_renderer->AddViewProp(m_slice);

    // Letters: left, right, top, bottom edge centres; justified towards the edge.
    const std::array<std::array<double, 2>, 4> positions{
        {{0.012, 0.5}, {0.962, 0.5}, {0.5, 0.985}, {0.5, 0.012}}};
    for (std::size_t e = 0; e < 4; ++e) {
        styleText(m_letters[e], 18, true);
        vtkTextProperty *p = m_letters[e]->GetTextProperty();
        p->SetJustification(e == 1 ? VTK_TEXT_RIGHT : (e == 0 ? VTK_TEXT_LEFT : VTK_TEXT_CENTERED));
        p->SetVerticalJustification(e == 2 ? VTK_TEXT_TOP
                                           : (e == 3 ? VTK_TEXT_BOTTOM : VTK_TEXT_CENTERED));
        p->SetColor(1.0, 0.85, 0.3);
        m_letters[e]->GetPositionCoordinate()->SetValue(positions[e][0], positions[e][1]);
        m_renderer->AddActor2D(m_letters[e]);
    }
    const Eigen::Vector3d dirs[4] = {-m_frame.right, m_frame.right, m_frame.up, -m_frame.up};
    for (std::size_t e = 0; e < 4; ++e) {
        const char text[2] = {directionLetter(dirs[e]), '\0'};
        m_letters[e]->SetInput(text);
    }
    styleText(m_topLeft, 14, false);
    m_topLeft->GetTextProperty()->SetVerticalJustification(VTK_TEXT_TOP);
    m_topLeft->GetPositionCoordinate()->SetValue(0.012, 0.985);
    styleText(m_bottomLeft, 13, false);
    m_bottomLeft->GetPositionCoordinate()->SetValue(0.012, 0.012);
    m_renderer->AddActor2D(m_topLeft);
    m_renderer->AddActor2D(m_bottomLeft);
    m_overlay = std::make_unique<SliceOverlay>(view, m_renderer);
    m_segmentation = std::make_unique<SegmentationOverlay>(view, m_renderer);
}

SliceRenderer::~SliceRenderer() = default;

vtkRenderer *SliceRenderer::renderer() const {
    return m_renderer.Get();
}

char SliceRenderer::letter(Edge edge) const {
    const char *text = m_letters[static_cast<std::size_t>(edge)]->GetInput();
    return text != nullptr ? text[0] : '?';
}

QString SliceRenderer::cornerText(bool top) const {
    return top ? m_topText : m_bottomText;
}

void SliceRenderer::setImage(vtkImageData *image) {
    m_image = image;
    if (image == nullptr) {
        m_slice->VisibilityOff();
        return;
    }
    m_mapper->SetInputData(image);
    m_slice->VisibilityOn();
    std::array<double, 6> bounds{};
    image->GetBounds(bounds.data());
    std::array<double, 3> spacing{};
    image->GetSpacing(spacing.data());
    m_overlay->setImageGeometry(bounds, spacing);
    m_overlay->setRuler(std::nullopt);
}

void SliceRenderer::updateFromModel(const ViewerModel &model, ViewerModel::Changes changes) {
    if (!model.hasVolume() || m_image == nullptr) {
        m_slice->VisibilityOff();
        m_topLeft->SetInput("");
        m_bottomLeft->SetInput("");
        m_overlay->updateFromModel(model);
        return;
    }
    if (changes & (ViewerModel::VolumeChanged | ViewerModel::SlicesChanged)) {
        m_mapper->SetSliceNumber(model.sliceIndex(m_view));
        m_segmentation->setSlice(model.sliceIndex(m_view));
        placeCamera(model, !(changes & ViewerModel::VolumeChanged));
    }
    if (changes & (ViewerModel::VolumeChanged | ViewerModel::WindowChanged)) {
        m_slice->GetProperty()->SetColorWindow(model.window().width);
        m_slice->GetProperty()->SetColorLevel(model.window().center);
    }
    updateText(model);
    m_overlay->updateFromModel(model);
}

void SliceRenderer::placeCamera(const ViewerModel &model, bool keepInPlane) {
    vtkCamera *camera = m_renderer->GetActiveCamera();
    std::array<double, 6> b{};
    m_image->GetBounds(b.data());
    Eigen::Vector3d focal;
    if (keepInPlane)
        camera->GetFocalPoint(focal.data());
    else
        focal = Eigen::Vector3d((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2);
    const int axis = m_frame.axis;
    focal[axis] = b[static_cast<std::size_t>(2 * axis)] +
                  model.sliceIndex(m_view) * m_image->GetSpacing()[axis];
    const double extent = std::max({b[1] - b[0], b[3] - b[2], b[5] - b[4], 1.0});
    const Eigen::Vector3d position = focal - m_frame.projection * (2.0 * extent);
    camera->SetFocalPoint(focal.data());
    camera->SetPosition(position.data());
    camera->SetViewUp(m_frame.up.data());
    if (!keepInPlane)
        resetCamera();
    camera->SetClippingRange(extent, 3.0 * extent);
}

void SliceRenderer::resetCamera() {
    if (m_image == nullptr)
        return;
    std::array<double, 6> b{};
    m_image->GetBounds(b.data());
    vtkCamera *camera = m_renderer->GetActiveCamera();
    // Parallel scale is half the visible height; fit both in-plane extents with a margin.
    const auto dominant = [](const Eigen::Vector3d &d) {
        Eigen::Index i = 0;
        d.cwiseAbs().maxCoeff(&i);
        return static_cast<std::size_t>(i);
    };
    const std::size_t h = dominant(m_frame.right);
    const std::size_t v = dominant(m_frame.up);
    const double width = b[2 * h + 1] - b[2 * h];
    const double height = b[2 * v + 1] - b[2 * v];
    const int *size = m_renderer->GetSize();
    const double aspect = size[1] > 0 ? static_cast<double>(size[0]) / size[1] : 1.0;
    const double scale = 0.54 * std::max(height, width / std::max(aspect, 1e-3));
    Eigen::Vector3d focal;
    camera->GetFocalPoint(focal.data());
    for (int a = 0; a < 3; ++a) {
        if (a != m_frame.axis)
            focal[a] =
                (b[static_cast<std::size_t>(2 * a)] + b[static_cast<std::size_t>(2 * a + 1)]) / 2;
    }
    const Eigen::Vector3d position = focal - m_frame.projection * (2.0 * std::max(width, height));
    camera->SetFocalPoint(focal.data());
    camera->SetPosition(position.data());
    camera->SetParallelScale(std::max(scale, 1.0));
    m_magnification = 1.0;
}

void SliceRenderer::zoom(double factor) {
    if (factor <= 0)
        return;
    vtkCamera *camera = m_renderer->GetActiveCamera();
    camera->SetParallelScale(camera->GetParallelScale() / factor);
    m_magnification *= factor;
}

void SliceRenderer::pan(double dx, double dy) {
    const int *size = m_renderer->GetSize();
    if (size[1] <= 0)
        return;
    vtkCamera *camera = m_renderer->GetActiveCamera();
    const double mmPerPixel = 2.0 * camera->GetParallelScale() / size[1];
    const Eigen::Vector3d shift = -(m_frame.right * dx + m_frame.up * dy) * mmPerPixel;
    Eigen::Vector3d focal, position;
    camera->GetFocalPoint(focal.data());
    camera->GetPosition(position.data());
    focal += shift;
    position += shift;
    camera->SetFocalPoint(focal.data());
    camera->SetPosition(position.data());
}

Eigen::Vector3d SliceRenderer::worldAt(double x, double y) const {
    m_renderer->SetDisplayPoint(x, y, 0.0);
    m_renderer->DisplayToWorld();
    double w[4];
    m_renderer->GetWorldPoint(w);
    if (std::abs(w[3]) > 1e-12)
        return {w[0] / w[3], w[1] / w[3], w[2] / w[3]};
    return {w[0], w[1], w[2]};
}

std::optional<std::array<int, 3>> SliceRenderer::voxelAt(double x, double y,
                                                         const ViewerModel &model) const {
    if (m_image == nullptr || !model.hasVolume())
        return std::nullopt;
    const Eigen::Vector3d world = worldAt(x, y);
    double origin[3], spacing[3];
    m_image->GetOrigin(origin);
    m_image->GetSpacing(spacing);
    std::array<int, 3> voxel = model.cursor();
    const auto &dims = model.volume()->geometry().dims;
    for (int a = 0; a < 3; ++a) {
        if (a == m_frame.axis)
            continue;
        const int i = static_cast<int>(std::lround((world[a] - origin[a]) / spacing[a]));
        if (i < 0 || i >= dims[static_cast<std::size_t>(a)])
            return std::nullopt;
        voxel[static_cast<std::size_t>(a)] = i;
    }
    return voxel;
}

void SliceRenderer::setRuler(std::optional<std::pair<Eigen::Vector3d, Eigen::Vector3d>> ruler) {
    m_overlay->setRuler(std::move(ruler));
}

std::optional<double> SliceRenderer::rulerLengthMm() const {
    return m_overlay->rulerLengthMm();
}

void SliceRenderer::updateText(const ViewerModel &model) {
    const int axis = m_frame.axis;
    const double mm = model.slicePositionMm(m_view);
    m_topText = QCoreApplication::translate("brainmd", "%1  %2 / %3\n%4 %5 mm")
                    .arg(viewTitle(m_view))
                    .arg(model.sliceIndex(m_view) + 1)
                    .arg(model.sliceCount(m_view))
                    .arg(axisLetterOfPosition(axis, mm))
                    .arg(std::abs(mm), 0, 'f', 1);
    m_bottomText = QCoreApplication::translate("brainmd", "W %1  L %2")
                       .arg(model.window().width, 0, 'f', 0)
                       .arg(model.window().center, 0, 'f', 0);
    if (m_magnification != 1.0)
        m_bottomText +=
            QCoreApplication::translate("brainmd", "   ×%1").arg(m_magnification, 0, 'f', 2);
    m_topLeft->SetInput(m_topText.toUtf8().constData());
    m_bottomLeft->SetInput(m_bottomText.toUtf8().constData());
}

} // namespace brainmd
