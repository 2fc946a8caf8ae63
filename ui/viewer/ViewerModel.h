#pragma once

#include "volume/Orientation.h"
#include "volume/Volume.h"
#include "volume/WindowLevel.h"

#include <QColor>
#include <QObject>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace brainmd {

/// Groups of things drawn over the images that the user can switch on and off.
enum class OverlayKind {
    Crosshair = 0,
    OwnMarks,     ///< the reader's representative slices
    OtherReaders, ///< other readers' marks (only when the session allows)
    References,   ///< imported reference slices (e.g. phantom truth)
    Selections,   ///< Vote-MI and baseline selections
    VoteProfile,  ///< Vote-MI vote histograms along each axis
    Count
};

/// A slice shown as a line in the other views (and a tick in its own view).
struct SliceMarker {
    OverlayKind kind = OverlayKind::OwnMarks;
    View view = View::Axial;
    int sliceIndex = 0;
    QColor color;
    QString label; ///< e.g. the reader's name or "votemi"
};

/// The one state object the viewer's views draw from: the case's RAS volume, the
/// cursor (crosshair voxel), the window, overlay switches and markers. Views read it
/// in updateFromModel(); tools change it through the setters, which emit changed().
/// Voxel indices are on the RAS-aligned grid (axis 0 → R, 1 → A, 2 → S). GUI thread only.
class ViewerModel final : public QObject {
    Q_OBJECT

public:
    enum Change { VolumeChanged = 1, SlicesChanged = 2, WindowChanged = 4, OverlaysChanged = 8 };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit ViewerModel(QObject *parent = nullptr);

    /// Shows a volume already reoriented with reorientToRas(); the cursor goes to the
    /// centre and the window to `window`, which is also what resetWindow() restores.
    void setVolume(std::shared_ptr<const Volume> rasVolume, const WindowLevel &window,
                   const QString &title = {});
    void clear();
    const std::shared_ptr<const Volume> &volume() const { return m_volume; }
    bool hasVolume() const { return m_volume != nullptr; }
    QString title() const { return m_title; }

    int sliceCount(View view) const;
    int sliceIndex(View view) const { return m_cursor[static_cast<std::size_t>(viewAxis(view))]; }
    /// RAS coordinate (mm) of the view's current slice along its axis.
    double slicePositionMm(View view) const;
    double slicePositionMm(View view, int index) const;
    const std::array<int, 3> &cursor() const { return m_cursor; }
    void setSliceIndex(View view, int index);
    void setCursor(const std::array<int, 3> &voxel);

    const WindowLevel &window() const { return m_window; }
    const WindowLevel &defaultWindow() const { return m_defaultWindow; }
    void setWindow(const WindowLevel &window);
    void resetWindow() { setWindow(m_defaultWindow); }

    bool overlayVisible(OverlayKind kind) const {
        return m_overlays[static_cast<std::size_t>(kind)];
    }
    void setOverlayVisible(OverlayKind kind, bool visible);
    /// Markers drawn when their kind is visible.
    const std::vector<SliceMarker> &markers() const { return m_markers; }
    void setMarkers(std::vector<SliceMarker> markers);
    /// Vote profile (votes per slice) along each view's axis; empty when none.
    const std::vector<double> &voteProfile(View view) const {
        return m_profiles[static_cast<std::size_t>(view)];
    }
    void setVoteProfiles(std::array<std::vector<double>, 3> profiles);

Q_SIGNALS:
    void changed(brainmd::ViewerModel::Changes changes);

private:
    std::shared_ptr<const Volume> m_volume;
    QString m_title;
    std::array<int, 3> m_cursor{0, 0, 0};
    WindowLevel m_window;
    WindowLevel m_defaultWindow;
    std::array<bool, static_cast<std::size_t>(OverlayKind::Count)> m_overlays{true,  true,  false,
                                                                              false, false, false};
    std::vector<SliceMarker> m_markers;
    std::array<std::vector<double>, 3> m_profiles;
};

} // namespace brainmd

Q_DECLARE_OPERATORS_FOR_FLAGS(brainmd::ViewerModel::Changes)
