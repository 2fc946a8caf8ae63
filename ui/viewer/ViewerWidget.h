#pragma once

#include "io/seg/DicomSegmentation.h"
#include "ui/viewer/SliceInteractor.h"
#include "ui/viewer/ViewerModel.h"

#include <QTimer>
#include <QWidget>

#include <vtkSmartPointer.h>

#include <array>
#include <memory>
#include <vector>

class QGridLayout;
class vtkImageData;

namespace brainmd {

class SliceRenderer;
class VolumeInteractor;
class VolumeRenderer;
class VtkViewWidget;

/// The four-view viewer: axial, coronal, sagittal and 3D in a 2×2 grid; double-click
/// (or toggleMaximised()) shows one view alone and restores the grid. All views draw from
/// one ViewerModel. Slice views redraw at once on every change; the 3D view redraws only
/// after input has settled (coalesced by a single-shot timer), so scrolling never waits
/// for volume rendering.
class ViewerWidget final : public QWidget {
    Q_OBJECT

public:
    /// Index of the 3D view among the four view widgets (the 2D ones are int(View)).
    static constexpr int kVolumeView = 3;

    explicit ViewerWidget(ViewerModel *model, QWidget *parent = nullptr);
    ~ViewerWidget() override;

    ViewerModel *model() const { return m_model; }
    /// Shows a RAS-aligned volume (kept alive by the viewer while shown). The 3D view draws
    /// `preview` (e.g. a half-resolution copy covering the same space) when given.
    void showVolume(std::shared_ptr<const Volume> rasVolume, const WindowLevel &window,
                    const QString &title, std::shared_ptr<const Volume> preview = nullptr);
    void clearVolume();

    /// Draws a label map over the 2D views (the 3D view is left alone): `labelsRas` is an
    /// Int16 volume of segment numbers (0 = none) reoriented with reorientToRas() onto the
    /// grid of the shown volume. Refused (false, nothing changes) when no volume is shown,
    /// the type is not Int16 or its grid differs (dims, spacing or position, 0.01 mm).
    /// Shared, not copied; replaced by the next call and cleared by showVolume() /
    /// clearVolume().
    bool setSegmentation(std::shared_ptr<const Volume> labelsRas,
                         const std::vector<SegmentDescription> &segments);
    /// The same for a label map the caller hands over (tests, a map made on the spot).
    bool setSegmentation(Volume labelsRas, const std::vector<SegmentDescription> &segments);
    void clearSegmentation();
    bool hasSegmentation() const { return m_labels != nullptr; }
    /// Hidden or shown without being dropped (the user's toggle, the blinding policy).
    void setSegmentationVisible(bool visible);
    bool segmentationVisible() const { return m_segmentationVisible; }
    /// Opacity of the fill (0..1, default 0.4); outlines stay opaque.
    void setSegmentationOpacity(double opacity);
    double segmentationOpacity() const { return m_segmentationOpacity; }

    VtkViewWidget *viewWidget(int index) const;
    SliceRenderer *sliceRenderer(View view) const;
    VolumeRenderer *volumeRenderer() const { return m_volumeRenderer.get(); }
    SliceInteractor *sliceInteractor(View view) const;

    ViewerTool tool() const { return m_tool; }
    void setTool(ViewerTool tool);
    /// The 2D view that last had the mouse or focus.
    View activeView() const { return m_activeView; }
    void setActiveView(View view);
    void toggleMaximised(int index);
    /// The shown view (0..2 by View, 3 the 3D view) under a global screen position; -1
    /// when none is.
    int viewIndexAt(const QPoint &globalPos) const;
    int maximisedView() const { return m_maximised; }
    /// Fits every 2D view again (zoom 1, centred).
    void resetCameras();
    /// Redraws the 3D view now at full quality (tests, screenshots).
    void renderVolumeNow();
    void setVolumeClip(int clip);
    void setVolumePreset(int preset);

Q_SIGNALS:
    void activeViewChanged(brainmd::View view);
    void toolChanged(brainmd::ViewerTool tool);

private:
    void updateFromModel(ViewerModel::Changes changes);
    void scheduleVolumeRender();
    void redrawSliceViews();

    ViewerModel *m_model;
    QGridLayout *m_grid = nullptr;
    std::array<VtkViewWidget *, 4> m_views{};
    std::array<std::unique_ptr<SliceRenderer>, 3> m_sliceRenderers;
    std::array<std::unique_ptr<SliceInteractor>, 3> m_sliceInteractors;
    std::unique_ptr<VolumeRenderer> m_volumeRenderer;
    std::unique_ptr<VolumeInteractor> m_volumeInteractor;
    std::shared_ptr<const Volume> m_volume;
    std::shared_ptr<const Volume> m_preview;
    vtkSmartPointer<vtkImageData> m_image;
    vtkSmartPointer<vtkImageData> m_previewImage;
    std::shared_ptr<const Volume> m_labels;
    vtkSmartPointer<vtkImageData> m_labelImage; ///< borrows m_labels' voxels
    bool m_segmentationVisible = true;
    double m_segmentationOpacity = 0.4;
    ViewerTool m_tool = ViewerTool::WindowLevel;
    View m_activeView = View::Axial;
    int m_maximised = -1;
    QTimer m_volumeTimer;
    bool m_volumeDirty = false;
};

} // namespace brainmd
