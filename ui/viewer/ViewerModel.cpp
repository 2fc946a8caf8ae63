#include "ui/viewer/ViewerModel.h"

#include <Eigen/Geometry>

#include <algorithm>

namespace brainmd {

ViewerModel::ViewerModel(QObject *parent)
    : QObject(parent) {}

void ViewerModel::setVolume(std::shared_ptr<const Volume> rasVolume, const WindowLevel &window,
                            const QString &title) {
    m_volume = std::move(rasVolume);
    m_title = title;
    m_markers.clear();
    m_profiles = {};
    if (m_volume) {
        const auto &d = m_volume->geometry().dims;
        m_cursor = {d[0] / 2, d[1] / 2, d[2] / 2};
    }
    m_window = window;
    m_defaultWindow = window;
    Q_EMIT changed(VolumeChanged | SlicesChanged | WindowChanged | OverlaysChanged);
}

void ViewerModel::clear() {
    m_volume.reset();
    m_title.clear();
    m_markers.clear();
    m_profiles = {};
    Q_EMIT changed(VolumeChanged | SlicesChanged | OverlaysChanged);
}

int ViewerModel::sliceCount(View view) const {
    return m_volume ? m_volume->geometry().dims[viewAxis(view)] : 0;
}

double ViewerModel::slicePositionMm(View view) const {
    return slicePositionMm(view, sliceIndex(view));
}

double ViewerModel::slicePositionMm(View view, int index) const {
    if (!m_volume)
        return 0.0;
    const Geometry &g = m_volume->geometry();
    const int axis = viewAxis(view);
    Eigen::Vector3d centre((g.dims[0] - 1) / 2.0, (g.dims[1] - 1) / 2.0, (g.dims[2] - 1) / 2.0);
    centre[axis] = index;
    return (g.indexToRas() * centre.homogeneous())[axis];
}

void ViewerModel::setSliceIndex(View view, int index) {
    if (!m_volume)
        return;
    const int axis = viewAxis(view);
    index = std::clamp(index, 0, m_volume->geometry().dims[axis] - 1);
    if (m_cursor[static_cast<std::size_t>(axis)] == index)
        return;
    m_cursor[static_cast<std::size_t>(axis)] = index;
    Q_EMIT changed(SlicesChanged);
}

void ViewerModel::setCursor(const std::array<int, 3> &voxel) {
    if (!m_volume)
        return;
    std::array<int, 3> clamped{};
    for (std::size_t a = 0; a < 3; ++a)
        clamped[a] = std::clamp(voxel[a], 0, m_volume->geometry().dims[a] - 1);
    if (clamped == m_cursor)
        return;
    m_cursor = clamped;
    Q_EMIT changed(SlicesChanged);
}

void ViewerModel::setWindow(const WindowLevel &window) {
    WindowLevel w = window;
    w.width = std::max(w.width, 1e-3);
    if (w.center == m_window.center && w.width == m_window.width)
        return;
    m_window = w;
    Q_EMIT changed(WindowChanged);
}

void ViewerModel::setOverlayVisible(OverlayKind kind, bool visible) {
    auto &flag = m_overlays[static_cast<std::size_t>(kind)];
    if (flag == visible)
        return;
    flag = visible;
    Q_EMIT changed(OverlaysChanged);
}

void ViewerModel::setMarkers(std::vector<SliceMarker> markers) {
    m_markers = std::move(markers);
    Q_EMIT changed(OverlaysChanged);
}

void ViewerModel::setVoteProfiles(std::array<std::vector<double>, 3> profiles) {
    m_profiles = std::move(profiles);
    Q_EMIT changed(OverlaysChanged);
}

} // namespace brainmd
