#pragma once

#include "ui/viewer/ViewerModel.h"

#include <QStringList>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkActor;
class vtkImageData;
class vtkRenderer;
class vtkGPUVolumeRayCastMapper;
class vtkTextActor;
class vtkVolume;
class vtkVolumeProperty;

namespace brainmd {

/// The 3D view's VTK pipeline: GPU ray-cast volume rendering (vtkGPUVolumeRayCastMapper) with
/// MRI transfer-function presets that follow the model's window, an optional clipping
/// plane or box through the crosshair, and the three slice planes drawn as outlines.
/// A frame costs hundreds of milliseconds on a software renderer, so the host redraws it
/// coalesced and uses setInteractive(true) (coarser sampling) while the user drags.
class VolumeRenderer {
public:
    enum class Clip { None, Plane, Box };

    VolumeRenderer();
    ~VolumeRenderer();

    vtkRenderer *renderer() const;
    /// Text layer drawn above the volume (layer 1 of the render window).
    vtkRenderer *overlayRenderer() const;
    void setImage(vtkImageData *image);
    void updateFromModel(const ViewerModel &model, ViewerModel::Changes changes);

    static QStringList presetNames();
    void setPreset(int index);
    int preset() const { return m_preset; }
    /// Plane: keeps what lies behind the active view's slice through the crosshair.
    void setClip(Clip clip, View planeView = View::Coronal);
    Clip clip() const { return m_clip; }

    void setInteractive(bool interactive);
    /// Turns the camera about the focal point (degrees).
    void rotate(double azimuth, double elevation);
    void zoom(double factor);
    void resetCamera();

private:
    void applyTransferFunctions(const WindowLevel &window);
    void applyClipping(const ViewerModel &model);
    void updatePlanes(const ViewerModel &model);

    vtkNew<vtkRenderer> m_renderer;
    vtkNew<vtkRenderer> m_overlay;
    vtkNew<vtkGPUVolumeRayCastMapper> m_mapper;
    vtkNew<vtkVolumeProperty> m_property;
    vtkNew<vtkVolume> m_volume;
    vtkNew<vtkActor> m_planes;
    vtkNew<vtkTextActor> m_label;
    vtkSmartPointer<vtkImageData> m_image;
    WindowLevel m_window;
    int m_preset = 0;
    Clip m_clip = Clip::None;
    View m_clipView = View::Coronal;
    double m_fineSample = 1.0;
};

} // namespace brainmd
