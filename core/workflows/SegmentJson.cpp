#include "workflows/SegmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace brainmd {

QString segmentsToJson(const std::vector<SegmentDescription> &segments) {
    QJsonArray array;
    for (const SegmentDescription &s : segments) {
        array.append(
            QJsonObject{{QStringLiteral("number"), s.number},
                        {QStringLiteral("label"), s.label},
                        {QStringLiteral("category"), s.category},
                        {QStringLiteral("type"), s.type},
                        {QStringLiteral("rgb"), QJsonArray{s.rgb[0], s.rgb[1], s.rgb[2]}}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<SegmentDescription> segmentsFromJson(const QString &json) {
    std::vector<SegmentDescription> segments;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (!value.isObject())
            continue;
        const QJsonObject o = value.toObject();
        SegmentDescription s;
        s.number = o.value(QStringLiteral("number")).toInt();
        s.label = o.value(QStringLiteral("label")).toString();
        s.category = o.value(QStringLiteral("category")).toString();
        s.type = o.value(QStringLiteral("type")).toString();
        const QJsonArray rgb = o.value(QStringLiteral("rgb")).toArray();
        for (qsizetype c = 0; c < 3 && c < rgb.size(); ++c)
            s.rgb[static_cast<std::size_t>(c)] =
                static_cast<std::uint8_t>(std::clamp(rgb[c].toInt(), 0, 255));
        segments.push_back(std::move(s));
    }
    return segments;
}

} // namespace brainmd
