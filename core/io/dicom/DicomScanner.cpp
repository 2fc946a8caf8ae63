#include "io/dicom/DicomScanner.h"

#include "io/dicom/DicomFileCollector.h"
#include "io/dicom/PixelDecoderClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <unordered_map>

namespace brainmd {

DicomScanResult scanDicom(const QStringList &paths, const DicomScanOptions &options,
                          ProgressReporter *progress) {
    DicomScanResult result;
    dicom::PixelDecoderClient::forCurrentThread().prestart();
    dicom::CollectedFiles collected = dicom::collectDicomFiles(paths);
    result.problems = std::move(collected.problems);
    std::unordered_map<QString, std::pair<QString, QString>> seriesOfInstance;
    const qsizetype total = collected.files.size();
    for (qsizetype n = 0; n < total; ++n) {
        const QString &path = collected.files[n];
        const QString message = QCoreApplication::translate("brainmd", "Reading DICOM headers "
                                                                       "(%1 of %2)")
                                    .arg(n + 1)
                                    .arg(total);
        if (!reportProgress(progress, static_cast<double>(n) / static_cast<double>(total),
                            message)) {
            result.cancelled = true;
            return result;
        }
        if (options.alreadyKnown) {
            const QFileInfo info(path);
            if (options.alreadyKnown(path, info.size(), info.lastModified().toMSecsSinceEpoch())) {
                ++result.skippedUnchanged;
                continue;
            }
        }
        DicomHeaderResult header = readDicomHeader(path);
        if (auto *problem = std::get_if<FileProblem>(&header)) {
            result.problems.push_back(std::move(*problem));
            continue;
        }
        DicomFileInfo &info = std::get<DicomFileInfo>(header);
        // Copies within a series are resolved after decoding (assembleVolume), so that a
        // copy that fails to decode never wins; a copy in another series is left out here.
        const auto [it, inserted] =
            seriesOfInstance.emplace(info.sopInstanceUid, std::pair{info.seriesInstanceUid, path});
        if (!inserted && it->second.first != info.seriesInstanceUid) {
            result.problems.push_back(
                {path, QCoreApplication::translate("brainmd", "duplicate of %1 (same "
                                                              "SOPInstanceUID, other series)")
                           .arg(it->second.second)});
            continue;
        }
        result.images.push_back(std::move(info));
    }
    reportProgress(progress, 1.0, QCoreApplication::translate("brainmd", "DICOM headers read"));
    return result;
}

} // namespace brainmd
