#include "io/seg/SegmentationServer.h"

#include "io/seg/DicomSegmentation.h"
#include "io/seg/SegmentationCodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

int runSegmentationServer(int inFd, int outFd) {
    QFile in;
    QFile out;
    if (!in.open(inFd, QIODevice::ReadOnly) || !out.open(outFd, QIODevice::WriteOnly))
        return 1;
    while (true) {
        const QByteArray request = in.readLine();
        if (request.isEmpty())
            return 0;
        const QString path =
            QJsonDocument::fromJson(request).object().value(QStringLiteral("in")).toString();
        if (path.isEmpty())
            return 1;
        QString error;
        const SegmentationObject seg = readSegmentation(path, &error);
        const QByteArray payload = error.isEmpty() ? encodeSegmentation(seg) : QByteArray();
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("ok"), error.isEmpty()},
                                            {QStringLiteral("error"), error},
                                            {QStringLiteral("bytes"), payload.size()}})
                      .toJson(QJsonDocument::Compact) +
                  '\n');
        out.write(payload);
        out.flush();
    }
}

} // namespace brainmd
