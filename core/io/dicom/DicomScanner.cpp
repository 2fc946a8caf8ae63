#include "io/dicom/DicomScanner.h"

#include "io/dicom/DicomFileCollector.h"
#include "io/dicom/PixelDecoderClient.h"
#include "io/dicom/SegmentationFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <unordered_map>

namespace brainmd {

DicomScanResult scanDicom(const QStringList &paths, const DicomScanOptions &options,
                          ProgressReporter *progress) {
    DicomScanResult result;
    dicom::PixelDecoderClient &decoder = dicom::PixelDecoderClient::forCurrentThread();
    decoder.prestart();
    dicom::CollectedFiles collected = dicom::collectDicomFiles(paths);
    result.problems = std::move(collected.problems);
    QStringList toRead;
    for (const QString &path : collected.files) {
        if (options.alreadyKnown) {
            const QFileInfo info(path);
            if (options.alreadyKnown(path, info.size(), info.lastModified().toMSecsSinceEpoch())) {
                ++result.skippedUnchanged;
                continue;
            }
        }
        toRead.append(path);
    }
    const qsizetype total = toRead.size();
    // The headers are read in the decoder helper too: a GDCM abort on an odd header costs
    // that file only.
    std::vector<DicomHeaderResult> headers = decoder.readHeaders(toRead, [&](qsizetype n) {
        const QString message =
            QCoreApplication::translate("brainmd", "Reading DICOM headers (%1 of %2)")
                .arg(n + 1)
                .arg(total);
        return reportProgress(progress, static_cast<double>(n) / static_cast<double>(total),
                              message);
    });
    result.cancelled = static_cast<qsizetype>(headers.size()) < total;
    std::unordered_map<QString, std::pair<QString, QString>> seriesOfInstance;
    for (DicomHeaderResult &header : headers) {
        if (auto *problem = std::get_if<FileProblem>(&header)) {
            if (isSegmentationFile(problem->path))
                result.segmentationFiles.append(problem->path);
            else
                result.problems.push_back(std::move(*problem));
            continue;
        }
        DicomFileInfo &info = std::get<DicomFileInfo>(header);
        // Copies within a series are resolved after decoding (assembleVolume), so that a
        // copy that fails to decode never wins; a copy in another series is left out here.
        const auto [it, inserted] = seriesOfInstance.emplace(
            info.sopInstanceUid, std::pair{info.seriesInstanceUid, info.path});
        if (!inserted && it->second.first != info.seriesInstanceUid) {
            result.problems.push_back(
                {info.path, QCoreApplication::translate("brainmd", "duplicate of %1 (same "
                                                                   "SOPInstanceUID, other series)")
                                .arg(it->second.second)});
            continue;
        }
        result.images.push_back(std::move(info));
    }
    if (result.cancelled)
        return result;
    reportProgress(progress, 1.0, QCoreApplication::translate("brainmd", "DICOM headers read"));
    return result;
}

} // namespace brainmd
