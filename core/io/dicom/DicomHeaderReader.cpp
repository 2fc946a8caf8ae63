#include "io/dicom/DicomScanner.h"

#include "io/dicom/DicomDataSetAccess.h"
#include "io/dicom/DicomHeaderFields.h"
#include "io/dicom/DicomStructureCheck.h"
#include "io/dicom/LibraryMessages.h"
#include "io/dicom/PixelDataProbe.h"
#include "io/dicom/SopClasses.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <gdcmMediaStorage.h>
#include <gdcmReader.h>
#include <gdcmUIDs.h>

#include <algorithm>
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

/// BitsAllocated / BitsStored / HighBit the decoder can use (GDCM asserts on others).
QString bitsProblem(const gdcm::DataSet &ds) {
    const std::optional<int> allocated = unsignedShort(ds, gdcm::Tag(0x0028, 0x0100));
    if (!allocated)
        return tr("no BitsAllocated in the header");
    if (*allocated != 8 && *allocated != 16 && *allocated != 32)
        return tr("BitsAllocated is %1; only 8, 16 or 32 bit pixels can be read").arg(*allocated);
    const int stored = unsignedShort(ds, gdcm::Tag(0x0028, 0x0101)).value_or(*allocated);
    if (stored < 1 || stored > *allocated)
        return tr("BitsStored is %1 with BitsAllocated %2").arg(stored).arg(*allocated);
    const int high = unsignedShort(ds, gdcm::Tag(0x0028, 0x0102)).value_or(stored - 1);
    if (high >= *allocated)
        return tr("HighBit is %1 with BitsAllocated %2").arg(high).arg(*allocated);
    return {};
}

/// Why the pixel data length does not fit the image; "" when it does. Trailing padding of
/// up to one row is allowed (an odd length is padded to even; some writers pad a row, e.g.
/// pydicom's MR_small_padded); more means the header does not describe the pixels.
QString lengthProblem(const gdcm::DataSet &ds, const DicomFileInfo &info,
                      const PixelDataProbe &probe) {
    const quint64 needed = expectedPixelBytes(ds, info);
    const quint64 row = std::max<quint64>(2, needed / std::max(1, info.rows * info.frames));
    if (probe.length >= needed && probe.length - needed <= row)
        return {};
    return tr("pixel data is %1 bytes, but Rows %2 × Columns %3 × %4 frames × BitsAllocated "
              "%5 need %6 bytes")
        .arg(probe.length)
        .arg(info.rows)
        .arg(info.columns)
        .arg(info.frames)
        .arg(unsignedShort(ds, gdcm::Tag(0x0028, 0x0100)).value_or(16))
        .arg(needed);
}

/// Why an image whose header was read cannot be used; "" when it can.
QString pixelProblem(const gdcm::DataSet &ds, const DicomFileInfo &info,
                     const PixelDataProbe &probe) {
    if (!probe.present)
        return tr("image object without pixel data (no PixelData element): nothing to import");
    if (info.rows <= 0 || info.columns <= 0)
        return tr("image of %1 × %2 pixels (Rows / Columns 0 or missing)")
            .arg(info.columns)
            .arg(info.rows);
    const int samples = unsignedShort(ds, gdcm::Tag(0x0028, 0x0002)).value_or(1);
    if (samples != 1)
        return tr("colour image (%1 samples per pixel, %2); only greyscale images are imported")
            .arg(samples)
            .arg(QString::fromStdString(rawString(ds, gdcm::Tag(0x0028, 0x0004))));
    if (const QString bits = bitsProblem(ds); !bits.isEmpty())
        return bits;
    // Beyond 2^40 bytes the byte count below could wrap; no scanner writes such an image.
    if (static_cast<double>(info.rows) * info.columns * info.frames * samples * 4.0 > 0x1p40)
        return tr("image of %1 × %2 pixels × %3 frames is far too large (damaged header?)")
            .arg(info.columns)
            .arg(info.rows)
            .arg(info.frames);
    if (probe.valueOffset > info.size)
        return tr("truncated file: pixel data missing");
    if (probe.encapsulated)
        return {};
    if (const QString length = lengthProblem(ds, info, probe); !length.isEmpty())
        return length;
    if (probe.valueOffset >= 0 &&
        static_cast<quint64>(probe.valueOffset) + probe.length > static_cast<quint64>(info.size))
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
    if (const QString nonImage = nonImageSopClassReason(info.sopClassUid); !nonImage.isEmpty())
        return FileProblem{info.path, nonImage};
    info.transferSyntaxUid =
        QString::fromLatin1(file.GetHeader().GetDataSetTransferSyntax().GetString());
    if (info.sopClassUid.isEmpty() && info.sopInstanceUid.isEmpty() && !probe.present)
        return FileProblem{info.path, tr("not a DICOM file (no DICOM header found)")};
    if (!probe.present && !ms.IsUndefined() && !gdcm::MediaStorage::IsImage(ms))
        return FileProblem{info.path, tr("not an image: %1").arg(sopClassName(info.sopClassUid))};
    if (!probe.present)
        return FileProblem{
            info.path,
            tr("image object without pixel data (no PixelData element): nothing to import")};
    if (info.sopInstanceUid.isEmpty())
        return FileProblem{info.path, tr("no SOPInstanceUID in the header")};
    if (info.seriesInstanceUid.isEmpty())
        return FileProblem{info.path, tr("no SeriesInstanceUID in the header")};
    const QString problem = pixelProblem(ds, info, probe);
    if (!problem.isEmpty())
        return FileProblem{info.path, problem};
    return info;
}

/// The pixel data element of a fully read data set (deflated files, whose stream cannot
/// be probed byte by byte).
PixelDataProbe probeDataSet(const gdcm::DataSet &ds) {
    PixelDataProbe probe;
    if (!ds.FindDataElement(kPixelDataTag))
        return probe;
    const gdcm::DataElement &element = ds.GetDataElement(kPixelDataTag);
    probe.present = true;
    probe.valueOffset = -1; // unknown in the inflated stream
    probe.encapsulated = element.GetSequenceOfFragments() != nullptr;
    if (const gdcm::ByteValue *bv = element.GetByteValue())
        probe.length = bv->GetLength();
    return probe;
}

/// Reads and classifies the header with GDCM; the structure walk has made sure it is whole.
DicomHeaderResult readChecked(const QString &path, const DicomFileInfo &info) {
    std::ifstream stream(QFile::encodeName(path).constData(), std::ios::binary);
    if (!stream)
        return FileProblem{path, tr("cannot open the file")};
    gdcm::Reader reader;
    reader.SetStream(stream);
    if (!reader.ReadUpToTag(kPixelDataTag, {kPixelDataTag})) {
        return FileProblem{path, hasDicomMagic(path) ? tr("truncated or damaged DICOM file (the "
                                                          "header could not be read)")
                                                     : tr("not a DICOM file")};
    }
    const gdcm::TransferSyntax ts = reader.GetFile().GetHeader().GetDataSetTransferSyntax();
    if (ts == gdcm::TransferSyntax::DeflatedExplicitVRLittleEndian) {
        // The stream is compressed past the meta group: read it whole, GDCM inflates it.
        gdcm::Reader full;
        full.SetFileName(QFile::encodeName(path).constData());
        if (!full.Read())
            return FileProblem{path, tr("deflated DICOM file that GDCM could not inflate")};
        return classify(full.GetFile(), probeDataSet(full.GetFile().GetDataSet()), info);
    }
    const PixelDataProbe probe =
        probePixelData(stream, ts.IsExplicit(), ts.GetSwapCode() == gdcm::SwapCode::BigEndian);
    return classify(reader.GetFile(), probe, info);
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
    QString damage;
    switch (checkDicomStructure(path, &damage)) {
    case StructureStatus::NotDicom:
        return FileProblem{path, tr("not a DICOM file")};
    case StructureStatus::Truncated:
        return FileProblem{path, damage.contains(QLatin1String("past the end"))
                                     ? tr("truncated file: %1").arg(damage)
                                     : tr("damaged DICOM file: %1").arg(damage)};
    case StructureStatus::Ok:
    case StructureStatus::TrailingData: // the header reading stops at the pixel data
        break;
    }
    LibraryMessageCapture capture;
    DicomHeaderResult result;
    try {
        result = readChecked(path, info);
    } catch (const std::exception &e) {
        result = FileProblem{
            path, tr("unreadable DICOM file (%1)").arg(QString::fromLocal8Bit(e.what()))};
    }
    const QString said = capture.text();
    if (said.isEmpty())
        return result;
    if (auto *problem = std::get_if<FileProblem>(&result))
        problem->reason = tr("%1 (GDCM: %2)").arg(problem->reason, said);
    else
        std::get<DicomFileInfo>(result).libraryMessages = said;
    return result;
}

} // namespace brainmd
