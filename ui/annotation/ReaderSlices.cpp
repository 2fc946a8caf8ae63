#include "ui/annotation/ReaderSlices.h"

#include "reading/ReadingFlow.h"
#include "volume/SliceImage.h"
#include "volume/Volume.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>

#include <map>

namespace brainmd {

namespace {
constexpr int kImageSize = 180; ///< px, the longer side of each image
}

ReaderSlices::ReaderSlices(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void ReaderSlices::setVolume(std::shared_ptr<const Volume> rasVolume, const WindowLevel &window) {
    m_volume = std::move(rasVolume);
    m_window = window;
}

void ReaderSlices::showMarks(const std::vector<SliceMark> &marks) {
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_images = 0;
    if (!m_volume || marks.empty())
        return;
    // Rows: raters (reader, pass) in a stable order; columns: the three views.
    std::map<std::pair<QString, int>, int> rows;
    for (const SliceMark &m : marks)
        rows.emplace(std::make_pair(m.readerName, m.pass), 0);
    int row = 0;
    for (auto &[rater, index] : rows)
        index = row++;
    for (const SliceMark &m : marks) {
        const QImage image = toGrayImage(extractSlice(*m_volume, m.view, m.sliceIndex), m_window);
        auto *picture = new QLabel(this);
        picture->setObjectName(QStringLiteral("readerSlice"));
        picture->setPixmap(QPixmap::fromImage(
            image.scaled(kImageSize, kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        const QString rater = m.pass == 1 ? m.readerName
                                          : QCoreApplication::translate("brainmd", "%1 (pass %2)")
                                                .arg(m.readerName)
                                                .arg(m.pass);
        picture->setToolTip(
            QCoreApplication::translate("brainmd", "%1: %2 slice %3 (%4)")
                .arg(rater, QCoreApplication::translate("brainmd", viewName(m.view)))
                .arg(m.sliceIndex + 1)
                .arg(positionText(viewAxis(m.view), m.positionMm)));
        auto *caption = new QLabel(picture->toolTip(), this);
        const int r = 2 * rows.at({m.readerName, m.pass});
        const int column = static_cast<int>(m.view);
        m_grid->addWidget(picture, r, column, Qt::AlignCenter);
        m_grid->addWidget(caption, r + 1, column, Qt::AlignCenter);
        ++m_images;
    }
}

} // namespace brainmd
