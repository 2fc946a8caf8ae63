#pragma once

#include "reading/AnnotationTypes.h"
#include "volume/WindowLevel.h"

#include <QWidget>

#include <memory>
#include <vector>

class QGridLayout;

namespace brainmd {

class Volume;

/// The readers' chosen slices of one case side by side as images (a column per view, a
/// row per reader and pass), each captioned with the reader, the slice and its position
/// in the viewer's convention, so an adjudicator compares what each reader saw rather
/// than slice numbers. Draws from the case's RAS volume already loaded in the viewer
/// (no loading in the GUI thread); empty without a volume or marks.
class ReaderSlices final : public QWidget {
    Q_OBJECT

public:
    explicit ReaderSlices(QWidget *parent = nullptr);

    /// The volume (RAS-aligned) and window the images are drawn with.
    void setVolume(std::shared_ptr<const Volume> rasVolume, const WindowLevel &window);
    /// Shows `marks` (every reader's current marks of the case); clears with none.
    void showMarks(const std::vector<SliceMark> &marks);
    int imageCount() const { return m_images; }

private:
    std::shared_ptr<const Volume> m_volume;
    WindowLevel m_window;
    QGridLayout *m_grid;
    int m_images = 0;
};

} // namespace brainmd
