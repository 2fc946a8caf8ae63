#include "ui/viewer/VolumeRenderer.h"

#include "ui/i18n/Translations.h"
#include "ui/viewer/VtkImageAdapter.h"

#include <QCoreApplication>
#include <QFile>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkColorTransferFunction.h>
#include <vtkCoordinate.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkImageData.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPlane.h>
#include <vtkPlaneCollection.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>

namespace brainmd {

namespace {

// World origin and spacing of the model's full-resolution grid (the 3D image may be a
// coarser preview of the same space), so the cursor's voxel indices map correctly.
void worldGrid(const ViewerModel &model, double origin[3], double spacing[3]) {
    const Eigen::Vector3d o = rasOrigin(*model.volume());
    for (int a = 0; a < 3; ++a) {
        origin[a] = o[a];
        spacing[a] = model.volume()->geometry().spacing[a];
    }
}

} // namespace

VolumeRenderer::VolumeRenderer() {
    m_renderer->SetBackground(0.06, 0.07, 0.09);
    m_mapper->SetBlendModeToComposite();
    m_mapper->SetAutoAdjustSampleDistances(0);
    m_property->ShadeOn();
    m_property->SetAmbient(0.3);
    m_property->SetDiffuse(0.7);
    m_property->SetSpecular(0.15);
    m_property->SetInterpolationTypeToLinear();
    m_volume->SetMapper(m_mapper);
    m_volume->SetProperty(m_property);
    m_volume->VisibilityOff();
    m_renderer->AddVolume(m_volume);

    vtkNew<vtkPolyDataMapper> planeMapper;
    planeMapper->SetScalarModeToUseCellData();
    planeMapper->SetColorModeToDirectScalars();
    m_planes->SetMapper(planeMapper);
    m_planes->GetProperty()->SetLighting(false);
    m_planes->GetProperty()->SetLineWidth(1.5f);
    m_renderer->AddActor(m_planes);

    m_label->GetTextProperty()->SetFontSize(14);
    m_label->GetTextProperty()->SetColor(0.95, 0.95, 0.85);
    m_label->GetTextProperty()->SetVerticalJustification(VTK_TEXT_TOP);
    m_label->GetTextProperty()->SetShadow(true);
    if (const QString font = Translations::cjkFontFile(); !font.isEmpty()) {
        m_label->GetTextProperty()->SetFontFamily(VTK_FONT_FILE);
        m_label->GetTextProperty()->SetFontFile(QFile::encodeName(font).constData());
    }
    m_label->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    m_label->GetPositionCoordinate()->SetValue(0.012, 0.985);
    m_overlay->SetLayer(1);
    m_overlay->InteractiveOff();
    m_overlay->AddActor2D(m_label);
    setPreset(0);
}

VolumeRenderer::~VolumeRenderer() = default;

vtkRenderer *VolumeRenderer::renderer() const {
    return m_renderer.Get();
}

vtkRenderer *VolumeRenderer::overlayRenderer() const {
    return m_overlay.Get();
}

QStringList VolumeRenderer::presetNames() {
    return {QCoreApplication::translate("brainmd", "MRI brain"),
            QCoreApplication::translate("brainmd", "MRI soft"),
            QCoreApplication::translate("brainmd", "MIP (maximum intensity)")};
}

void VolumeRenderer::setImage(vtkImageData *image) {
    m_image = image;
    if (image == nullptr) {
        m_volume->VisibilityOff();
        return;
    }
    m_mapper->SetInputData(image);
    double spacing[3];
    image->GetSpacing(spacing);
    // Half a voxel: finer sampling shows no more detail, coarser shows wood-grain rings.
    m_fineSample = 0.5 * std::min({spacing[0], spacing[1], spacing[2]});
    m_mapper->SetSampleDistance(static_cast<float>(m_fineSample));
    m_volume->VisibilityOn();
    resetCamera();
}

void VolumeRenderer::setPreset(int index) {
    m_preset = std::clamp(index, 0, static_cast<int>(presetNames().size()) - 1);
    if (m_preset == 2)
        m_mapper->SetBlendModeToMaximumIntensity();
    else
        m_mapper->SetBlendModeToComposite();
    m_property->SetShade(m_preset != 2);
    applyTransferFunctions(m_window);
    m_label->SetInput(QCoreApplication::translate("brainmd", "3D  %1")
                          .arg(presetNames().at(m_preset))
                          .toUtf8()
                          .constData());
}

void VolumeRenderer::applyTransferFunctions(const WindowLevel &window) {
    // Ramps are placed relative to the display window so that any MRI scaling works.
    const double lo = window.center - window.width / 2.0;
    const double w = std::max(window.width, 1e-3);
    vtkNew<vtkPiecewiseFunction> opacity;
    vtkNew<vtkColorTransferFunction> color;
    if (m_preset == 2) {
        opacity->AddPoint(lo, 0.0);
        opacity->AddPoint(lo + w, 1.0);
        color->AddRGBPoint(lo, 0, 0, 0);
        color->AddRGBPoint(lo + w, 1, 1, 1);
    } else {
        const double start = m_preset == 0 ? 0.30 : 0.15;
        opacity->AddPoint(lo + start * w, 0.0);
        opacity->AddPoint(lo + (start + 0.15) * w, m_preset == 0 ? 0.15 : 0.05);
        opacity->AddPoint(lo + w, m_preset == 0 ? 0.6 : 0.3);
        color->AddRGBPoint(lo + start * w, 0.55, 0.35, 0.30);
        color->AddRGBPoint(lo + 0.6 * w, 0.90, 0.75, 0.65);
        color->AddRGBPoint(lo + w, 1.0, 0.97, 0.92);
    }
    m_property->SetScalarOpacity(opacity);
    m_property->SetColor(color);
}

void VolumeRenderer::setClip(Clip clip, View planeView) {
    m_clip = clip;
    m_clipView = planeView;
}

void VolumeRenderer::applyClipping(const ViewerModel &model) {
    m_mapper->RemoveAllClippingPlanes();
    if (m_clip == Clip::None || m_image == nullptr || !model.hasVolume())
        return;
    double origin[3], spacing[3];
    worldGrid(model, origin, spacing);
    Eigen::Vector3d centre;
    for (int a = 0; a < 3; ++a)
        centre[a] = origin[a] + model.cursor()[static_cast<std::size_t>(a)] * spacing[a];
    if (m_clip == Clip::Plane) {
        vtkNew<vtkPlane> plane;
        plane->SetOrigin(centre.data());
        double normal[3] = {0, 0, 0};
        normal[viewAxis(m_clipView)] =
            m_clipView == View::Axial ? -1.0 : (m_clipView == View::Coronal ? -1.0 : 1.0);
        plane->SetNormal(normal);
        m_mapper->AddClippingPlane(plane);
        return;
    }
    // Box: a 60 mm cube around the crosshair.
    for (int a = 0; a < 3; ++a) {
        for (double sign : {1.0, -1.0}) {
            vtkNew<vtkPlane> plane;
            Eigen::Vector3d o = centre;
            o[a] -= sign * 30.0;
            double normal[3] = {0, 0, 0};
            normal[a] = sign;
            plane->SetOrigin(o.data());
            plane->SetNormal(normal);
            m_mapper->AddClippingPlane(plane);
        }
    }
}

void VolumeRenderer::updatePlanes(const ViewerModel &model) {
    vtkNew<vtkPolyData> poly;
    if (m_image != nullptr && model.hasVolume() && model.overlayVisible(OverlayKind::Crosshair)) {
        double b[6];
        m_image->GetBounds(b);
        double origin[3], spacing[3];
        worldGrid(model, origin, spacing);
        vtkNew<vtkPoints> points;
        vtkNew<vtkCellArray> lines;
        vtkNew<vtkUnsignedCharArray> colors;
        colors->SetNumberOfComponents(3);
        const unsigned char rgb[3][3] = {{230, 80, 70}, {110, 200, 90}, {235, 210, 70}};
        for (View view : kAllViews) {
            const int a = viewAxis(view);
            const int u = (a + 1) % 3;
            const int v = (a + 2) % 3;
            const double at = origin[a] + model.sliceIndex(view) * spacing[a];
            vtkIdType ids[5];
            const double corners[4][2] = {{b[2 * u], b[2 * v]},
                                          {b[2 * u + 1], b[2 * v]},
                                          {b[2 * u + 1], b[2 * v + 1]},
                                          {b[2 * u], b[2 * v + 1]}};
            for (int c = 0; c < 4; ++c) {
                double p[3];
                p[a] = at;
                p[u] = corners[c][0];
                p[v] = corners[c][1];
                ids[c] = points->InsertNextPoint(p);
            }
            ids[4] = ids[0];
            lines->InsertNextCell(5, ids);
            colors->InsertNextTypedTuple(rgb[static_cast<int>(view)]);
        }
        poly->SetPoints(points);
        poly->SetLines(lines);
        poly->GetCellData()->SetScalars(colors);
    }
    vtkPolyDataMapper::SafeDownCast(m_planes->GetMapper())->SetInputData(poly);
}

void VolumeRenderer::updateFromModel(const ViewerModel &model, ViewerModel::Changes changes) {
    if (!model.hasVolume() || m_image == nullptr) {
        m_volume->VisibilityOff();
        updatePlanes(model);
        return;
    }
    if (changes & (ViewerModel::VolumeChanged | ViewerModel::WindowChanged)) {
        m_window = model.window();
        applyTransferFunctions(m_window);
    }
    applyClipping(model);
    updatePlanes(model);
}

void VolumeRenderer::setInteractive(bool interactive) {
    m_mapper->SetSampleDistance(
        static_cast<float>(interactive ? 3.0 * m_fineSample : m_fineSample));
}

void VolumeRenderer::rotate(double azimuth, double elevation) {
    vtkCamera *camera = m_renderer->GetActiveCamera();
    camera->Azimuth(azimuth);
    camera->Elevation(elevation);
    camera->OrthogonalizeViewUp();
    m_renderer->ResetCameraClippingRange();
}

void VolumeRenderer::zoom(double factor) {
    m_renderer->GetActiveCamera()->Zoom(factor);
    m_renderer->ResetCameraClippingRange();
}

void VolumeRenderer::resetCamera() {
    vtkCamera *camera = m_renderer->GetActiveCamera();
    // Seen from the front (anterior), superior up, like the coronal view.
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(0, 1, 0);
    camera->SetViewUp(0, 0, 1);
    m_renderer->ResetCamera();
    camera->Zoom(1.3);
}

} // namespace brainmd
