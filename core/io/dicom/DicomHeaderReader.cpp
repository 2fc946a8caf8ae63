#include "io/dicom/DicomScanner.h"

#include "io/dicom/DicomDataSetAccess.h"
#include "io/dicom/DicomHeaderFields.h"
#include "io/dicom/DicomStructureCheck.h"
#include "io/dicom/PixelDataProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <gdcmMediaStorage.h>
#include <gdcmReader.h>
#include <gdcmUIDs.h>

#include <fstream>

namespace brainmd {

using namespace brainmd::dicom;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

bool hasDicomMagic(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(132);
    return head.size() == 132 && head.mid(128) == QByteArrayLiteral("DICM");
}

QString sopClassName(const QString &uid) {
    gdcm::UIDs uids;
    if (uids.SetFromUID(uid.toLatin1().constData()) && uids.GetName() != nullptr)
        return QString::fromLatin1(uids.GetName());
    return uid;
}

/// Bytes the native pixel data of an image needs.
quint64 expectedPixelBytes(const gdcm::DataSet &ds, const DicomFileInfo &info) {
    const quint64 bits =
        static_cast<quint64>(unsignedShort(ds, gdcm::Tag(0x0028, 0x0100)).value_or(16));
    const quint64 samples =
        static_cast<quint64>(unsignedShort(ds, gdcm::Tag(0x0028, 0x0002)).value_or(1));
    const quint64 bitCount = static_cast<quint64>(info.rows) * static_cast<quint64>(info.columns) *
                             static_cast<quint64>(info.frames) * samples * bits;
    return (bitCount + 7) / 8;
}

/// Why an image whose header was read cannot be used; "" when it can.
QString pixelProblem(const gdcm::DataSet &ds, const DicomFileInfo &info,
                     const PixelDataProbe &probe) {
    if (!probe.present)
        return tr("truncated or damaged: image without pixel data");
    if (info.rows <= 0 || info.columns <= 0)
        return tr("image without rows / columns in its header");
    const int samples = unsignedShort(ds, gdcm::Tag(0x0028, 0x0002)).value_or(1);
    if (samples != 1)
        return tr("colour image (%1 samples per pixel); only greyscale images are imported")
            .arg(samples);
    if (probe.valueOffset > info.size)
        return tr("truncated file: pixel data missing");
    if (probe.encapsulated)
        return {};
    const quint64 needed = expectedPixelBytes(ds, info);
    if (probe.length < needed)
        return tr("corrupt pixel data length: %1 bytes, the image needs %2")
            .arg(probe.length)
            .arg(needed);
    if (static_cast<quint64>(probe.valueOffset) + probe.length > static_cast<quint64>(info.size))
        return tr("truncated file: pixel data ends %1 bytes past the end of the file")
            .arg(static_cast<quint64>(probe.valueOffset) + probe.length -
                 static_cast<quint64>(info.size));
    return {};
}

DicomHeaderResult classify(const gdcm::File &file, const PixelDataProbe &probe,
                           DicomFileInfo info) {
    const gdcm::DataSet &ds = file.GetDataSet();
    gdcm::MediaStorage ms;
    ms.SetFromFile(file);
    if (ms == gdcm::MediaStorage::MediaStorageDirectoryStorage)
        return FileProblem{info.path, tr("DICOMDIR index (used to locate files)")};
    fillFileInfo(ds, &info);
    info.transferSyntaxUid =
        QString::fromLatin1(file.GetHeader().GetDataSetTransferSyntax().GetString());
    if (info.sopClassUid.isEmpty() && info.sopInstanceUid.isEmpty() && !probe.present)
        return FileProblem{info.path, tr("not a DICOM file (no DICOM header found)")};
    if (!probe.present && !ms.IsUndefined() && !gdcm::MediaStorage::IsImage(ms))
        return FileProblem{info.path, tr("not an image: %1").arg(sopClassName(info.sopClassUid))};
    if (!probe.present)
        return FileProblem{info.path, tr("truncated or damaged: image without pixel data")};
    if (info.sopInstanceUid.isEmpty())
        return FileProblem{info.path, tr("no SOPInstanceUID in the header")};
    if (info.seriesInstanceUid.isEmpty())
        return FileProblem{info.path, tr("no SeriesInstanceUID in the header")};
    const QString problem = pixelProblem(ds, info, probe);
    if (!problem.isEmpty())
        return FileProblem{info.path, problem};
    return info;
}

} // namespace

DicomHeaderResult readDicomHeader(const QString &path) {
    const QFileInfo fileInfo(path);
    if (!fileInfo.isFile() || !fileInfo.isReadable())
        return FileProblem{path, tr("cannot open the file")};
    DicomFileInfo info;
    info.path = path;
    info.size = fileInfo.size();
    info.mtimeMs = fileInfo.lastModified().toMSecsSinceEpoch();
    if (info.size == 0)
        return FileProblem{path, tr("empty file")};
    switch (checkDicomStructure(path)) {
    case StructureStatus::NotDicom:
        return FileProblem{path, tr("not a DICOM file")};
    case StructureStatus::Truncated:
        return FileProblem{path, tr("truncated or damaged DICOM file (an element runs past "
                                    "the end of the file)")};
    case StructureStatus::Ok:
    case StructureStatus::TrailingData: // the header reading stops at the pixel data
        break;
    }
    std::ifstream stream(QFile::encodeName(path).constData(), std::ios::binary);
    if (!stream)
        return FileProblem{path, tr("cannot open the file")};
    try {
        gdcm::Reader reader;
        reader.SetStream(stream);
        const bool read = reader.ReadUpToTag(kPixelDataTag, {kPixelDataTag});
        if (!read) {
            return FileProblem{path, hasDicomMagic(path)
                                         ? tr("truncated or damaged DICOM file (the header "
                                              "could not be read)")
                                         : tr("not a DICOM file")};
        }
        const gdcm::TransferSyntax ts = reader.GetFile().GetHeader().GetDataSetTransferSyntax();
        const PixelDataProbe probe =
            probePixelData(stream, ts.IsExplicit(), ts.GetSwapCode() == gdcm::SwapCode::BigEndian);
        return classify(reader.GetFile(), probe, info);
    } catch (const std::exception &e) {
        return FileProblem{path,
                           tr("unreadable DICOM file (%1)").arg(QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace brainmd
