#include "io/seg/SegmentationCodec.h"

#include <QDataStream>
#include <QIODevice>

namespace brainmd {

namespace {

constexpr quint32 kMagic = 0x424d5347; // "BMSG"
constexpr quint32 kVersion = 1;

void writeVector(QDataStream &s, const Eigen::Vector3d &v) {
    s << v[0] << v[1] << v[2];
}

void readVector(QDataStream &s, Eigen::Vector3d &v) {
    s >> v[0] >> v[1] >> v[2];
}

QByteArray packBits(const std::vector<std::uint8_t> &pixels) {
    QByteArray packed(static_cast<qsizetype>((pixels.size() + 7) / 8), '\0');
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        if (pixels[i] != 0)
            packed[static_cast<qsizetype>(i / 8)] =
                static_cast<char>(packed[static_cast<qsizetype>(i / 8)] | (1 << (i % 8)));
    }
    return packed;
}

bool unpackBits(const QByteArray &packed, std::size_t count, std::vector<std::uint8_t> &pixels) {
    if (static_cast<std::size_t>(packed.size()) != (count + 7) / 8)
        return false;
    pixels.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i)
        pixels[i] = (packed[static_cast<qsizetype>(i / 8)] >> (i % 8)) & 1;
    return true;
}

} // namespace

QByteArray encodeSegmentation(const SegmentationObject &seg) {
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kMagic << kVersion << seg.filePath << seg.sopInstanceUid << seg.seriesInstanceUid
      << seg.referencedSeriesInstanceUid << seg.frameOfReferenceUid << qint32(seg.rows)
      << qint32(seg.columns);
    writeVector(s, seg.rowDirection);
    writeVector(s, seg.columnDirection);
    s << seg.pixelSpacing[0] << seg.pixelSpacing[1] << seg.sliceThickness << seg.fractional
      << qint32(seg.maximumFractionalValue);
    s << quint32(seg.segments.size());
    for (const SegmentDescription &d : seg.segments)
        s << qint32(d.number) << d.label << d.category << d.type << d.categoryCode << d.typeCode
          << d.algorithmName << d.rgb[0] << d.rgb[1] << d.rgb[2];
    s << quint32(seg.frames.size());
    for (const SegmentationFrame &f : seg.frames) {
        s << qint32(f.segmentNumber);
        writeVector(s, f.position);
        s << f.referencedSopInstanceUid << qint32(f.index) << quint64(f.pixels.size())
          << packBits(f.pixels);
    }
    return bytes;
}

bool decodeSegmentation(const QByteArray &bytes, SegmentationObject *seg) {
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    s >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return false;
    SegmentationObject out;
    qint32 rows = 0, columns = 0, maximum = 0;
    s >> out.filePath >> out.sopInstanceUid >> out.seriesInstanceUid >>
        out.referencedSeriesInstanceUid >> out.frameOfReferenceUid >> rows >> columns;
    readVector(s, out.rowDirection);
    readVector(s, out.columnDirection);
    s >> out.pixelSpacing[0] >> out.pixelSpacing[1] >> out.sliceThickness >> out.fractional >>
        maximum;
    out.rows = rows;
    out.columns = columns;
    out.maximumFractionalValue = maximum;
    quint32 segments = 0;
    s >> segments;
    if (s.status() != QDataStream::Ok || segments > (1u << 16))
        return false;
    for (quint32 i = 0; i < segments; ++i) {
        SegmentDescription d;
        qint32 number = 0;
        s >> number >> d.label >> d.category >> d.type >> d.categoryCode >> d.typeCode >>
            d.algorithmName >> d.rgb[0] >> d.rgb[1] >> d.rgb[2];
        d.number = number;
        out.segments.push_back(std::move(d));
    }
    quint32 frames = 0;
    s >> frames;
    if (s.status() != QDataStream::Ok || frames > (1u << 24))
        return false;
    out.frames.reserve(frames);
    for (quint32 i = 0; i < frames; ++i) {
        SegmentationFrame f;
        qint32 number = 0, index = 0;
        quint64 count = 0;
        QByteArray packed;
        s >> number;
        readVector(s, f.position);
        s >> f.referencedSopInstanceUid >> index >> count >> packed;
        if (s.status() != QDataStream::Ok || !unpackBits(packed, count, f.pixels))
            return false;
        f.segmentNumber = number;
        f.index = index;
        out.frames.push_back(std::move(f));
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return false;
    *seg = std::move(out);
    return true;
}

} // namespace brainmd
