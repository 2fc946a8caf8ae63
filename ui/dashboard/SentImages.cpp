#include "ui/dashboard/SentImages.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace brainmd {

namespace {

const QString kImagePrefix = QStringLiteral("brainmd-image:sha256:");
constexpr int kExampleSize = 96; // examples: enough to tell them apart

} // namespace

std::vector<SentImage> sentImages(const QString &requestJson) {
    // Baselines store their hints as a second JSON line after the compact request.
    const QJsonObject request =
        QJsonDocument::fromJson(requestJson.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
    const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
    int lastUser = -1;
    for (int i = 0; i < messages.size(); ++i) {
        if (messages.at(i).toObject().value(QStringLiteral("role")).toString() ==
            QLatin1String("user"))
            lastUser = i;
    }
    std::vector<SentImage> images;
    for (int i = 0; i < messages.size(); ++i) {
        for (const QJsonValue &part :
             messages.at(i).toObject().value(QStringLiteral("content")).toArray()) {
            const QString url = part.toObject()
                                    .value(QStringLiteral("image_url"))
                                    .toObject()
                                    .value(QStringLiteral("url"))
                                    .toString();
            if (url.startsWith(kImagePrefix))
                images.push_back({url.mid(kImagePrefix.size()), i == lastUser});
        }
    }
    return images;
}

SentImagesStrip::SentImagesStrip(QWidget *parent)
    : QWidget(parent) {
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addStretch(1);
}

void SentImagesStrip::clear() {
    while (m_row->count() > 1) { // keep the stretch at the end
        QLayoutItem *item = m_row->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_caseImages = 0;
    m_shown = 0;
}

void SentImagesStrip::showImages(const std::vector<SentImage> &images,
                                 const std::vector<QByteArray> &pngs) {
    clear();
    int example = 0;
    for (std::size_t i = 0; i < images.size(); ++i) {
        QPixmap pixmap;
        const bool decoded = i < pngs.size() && pixmap.loadFromData(pngs[i], "PNG");
        auto *cell = new QWidget(this);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        auto *picture = new QLabel(cell);
        picture->setAlignment(Qt::AlignCenter);
        if (!decoded)
            picture->setText(tr("(image not stored)"));
        else if (images[i].ofCase)
            picture->setPixmap(pixmap); // as sent: the model's resolution
        else
            picture->setPixmap(pixmap.scaled(kExampleSize, kExampleSize, Qt::KeepAspectRatio,
                                             Qt::SmoothTransformation));
        auto *caption = new QLabel(
            images[i].ofCase
                ? tr("Sent for this case (%1×%2 px)").arg(pixmap.width()).arg(pixmap.height())
                : tr("Example %1").arg(++example),
            cell);
        caption->setAlignment(Qt::AlignCenter);
        column->addWidget(picture, 0, Qt::AlignBottom);
        column->addWidget(caption);
        m_row->insertWidget(m_row->count() - 1, cell);
        ++m_shown;
        if (images[i].ofCase && decoded)
            ++m_caseImages;
    }
}

} // namespace brainmd
