#include "io/dicom/DicomWriterModules.h"

#include "io/dicom/DicomDataSetAccess.h"

#include <QCoreApplication>
#include <QFile>

#include <gdcmImage.h>
#include <gdcmImageChangeTransferSyntax.h>
#include <gdcmWriter.h>

#include <cmath>
#include <limits>

namespace brainmd::dicom {

using gdcm::Tag;
using gdcm::VR;

gdcm::TransferSyntax toGdcm(DicomTransferSyntax syntax) {
    switch (syntax) {
    case DicomTransferSyntax::ExplicitLittle:
        return gdcm::TransferSyntax::ExplicitVRLittleEndian;
    case DicomTransferSyntax::ImplicitLittle:
        return gdcm::TransferSyntax::ImplicitVRLittleEndian;
    case DicomTransferSyntax::ExplicitBig:
        return gdcm::TransferSyntax::ExplicitVRBigEndian;
    case DicomTransferSyntax::JpegLossless:
        return gdcm::TransferSyntax::JPEGLosslessProcess14_1;
    case DicomTransferSyntax::JpegLs:
        return gdcm::TransferSyntax::JPEGLSLossless;
    case DicomTransferSyntax::Jpeg2000:
        return gdcm::TransferSyntax::JPEG2000Lossless;
    case DicomTransferSyntax::Rle:
        return gdcm::TransferSyntax::RLELossless;
    }
    return gdcm::TransferSyntax::ExplicitVRLittleEndian;
}

void addCommonModules(gdcm::DataSet &ds, const DicomSeriesMetadata &meta) {
    setString(ds, Tag(0x0008, 0x0005), VR::CS, std::string("ISO_IR 192"));
    setString(ds, Tag(0x0008, 0x0020), VR::DA, meta.studyDate);
    setString(ds, Tag(0x0008, 0x0021), VR::DA, meta.studyDate);
    setString(ds, Tag(0x0008, 0x0023), VR::DA, meta.studyDate);
    setString(ds, Tag(0x0008, 0x0030), VR::TM, meta.studyTime);
    setString(ds, Tag(0x0008, 0x0031), VR::TM, meta.studyTime);
    setString(ds, Tag(0x0008, 0x0033), VR::TM, meta.studyTime);
    setString(ds, Tag(0x0008, 0x0050), VR::SH, meta.accessionNumber);
    setString(ds, Tag(0x0008, 0x0060), VR::CS, std::string("MR"));
    setString(ds, Tag(0x0008, 0x0070), VR::LO, std::string("BrainMD"));
    setString(ds, Tag(0x0008, 0x0080), VR::LO, meta.institutionName);
    setString(ds, Tag(0x0008, 0x0090), VR::PN, std::string());
    setString(ds, Tag(0x0008, 0x1030), VR::LO, meta.studyDescription);
    setString(ds, Tag(0x0008, 0x103e), VR::LO, meta.seriesDescription);
    setString(ds, Tag(0x0010, 0x0010), VR::PN, meta.patientName);
    setString(ds, Tag(0x0010, 0x0020), VR::LO, meta.patientId);
    setString(ds, Tag(0x0010, 0x0030), VR::DA, meta.patientBirthDate);
    setString(ds, Tag(0x0010, 0x0040), VR::CS, meta.patientSex);
    setString(ds, Tag(0x0018, 0x5100), VR::CS, std::string());
    setString(ds, Tag(0x0020, 0x000d), VR::UI, meta.studyInstanceUid);
    setString(ds, Tag(0x0020, 0x000e), VR::UI, meta.seriesInstanceUid);
    setString(ds, Tag(0x0020, 0x0010), VR::SH, std::string("1"));
    setString(ds, Tag(0x0020, 0x0011), VR::IS, std::to_string(meta.seriesNumber));
    setString(ds, Tag(0x0020, 0x0052), VR::UI, meta.frameOfReferenceUid);
    setString(ds, Tag(0x0020, 0x1040), VR::LO, std::string());
    if (meta.windowWidth > 0) {
        setString(ds, Tag(0x0028, 0x1050), VR::DS, formatDs(meta.windowCenter));
        setString(ds, Tag(0x0028, 0x1051), VR::DS, formatDs(meta.windowWidth));
    }
}

void addImagePixelModule(gdcm::DataSet &ds, int columns, int rows, int frames) {
    setUnsignedShort(ds, Tag(0x0028, 0x0002), 1);
    setString(ds, Tag(0x0028, 0x0004), VR::CS, std::string("MONOCHROME2"));
    if (frames > 1)
        setString(ds, Tag(0x0028, 0x0008), VR::IS, std::to_string(frames));
    setUnsignedShort(ds, Tag(0x0028, 0x0010), static_cast<unsigned short>(rows));
    setUnsignedShort(ds, Tag(0x0028, 0x0011), static_cast<unsigned short>(columns));
    setUnsignedShort(ds, Tag(0x0028, 0x0100), 16);
    setUnsignedShort(ds, Tag(0x0028, 0x0101), 16);
    setUnsignedShort(ds, Tag(0x0028, 0x0102), 15);
    setUnsignedShort(ds, Tag(0x0028, 0x0103), 1);
}

void addSopIdentity(gdcm::DataSet &ds, const char *sopClassUid, const QString &sopInstanceUid,
                    int instanceNumber) {
    setString(ds, Tag(0x0008, 0x0016), VR::UI, std::string(sopClassUid));
    setString(ds, Tag(0x0008, 0x0018), VR::UI, sopInstanceUid);
    setString(ds, Tag(0x0020, 0x0013), VR::IS, std::to_string(instanceNumber));
}

std::vector<double> orientationOf(const Geometry &geometry) {
    const Eigen::Vector3d row = geometry.direction.col(0);
    const Eigen::Vector3d col = geometry.direction.col(1);
    return {row.x(), row.y(), row.z(), col.x(), col.y(), col.z()};
}

std::vector<double> positionOfSlice(const Geometry &geometry, int k) {
    const Eigen::Vector3d p =
        geometry.origin + geometry.direction.col(2) * (geometry.spacing.z() * k);
    return {p.x(), p.y(), p.z()};
}

std::vector<double> pixelSpacingOf(const Geometry &geometry) {
    return {geometry.spacing.y(), geometry.spacing.x()};
}

QString addPixelData(gdcm::DataSet &ds, const std::int16_t *voxels, int columns, int rows,
                     int frames, DicomTransferSyntax syntax) {
    const std::size_t bytes = static_cast<std::size_t>(columns) * rows * frames * 2;
    gdcm::DataElement native(kPixelDataTag);
    native.SetVR(VR::OW);
    native.SetByteValue(reinterpret_cast<const char *>(voxels), static_cast<std::uint32_t>(bytes));
    const gdcm::TransferSyntax ts = toGdcm(syntax);
    if (!ts.IsEncapsulated()) {
        ds.Replace(native);
        return {};
    }
    // Filters keep a SmartPointer to their input, so the image must live on the heap.
    gdcm::SmartPointer<gdcm::Image> image = new gdcm::Image;
    image->SetNumberOfDimensions(frames > 1 ? 3 : 2);
    image->SetDimension(0, static_cast<unsigned int>(columns));
    image->SetDimension(1, static_cast<unsigned int>(rows));
    if (frames > 1)
        image->SetDimension(2, static_cast<unsigned int>(frames));
    image->SetPixelFormat(gdcm::PixelFormat(gdcm::PixelFormat::INT16));
    image->SetPhotometricInterpretation(gdcm::PhotometricInterpretation::MONOCHROME2);
    image->SetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
    image->SetDataElement(native);
    gdcm::ImageChangeTransferSyntax change;
    change.SetTransferSyntax(ts);
    change.SetInput(*image);
    if (!change.Change())
        return QCoreApplication::translate("brainmd", "GDCM could not encode the pixels as %1")
            .arg(QString::fromLatin1(ts.GetString()));
    gdcm::DataElement encoded = change.GetOutput().GetDataElement();
    encoded.SetTag(kPixelDataTag);
    encoded.SetVR(VR::OB);
    ds.Replace(encoded);
    return {};
}

QString writeDataSet(const gdcm::DataSet &ds, DicomTransferSyntax syntax, const QString &path) {
    gdcm::Writer writer;
    writer.GetFile().SetDataSet(ds);
    writer.GetFile().GetHeader().SetDataSetTransferSyntax(toGdcm(syntax));
    writer.SetFileName(QFile::encodeName(path).constData());
    if (!writer.Write())
        return QCoreApplication::translate("brainmd", "cannot write %1").arg(path);
    return {};
}

bool voxelsAsInt16(const Volume &volume, std::vector<std::int16_t> *out) {
    const std::size_t n = volume.voxelCount();
    if (volume.type() == VoxelType::Int16) {
        out->assign(volume.int16Data(), volume.int16Data() + n);
        return true;
    }
    out->resize(n);
    const float *data = volume.floatData();
    for (std::size_t i = 0; i < n; ++i) {
        const float v = data[i];
        if (!(v >= std::numeric_limits<std::int16_t>::min() &&
              v <= std::numeric_limits<std::int16_t>::max()) ||
            std::nearbyint(v) != v)
            return false;
        (*out)[i] = static_cast<std::int16_t>(v);
    }
    return true;
}

} // namespace brainmd::dicom
