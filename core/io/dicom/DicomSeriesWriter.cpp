#include "io/dicom/DicomSeriesWriter.h"

#include "io/dicom/DicomDataSetAccess.h"
#include "io/dicom/DicomWriterModules.h"

#include <QCoreApplication>
#include <QDir>

namespace brainmd {

using namespace brainmd::dicom;
using gdcm::Tag;
using gdcm::VR;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString instanceUid(const DicomSeriesMetadata &meta, int n) {
    return meta.sopUidRoot + QLatin1Char('.') + QString::number(n + 1);
}

/// Classic MR Image module and Image Plane module of slice k.
void addMrSliceModules(gdcm::DataSet &ds, const Geometry &g, int k) {
    setString(ds, Tag(0x0008, 0x0008), VR::CS, std::string("ORIGINAL\\PRIMARY\\M\\ND"));
    setString(ds, Tag(0x0018, 0x0020), VR::CS, std::string("RM"));
    setString(ds, Tag(0x0018, 0x0021), VR::CS, std::string("NONE"));
    setString(ds, Tag(0x0018, 0x0022), VR::CS, std::string());
    setString(ds, Tag(0x0018, 0x0023), VR::CS, std::string("3D"));
    setString(ds, Tag(0x0018, 0x0050), VR::DS, formatDs(g.spacing.z()));
    setString(ds, Tag(0x0018, 0x0080), VR::DS, std::string());
    setString(ds, Tag(0x0018, 0x0081), VR::DS, std::string());
    setString(ds, Tag(0x0018, 0x0088), VR::DS, formatDs(g.spacing.z()));
    setString(ds, Tag(0x0018, 0x0091), VR::IS, std::string());
    setString(ds, Tag(0x0020, 0x0032), VR::DS, formatDsList(positionOfSlice(g, k)));
    setString(ds, Tag(0x0020, 0x0037), VR::DS, formatDsList(orientationOf(g)));
    setString(ds, Tag(0x0028, 0x0030), VR::DS, formatDsList(pixelSpacingOf(g)));
}

QString writeClassic(const Volume &volume, const std::vector<std::int16_t> &voxels,
                     const DicomSeriesMetadata &meta, const QDir &dir, DicomTransferSyntax syntax) {
    const Geometry &g = volume.geometry();
    const std::size_t sliceSize = static_cast<std::size_t>(g.dims[0]) * g.dims[1];
    for (int k = 0; k < g.dims[2]; ++k) {
        gdcm::DataSet ds;
        addCommonModules(ds, meta);
        addSopIdentity(ds, kMrImageStorage, instanceUid(meta, k), k + 1);
        addMrSliceModules(ds, g, k);
        addImagePixelModule(ds, g.dims[0], g.dims[1], 1);
        QString error =
            addPixelData(ds, voxels.data() + sliceSize * k, g.dims[0], g.dims[1], 1, syntax);
        if (error.isEmpty())
            error = writeDataSet(ds, syntax, dir.filePath(QString::asprintf("IM%04d.dcm", k + 1)));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

gdcm::DataSet sharedFunctionalGroups(const Geometry &g, const DicomSeriesMetadata &meta) {
    gdcm::DataSet measures;
    setString(measures, Tag(0x0028, 0x0030), VR::DS, formatDsList(pixelSpacingOf(g)));
    setString(measures, Tag(0x0018, 0x0050), VR::DS, formatDs(g.spacing.z()));
    setString(measures, Tag(0x0018, 0x0088), VR::DS, formatDs(g.spacing.z()));
    gdcm::DataSet orientation;
    setString(orientation, Tag(0x0020, 0x0037), VR::DS, formatDsList(orientationOf(g)));
    gdcm::DataSet frameType;
    setString(frameType, Tag(0x0008, 0x9007), VR::CS,
              std::string("ORIGINAL\\PRIMARY\\VOLUME\\NONE"));
    setString(frameType, Tag(0x0008, 0x9205), VR::CS, std::string("MONOCHROME"));
    setString(frameType, Tag(0x0008, 0x9206), VR::CS, std::string("VOLUME"));
    setString(frameType, Tag(0x0008, 0x9207), VR::CS, std::string("NONE"));
    setString(frameType, Tag(0x0008, 0x9208), VR::CS, std::string("MAGNITUDE"));
    setString(frameType, Tag(0x0008, 0x9209), VR::CS, std::string("UNKNOWN"));
    gdcm::DataSet transformation;
    setString(transformation, Tag(0x0028, 0x1052), VR::DS, std::string("0"));
    setString(transformation, Tag(0x0028, 0x1053), VR::DS, std::string("1"));
    setString(transformation, Tag(0x0028, 0x1054), VR::LO, std::string("US"));

    gdcm::DataSet shared;
    setSequence(shared, Tag(0x0028, 0x9110), {measures});
    setSequence(shared, Tag(0x0020, 0x9116), {orientation});
    setSequence(shared, Tag(0x0018, 0x9226), {frameType});
    setSequence(shared, Tag(0x0028, 0x9145), {transformation});
    if (meta.windowWidth > 0) {
        gdcm::DataSet voi;
        setString(voi, Tag(0x0028, 0x1050), VR::DS, formatDs(meta.windowCenter));
        setString(voi, Tag(0x0028, 0x1051), VR::DS, formatDs(meta.windowWidth));
        setSequence(shared, Tag(0x0028, 0x9132), {voi});
    }
    return shared;
}

gdcm::DataSet perFrameGroup(const Geometry &g, int k) {
    gdcm::DataSet content;
    const std::uint32_t index[2] = {1, static_cast<std::uint32_t>(k + 1)};
    gdcm::DataElement dimensionValues(Tag(0x0020, 0x9157));
    dimensionValues.SetVR(VR::UL);
    dimensionValues.SetByteValue(reinterpret_cast<const char *>(index), sizeof index);
    content.Replace(dimensionValues);
    setString(content, Tag(0x0020, 0x9056), VR::SH, std::string("1"));
    setUnsignedLong(content, Tag(0x0020, 0x9057), static_cast<unsigned int>(k + 1));
    gdcm::DataSet position;
    setString(position, Tag(0x0020, 0x0032), VR::DS, formatDsList(positionOfSlice(g, k)));
    gdcm::DataSet frame;
    setSequence(frame, Tag(0x0020, 0x9111), {content});
    setSequence(frame, Tag(0x0020, 0x9113), {position});
    return frame;
}

void addAttributeTag(gdcm::DataSet &ds, const Tag &where, const Tag &value) {
    const std::uint16_t raw[2] = {value.GetGroup(), value.GetElement()};
    gdcm::DataElement de(where);
    de.SetVR(VR::AT);
    de.SetByteValue(reinterpret_cast<const char *>(raw), sizeof raw);
    ds.Replace(de);
}

/// Stack ID and in-stack position: the dimensions a reader sorts enhanced frames by.
void addDimensions(gdcm::DataSet &ds, const std::string &organizationUid) {
    gdcm::DataSet organization;
    setString(organization, Tag(0x0020, 0x9164), VR::UI, organizationUid);
    std::vector<gdcm::DataSet> indices(2);
    const Tag pointers[2] = {Tag(0x0020, 0x9056), Tag(0x0020, 0x9057)};
    for (int n = 0; n < 2; ++n) {
        setString(indices[n], Tag(0x0020, 0x9164), VR::UI, organizationUid);
        addAttributeTag(indices[n], Tag(0x0020, 0x9165), pointers[n]);
        addAttributeTag(indices[n], Tag(0x0020, 0x9167), Tag(0x0020, 0x9111));
    }
    setSequence(ds, Tag(0x0020, 0x9221), {organization});
    setSequence(ds, Tag(0x0020, 0x9222), indices);
}

QString writeEnhanced(const Volume &volume, const std::vector<std::int16_t> &voxels,
                      const DicomSeriesMetadata &meta, const QDir &dir,
                      DicomTransferSyntax syntax) {
    const Geometry &g = volume.geometry();
    gdcm::DataSet ds;
    addCommonModules(ds, meta);
    addSopIdentity(ds, kEnhancedMrImageStorage, instanceUid(meta, 0), 1);
    setString(ds, Tag(0x0008, 0x0008), VR::CS, std::string("ORIGINAL\\PRIMARY\\VOLUME\\NONE"));
    setString(ds, Tag(0x0008, 0x002a), VR::DT, meta.studyDate + meta.studyTime);
    setString(ds, Tag(0x0008, 0x9205), VR::CS, std::string("MONOCHROME"));
    setString(ds, Tag(0x0008, 0x9206), VR::CS, std::string("VOLUME"));
    setString(ds, Tag(0x0008, 0x9207), VR::CS, std::string("NONE"));
    setString(ds, Tag(0x0008, 0x9208), VR::CS, std::string("MAGNITUDE"));
    setString(ds, Tag(0x0008, 0x9209), VR::CS, std::string("UNKNOWN"));
    setString(ds, Tag(0x0018, 0x9004), VR::CS, std::string("RESEARCH"));
    setString(ds, Tag(0x0018, 0x9064), VR::CS, std::string("NONE"));
    setString(ds, Tag(0x0018, 0x9100), VR::CS, std::string("1H"));
    setString(ds, Tag(0x0028, 0x0301), VR::CS, std::string("NO"));
    addDimensions(ds, (meta.sopUidRoot + QStringLiteral(".1.1")).toStdString());
    setSequence(ds, Tag(0x5200, 0x9229), {sharedFunctionalGroups(g, meta)});
    std::vector<gdcm::DataSet> frames;
    frames.reserve(static_cast<std::size_t>(g.dims[2]));
    for (int k = 0; k < g.dims[2]; ++k)
        frames.push_back(perFrameGroup(g, k));
    setSequence(ds, Tag(0x5200, 0x9230), frames);
    addImagePixelModule(ds, g.dims[0], g.dims[1], g.dims[2]);
    // NumberOfFrames must be present even for a single frame in a multi-frame object.
    setString(ds, Tag(0x0028, 0x0008), VR::IS, std::to_string(g.dims[2]));
    QString error = addPixelData(ds, voxels.data(), g.dims[0], g.dims[1], g.dims[2], syntax);
    if (error.isEmpty())
        error = writeDataSet(ds, syntax, dir.filePath(QStringLiteral("IM0001.dcm")));
    return error;
}

} // namespace

QString writeDicomSeries(const Volume &volume, const DicomSeriesMetadata &meta,
                         const QString &folder, const DicomWriteOptions &options) {
    if (volume.isEmpty())
        return tr("the volume is empty");
    std::vector<std::int16_t> voxels;
    if (!voxelsAsInt16(volume, &voxels))
        return tr("only integer values in the int16 range can be written as DICOM");
    if (meta.sopUidRoot.isEmpty() || meta.seriesInstanceUid.isEmpty() ||
        meta.studyInstanceUid.isEmpty() || meta.frameOfReferenceUid.isEmpty())
        return tr("the study, series, frame of reference and SOP instance UIDs must be given");
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return tr("cannot create the folder %1").arg(folder);
    return options.enhancedMultiFrame
               ? writeEnhanced(volume, voxels, meta, dir, options.transferSyntax)
               : writeClassic(volume, voxels, meta, dir, options.transferSyntax);
}

} // namespace brainmd
