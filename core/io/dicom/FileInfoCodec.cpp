#include "io/dicom/FileInfoCodec.h"

#include <QDataStream>
#include <QIODevice>

namespace brainmd::dicom {

namespace {

constexpr quint32 kVersion = 1;

template <typename T> void putOptional(QDataStream &s, const std::optional<T> &v) {
    s << v.has_value();
    if (v)
        s << *v;
}

template <typename T> void getOptional(QDataStream &s, std::optional<T> *v) {
    bool present = false;
    s >> present;
    if (!present) {
        v->reset();
        return;
    }
    T value{};
    s >> value;
    *v = value;
}

/// Both directions over one field list, so that encoding and decoding cannot drift apart.
template <typename Stream, typename Info> void fields(Stream &s, Info &i) {
    s(i.path, i.size, i.mtimeMs, i.sopInstanceUid, i.sopClassUid, i.seriesInstanceUid,
      i.studyInstanceUid, i.frameOfReferenceUid, i.transferSyntaxUid, i.patientId, i.patientName,
      i.patientBirthDate, i.patientSex, i.accessionNumber, i.studyDate, i.studyTime,
      i.studyDescription, i.seriesDescription, i.modality, i.seriesNumber, i.instanceNumber,
      i.acquisitionNumber, i.rows, i.columns, i.frames, i.imageType, i.libraryMessages);
}

} // namespace

QByteArray encodeFileInfo(const DicomFileInfo &info) {
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s << kVersion;
    const auto put = [&s](const auto &...values) {
        ((s << values), ...);
    };
    fields(put, info);
    putOptional(s, info.echoTime);
    putOptional(s, info.bValue);
    s << info.imagePosition.has_value();
    if (info.imagePosition)
        s << info.imagePosition->x() << info.imagePosition->y() << info.imagePosition->z();
    s << info.imageOrientation.has_value();
    if (info.imageOrientation) {
        for (double v : *info.imageOrientation)
            s << v;
    }
    return bytes;
}

bool decodeFileInfo(const QByteArray &bytes, DicomFileInfo *info) {
    QDataStream s(bytes);
    quint32 version = 0;
    s >> version;
    if (version != kVersion)
        return false;
    const auto get = [&s](auto &...values) {
        ((s >> values), ...);
    };
    fields(get, *info);
    getOptional(s, &info->echoTime);
    getOptional(s, &info->bValue);
    bool present = false;
    s >> present;
    if (present) {
        double x = 0, y = 0, z = 0;
        s >> x >> y >> z;
        info->imagePosition = Eigen::Vector3d(x, y, z);
    }
    s >> present;
    if (present) {
        std::array<double, 6> o{};
        for (double &v : o)
            s >> v;
        info->imageOrientation = o;
    }
    return s.status() == QDataStream::Ok && s.atEnd();
}

} // namespace brainmd::dicom
