#include "ui/viewer/ViewerWidget.h"

#include "ui/viewer/SegmentationOverlay.h"
#include "ui/viewer/SliceRenderer.h"
#include "ui/viewer/VolumeInteractor.h"
#include "ui/viewer/VolumeRenderer.h"
#include "ui/viewer/VtkImageAdapter.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QGridLayout>

#include <algorithm>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>

namespace brainmd {

namespace {
constexpr int kSettleMs = 350;
}

ViewerWidget::ViewerWidget(ViewerModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model) {
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    setStyleSheet(QStringLiteral("background: #202226;"));
    for (View view : kAllViews) {
        const auto i = static_cast<std::size_t>(view);
        m_views[i] = new VtkViewWidget(this);
        m_views[i]->setObjectName(QString::fromLatin1(viewName(view)));
        m_sliceRenderers[i] = std::make_unique<SliceRenderer>(view);
        m_views[i]->addRenderer(m_sliceRenderers[i]->renderer());
        m_sliceInteractors[i] = std::make_unique<SliceInteractor>(model, m_sliceRenderers[i].get(),
                                                                  m_views[i], &m_tool);
        m_views[i]->setInputHandler(m_sliceInteractors[i].get());
        connect(m_views[i], &VtkViewWidget::activated, this, [this, view] { setActiveView(view); });
        // A view the user has not zoomed stays fitted to its size.
        connect(m_views[i], &VtkViewWidget::resized, this, [this, i] {
            if (m_sliceRenderers[i]->magnification() == 1.0)
                m_sliceRenderers[i]->resetCamera();
        });
    }
    m_views[kVolumeView] = new VtkViewWidget(this);
    m_views[kVolumeView]->setObjectName(QStringLiteral("volume3d"));
    m_volumeRenderer = std::make_unique<VolumeRenderer>();
    m_views[kVolumeView]->renderWindow()->SetNumberOfLayers(2);
    m_views[kVolumeView]->addRenderer(m_volumeRenderer->renderer());
    m_views[kVolumeView]->addRenderer(m_volumeRenderer->overlayRenderer());
    m_volumeInteractor = std::make_unique<VolumeInteractor>(
        m_volumeRenderer.get(), m_views[kVolumeView], [this] { scheduleVolumeRender(); });
    m_views[kVolumeView]->setInputHandler(m_volumeInteractor.get());
    // Slicer's layout: axial top left, 3D top right, coronal and sagittal below.
    m_grid->addWidget(m_views[0], 0, 0);
    m_grid->addWidget(m_views[kVolumeView], 0, 1);
    m_grid->addWidget(m_views[1], 1, 0);
    m_grid->addWidget(m_views[2], 1, 1);
    for (int i = 0; i < 4; ++i)
        connect(m_views[static_cast<std::size_t>(i)], &VtkViewWidget::doubleClicked, this,
                [this, i] { toggleMaximised(i); });

    m_volumeTimer.setSingleShot(true);
    m_volumeTimer.setInterval(kSettleMs);
    connect(&m_volumeTimer, &QTimer::timeout, this, [this] {
        m_volumeRenderer->setInteractive(false);
        m_volumeDirty = false;
        m_views[kVolumeView]->requestRender();
    });
    connect(model, &ViewerModel::changed, this, &ViewerWidget::updateFromModel);
}

ViewerWidget::~ViewerWidget() = default;

VtkViewWidget *ViewerWidget::viewWidget(int index) const {
    return m_views.at(static_cast<std::size_t>(index));
}

SliceRenderer *ViewerWidget::sliceRenderer(View view) const {
    return m_sliceRenderers[static_cast<std::size_t>(view)].get();
}

SliceInteractor *ViewerWidget::sliceInteractor(View view) const {
    return m_sliceInteractors[static_cast<std::size_t>(view)].get();
}

void ViewerWidget::showVolume(std::shared_ptr<const Volume> rasVolume, const WindowLevel &window,
                              const QString &title, std::shared_ptr<const Volume> preview) {
    // The images borrow the volumes' voxels: replace each pair together, image first.
    if (!preview)
        preview = rasVolume;
    m_image = rasVolume ? wrapRasVolume(*rasVolume) : nullptr;
    m_previewImage = preview == rasVolume ? m_image : wrapRasVolume(*preview);
    clearSegmentation(); // a mask belongs to the volume it was placed on
    for (auto &renderer : m_sliceRenderers)
        renderer->setImage(m_image);
    m_volumeRenderer->setImage(m_previewImage);
    m_volume = rasVolume;
    m_preview = preview;
    m_model->setVolume(std::move(rasVolume), window, title);
    resetCameras();
}

void ViewerWidget::clearVolume() {
    clearSegmentation();
    m_model->clear();
    for (auto &renderer : m_sliceRenderers)
        renderer->setImage(nullptr);
    m_volumeRenderer->setImage(nullptr);
    m_image = nullptr;
    m_previewImage = nullptr;
    m_volume.reset();
    m_preview.reset();
    for (VtkViewWidget *w : m_views)
        w->requestRender();
}

bool ViewerWidget::setSegmentation(Volume labelsRas,
                                   const std::vector<SegmentDescription> &segments) {
    return setSegmentation(std::make_shared<const Volume>(std::move(labelsRas)), segments);
}

bool ViewerWidget::setSegmentation(std::shared_ptr<const Volume> labels,
                                   const std::vector<SegmentDescription> &segments) {
    if (!m_volume || !labels || labels->type() != VoxelType::Int16 ||
        labels->geometry().dims != m_volume->geometry().dims ||
        !labels->geometry().sameGrid(m_volume->geometry(), 0.01))
        return false;
    // The image borrows the shared voxels (no copy on the GUI thread): keep both, set the
    // image last, and drop them together.
    vtkSmartPointer<vtkImageData> image = wrapRasVolume(*labels);
    for (View view : kAllViews) {
        SegmentationOverlay *overlay = sliceRenderer(view)->segmentation();
        overlay->setSlice(m_model->sliceIndex(view));
        overlay->setOpacity(m_segmentationOpacity);
        overlay->setVisible(m_segmentationVisible);
        overlay->setLabels(image, segments);
    }
    m_labels = std::move(labels);
    m_labelImage = std::move(image);
    redrawSliceViews();
    return true;
}

void ViewerWidget::clearSegmentation() {
    if (!m_labels)
        return;
    for (View view : kAllViews)
        sliceRenderer(view)->segmentation()->setLabels(nullptr, {});
    m_labelImage = nullptr;
    m_labels.reset();
    redrawSliceViews();
}

void ViewerWidget::setSegmentationVisible(bool visible) {
    if (m_segmentationVisible == visible)
        return;
    m_segmentationVisible = visible;
    for (View view : kAllViews)
        sliceRenderer(view)->segmentation()->setVisible(visible);
    redrawSliceViews();
}

void ViewerWidget::setSegmentationOpacity(double opacity) {
    m_segmentationOpacity = std::clamp(opacity, 0.0, 1.0);
    for (View view : kAllViews)
        sliceRenderer(view)->segmentation()->setOpacity(m_segmentationOpacity);
    redrawSliceViews();
}

void ViewerWidget::redrawSliceViews() {
    for (View view : kAllViews)
        m_views[static_cast<std::size_t>(view)]->requestRender();
}

void ViewerWidget::updateFromModel(ViewerModel::Changes changes) {
    for (View view : kAllViews) {
        m_sliceRenderers[static_cast<std::size_t>(view)]->updateFromModel(*m_model, changes);
        m_views[static_cast<std::size_t>(view)]->requestRender();
    }
    m_volumeRenderer->updateFromModel(*m_model, changes);
    scheduleVolumeRender();
}

void ViewerWidget::scheduleVolumeRender() {
    m_volumeDirty = true;
    // Not drawn before the timer, but whatever paints the 3D view meanwhile (a grab, an
    // expose) shows the scene as it is, not an older frame.
    m_views[kVolumeView]->invalidate();
    m_volumeTimer.start();
}

void ViewerWidget::renderVolumeNow() {
    m_volumeTimer.stop();
    m_volumeRenderer->setInteractive(false);
    m_volumeDirty = false;
    m_views[kVolumeView]->requestRender();
    m_views[kVolumeView]->repaint();
}

void ViewerWidget::setTool(ViewerTool tool) {
    if (m_tool == tool)
        return;
    m_tool = tool;
    Q_EMIT toolChanged(tool);
}

void ViewerWidget::setActiveView(View view) {
    if (m_activeView == view)
        return;
    m_activeView = view;
    Q_EMIT activeViewChanged(view);
}

void ViewerWidget::toggleMaximised(int index) {
    m_maximised = m_maximised == index ? -1 : index;
    for (int i = 0; i < 4; ++i)
        m_views[static_cast<std::size_t>(i)]->setVisible(m_maximised < 0 || m_maximised == i);
    resetCameras();
}

int ViewerWidget::viewIndexAt(const QPoint &globalPos) const {
    for (int i = 0; i < 4; ++i) {
        const VtkViewWidget *view = m_views[static_cast<std::size_t>(i)];
        if (view->isVisible() && view->rect().contains(view->mapFromGlobal(globalPos)))
            return i;
    }
    return -1;
}

void ViewerWidget::resetCameras() {
    for (View view : kAllViews) {
        SliceRenderer *renderer = m_sliceRenderers[static_cast<std::size_t>(view)].get();
        renderer->resetCamera();
        renderer->updateFromModel(*m_model, {});
        m_views[static_cast<std::size_t>(view)]->requestRender();
    }
    scheduleVolumeRender();
}

void ViewerWidget::setVolumeClip(int clip) {
    m_volumeRenderer->setClip(static_cast<VolumeRenderer::Clip>(clip), m_activeView);
    m_volumeRenderer->updateFromModel(*m_model, {});
    scheduleVolumeRender();
}

void ViewerWidget::setVolumePreset(int preset) {
    m_volumeRenderer->setPreset(preset);
    scheduleVolumeRender();
}

} // namespace brainmd
