#include "DicomTestUtil.h"

#include <QFile>

#include <Eigen/Geometry>

#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <cmath>
#include <cstdint>
#include <cstring>

namespace brainmd::test {

Eigen::Matrix3d rotation(double degreesX, double degreesY, double degreesZ) {
    const double r = M_PI / 180.0;
    return (Eigen::AngleAxisd(degreesZ * r, Eigen::Vector3d::UnitZ()) *
            Eigen::AngleAxisd(degreesY * r, Eigen::Vector3d::UnitY()) *
            Eigen::AngleAxisd(degreesX * r, Eigen::Vector3d::UnitX()))
        .toRotationMatrix();
}

Volume syntheticVolume(std::array<int, 3> dims, const Eigen::Vector3d &spacing,
                       const Eigen::Vector3d &origin, const Eigen::Matrix3d &direction) {
    Geometry g;
    g.dims = dims;
    g.spacing = spacing;
    g.origin = origin;
    g.direction = direction;
    Volume v(g, VoxelType::Int16);
    std::int16_t *data = v.int16Data();
    for (int k = 0; k < dims[2]; ++k)
        for (int j = 0; j < dims[1]; ++j)
            for (int i = 0; i < dims[0]; ++i)
                data[v.linearIndex(i, j, k)] =
                    static_cast<std::int16_t>(1000 * k + 37 * j + 3 * i - 500);
    return v;
}

DicomSeriesMetadata metadata(int seriesNumber) {
    DicomSeriesMetadata m;
    m.patientName = QStringLiteral("Phantom^Test");
    m.patientId = QStringLiteral("P001");
    m.patientBirthDate = QStringLiteral("19700101");
    m.patientSex = QStringLiteral("O");
    const QString root = QStringLiteral("1.2.826.0.1.3680043.10.1234");
    m.studyInstanceUid = root + QStringLiteral(".1");
    m.seriesInstanceUid = root + QStringLiteral(".2.") + QString::number(seriesNumber);
    m.frameOfReferenceUid = root + QStringLiteral(".3");
    m.sopUidRoot = root + QStringLiteral(".4.") + QString::number(seriesNumber);
    m.accessionNumber = QStringLiteral("ACC1");
    m.studyDate = QStringLiteral("20240102");
    m.studyTime = QStringLiteral("101500");
    m.studyDescription = QStringLiteral("Brain");
    m.seriesDescription = QStringLiteral("T1 synthetic");
    m.institutionName = QStringLiteral("Test");
    m.seriesNumber = seriesNumber;
    m.windowCenter = 400;
    m.windowWidth = 1200;
    return m;
}

bool setTags(const QString &path,
             const std::vector<std::tuple<quint16, quint16, QString, QString>> &tags) {
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return false;
    gdcm::DataSet &ds = reader.GetFile().GetDataSet();
    for (const auto &[group, element, vr, value] : tags) {
        std::string s = value.toStdString();
        if (s.size() % 2 != 0)
            s += ' ';
        gdcm::DataElement de(gdcm::Tag(group, element));
        de.SetVR(gdcm::VR::GetVRType(vr.toLatin1().constData()));
        de.SetByteValue(s.data(), static_cast<std::uint32_t>(s.size()));
        ds.Replace(de);
    }
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(path).constData());
    return writer.Write();
}

bool setRawTag(const QString &path, quint16 group, quint16 element, const QString &vr,
               const QByteArray &bytes) {
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return false;
    QByteArray value = bytes;
    if (value.size() % 2 != 0)
        value.append(' ');
    gdcm::DataElement de(gdcm::Tag(group, element));
    de.SetVR(gdcm::VR::GetVRType(vr.toLatin1().constData()));
    de.SetByteValue(value.constData(), static_cast<std::uint32_t>(value.size()));
    reader.GetFile().GetDataSet().Replace(de);
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(path).constData());
    return writer.Write();
}

namespace {

/// Reads `path` with GDCM, lets `edit` change the data set and writes it back.
template <typename Edit> bool rewrite(const QString &path, Edit edit) {
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return false;
    if (!edit(reader.GetFile().GetDataSet()))
        return false;
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(path).constData());
    return writer.Write();
}

} // namespace

bool setUnsignedShortTag(const QString &path, quint16 group, quint16 element, quint16 value) {
    return rewrite(path, [&](gdcm::DataSet &ds) {
        gdcm::DataElement de(gdcm::Tag(group, element));
        de.SetVR(gdcm::VR::US);
        de.SetByteValue(reinterpret_cast<const char *>(&value), 2);
        ds.Replace(de);
        return true;
    });
}

bool removeTag(const QString &path, quint16 group, quint16 element) {
    return rewrite(path,
                   [&](gdcm::DataSet &ds) { return ds.Remove(gdcm::Tag(group, element)) == 1; });
}

bool changePixels(const QString &path, int delta) {
    return rewrite(path, [&](gdcm::DataSet &ds) {
        const gdcm::Tag pixels(0x7fe0, 0x0010);
        if (!ds.FindDataElement(pixels) || ds.GetDataElement(pixels).GetByteValue() == nullptr)
            return false;
        gdcm::DataElement de = ds.GetDataElement(pixels);
        const gdcm::ByteValue *bv = de.GetByteValue();
        std::vector<char> bytes(bv->GetPointer(), bv->GetPointer() + bv->GetLength());
        for (std::size_t n = 0; n + 1 < bytes.size(); n += 2) {
            std::int16_t v;
            std::memcpy(&v, bytes.data() + n, 2);
            v = static_cast<std::int16_t>(v + delta);
            std::memcpy(bytes.data() + n, &v, 2);
        }
        de.SetByteValue(bytes.data(), static_cast<std::uint32_t>(bytes.size()));
        ds.Replace(de);
        return true;
    });
}

bool truncatePixels(const QString &path, int bytes) {
    return rewrite(path, [&](gdcm::DataSet &ds) {
        const gdcm::Tag pixels(0x7fe0, 0x0010);
        if (!ds.FindDataElement(pixels) || ds.GetDataElement(pixels).GetByteValue() == nullptr)
            return false;
        gdcm::DataElement de = ds.GetDataElement(pixels);
        const gdcm::ByteValue *bv = de.GetByteValue();
        const std::vector<char> kept(bv->GetPointer(), bv->GetPointer() + bytes);
        de.SetByteValue(kept.data(), static_cast<std::uint32_t>(kept.size()));
        ds.Replace(de);
        return true;
    });
}

bool padPixels(const QString &path, int bytes) {
    return rewrite(path, [&](gdcm::DataSet &ds) {
        const gdcm::Tag pixels(0x7fe0, 0x0010);
        if (!ds.FindDataElement(pixels) || ds.GetDataElement(pixels).GetByteValue() == nullptr)
            return false;
        gdcm::DataElement de = ds.GetDataElement(pixels);
        const gdcm::ByteValue *bv = de.GetByteValue();
        std::vector<char> padded(bv->GetPointer(), bv->GetPointer() + bv->GetLength());
        padded.resize(padded.size() + static_cast<std::size_t>(bytes), '\0');
        de.SetByteValue(padded.data(), static_cast<std::uint32_t>(padded.size()));
        ds.Replace(de);
        return true;
    });
}

Imported importFolder(const QString &folder) {
    Imported out;
    out.scan = scanDicom({folder}, {}, nullptr);
    out.groups = groupIntoSeries(out.scan.images);
    return out;
}

double cornerDistance(const Geometry &a, const Geometry &b) {
    double worst = 0;
    for (int corner = 0; corner < 8; ++corner) {
        Eigen::Vector3d index;
        for (int axis = 0; axis < 3; ++axis)
            index[axis] = (corner >> axis & 1) ? a.dims[static_cast<std::size_t>(axis)] - 1 : 0;
        const Eigen::Vector3d pa = a.origin + a.direction * a.spacing.asDiagonal() * index;
        const Eigen::Vector3d pb = b.origin + b.direction * b.spacing.asDiagonal() * index;
        worst = std::max(worst, (pa - pb).norm());
    }
    return worst;
}

bool sameVoxels(const Volume &a, const Volume &b) {
    if (a.voxelCount() != b.voxelCount())
        return false;
    for (std::size_t n = 0; n < a.voxelCount(); ++n) {
        if (a.valueAt(n) != b.valueAt(n))
            return false;
    }
    return true;
}

} // namespace brainmd::test
