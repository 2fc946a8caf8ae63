#include "workflows/ImportReport.h"

#include <QCoreApplication>

namespace brainmd {

QString ImportReport::summary() const {
    const ImportCounts &c = counts;
    QString text =
        QCoreApplication::translate("brainmd", "%1 files: %2 new, %3 unchanged, %4 unusable. "
                                               "Series: %5 imported, %6 updated, %7 skipped. "
                                               "%8 cases created. Linked: %9 documents, %10 "
                                               "labels, %11 reference slices.")
            .arg(c.filesSeen)
            .arg(c.filesNew)
            .arg(c.filesUnchanged)
            .arg(c.filesSeen - c.filesNew - c.filesUnchanged)
            .arg(c.seriesImported)
            .arg(c.seriesUpdated)
            .arg(c.seriesSkipped)
            .arg(c.casesCreated)
            .arg(c.documentsLinked)
            .arg(c.labelsLinked)
            .arg(c.referenceSlicesLinked);
    if (c.segmentationsLinked > 0) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("brainmd", "Lesion masks (DICOM SEG) linked: %1.")
                    .arg(c.segmentationsLinked);
    }
    if (!problems.empty() || !unmatchedRows.empty()) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("brainmd", "%1 problems, %2 unmatched rows.")
                    .arg(problems.size())
                    .arg(unmatchedRows.size());
    }
    if (cancelled)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("brainmd",
                                            "Cancelled; the series imported so far are kept.");
    if (!error.isEmpty())
        text += QLatin1Char(' ') + error;
    return text;
}

} // namespace brainmd
