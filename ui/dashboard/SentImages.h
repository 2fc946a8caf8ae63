#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QHBoxLayout;

namespace brainmd {

/// One image of a stored chat request, in the order sent.
struct SentImage {
    QString hash;        ///< SHA-256 hex of the PNG (bench_images)
    bool ofCase = false; ///< in the last user message: the case asked about, not an example
};

/// The images of a stored request ("brainmd-image:sha256:<hex>" references).
std::vector<SentImage> sentImages(const QString &requestJson);

/// The very images a request sent, decoded from the stored PNGs: the examples small, the
/// case's own image at the size the model received it, each with a caption.
class SentImagesStrip final : public QWidget {
    Q_OBJECT

public:
    explicit SentImagesStrip(QWidget *parent = nullptr);

    /// `pngs[i]` is the stored PNG of `images[i]` (empty when it is missing).
    void showImages(const std::vector<SentImage> &images, const std::vector<QByteArray> &pngs);
    void clear();
    /// Images shown (for tests): of the case, and in all.
    int caseImages() const { return m_caseImages; }
    int shownImages() const { return m_shown; }

private:
    QHBoxLayout *m_row = nullptr;
    int m_caseImages = 0;
    int m_shown = 0;
};

} // namespace brainmd
