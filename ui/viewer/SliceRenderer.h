#pragma once

#include "ui/viewer/ViewFrame.h"
#include "ui/viewer/ViewerModel.h"

#include <vtkNew.h>
#include <vtkSmartPointer.h>

#include <array>
#include <memory>
#include <optional>

class vtkImageData;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkRenderer;
class vtkTextActor;

namespace brainmd {

class SegmentationOverlay;
class SliceOverlay;

/// Image edges of a 2D view, for its orientation letters.
enum class Edge { Left = 0, Right, Top, Bottom };

/// The VTK pipeline of one 2D view (axial, coronal or sagittal): the slice of the shared
/// image (vtkImageSliceMapper, windowed on the GPU), orientation letters on every edge,
/// corner text (view, slice index and position in mm, window/level), the overlays and
/// a label map (SegmentationOverlay).
/// A plain class: the hosting widget adds renderer() to its render window. World
/// coordinates are RAS mm (see wrapRasVolume). Display coordinates are device pixels
/// with the origin at the bottom left.
class SliceRenderer {
public:
    explicit SliceRenderer(View view);
    ~SliceRenderer();

    View view() const { return m_view; }
    vtkRenderer *renderer() const;

    /// The image all views share; null shows nothing.
    void setImage(vtkImageData *image);
    void updateFromModel(const ViewerModel &model, ViewerModel::Changes changes);

    /// Fits the whole slice into the viewport (zoom 1, no pan).
    void resetCamera();
    /// Multiplies the magnification by `factor` (> 1 enlarges).
    void zoom(double factor);
    /// Moves the image by a display offset in pixels.
    void pan(double dx, double dy);
    double magnification() const { return m_magnification; }

    /// World point (RAS mm) under a display position, on the current slice plane.
    Eigen::Vector3d worldAt(double x, double y) const;
    /// Voxel index under a display position (the through-plane index is the current slice);
    /// nullopt outside the volume.
    std::optional<std::array<int, 3>> voxelAt(double x, double y, const ViewerModel &model) const;

    void setRuler(std::optional<std::pair<Eigen::Vector3d, Eigen::Vector3d>> ruler);
    std::optional<double> rulerLengthMm() const;

    /// The label map drawn over the slice (ViewerWidget::setSegmentation feeds it).
    SegmentationOverlay *segmentation() const { return m_segmentation.get(); }

    /// The letter shown at an edge ('R', 'L', 'A', 'P', 'S', 'I').
    char letter(Edge edge) const;
    /// Text at the top-left and bottom-left corners (for tests and screenshots).
    QString cornerText(bool top) const;

private:
    void placeCamera(const ViewerModel &model, bool keepInPlane);
    void updateText(const ViewerModel &model);

    View m_view;
    ViewFrame m_frame;
    vtkNew<vtkRenderer> m_renderer;
    vtkNew<vtkImageSliceMapper> m_mapper;
    vtkNew<vtkImageSlice> m_slice;
    std::array<vtkNew<vtkTextActor>, 4> m_letters;
    vtkNew<vtkTextActor> m_topLeft;
    vtkNew<vtkTextActor> m_bottomLeft;
    std::unique_ptr<SliceOverlay> m_overlay;
    std::unique_ptr<SegmentationOverlay> m_segmentation;
    vtkSmartPointer<vtkImageData> m_image;
    double m_magnification = 1.0;
    QString m_topText;
    QString m_bottomText;
};

} // namespace brainmd
