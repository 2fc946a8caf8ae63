#pragma once

#include "io/dicom/DicomTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

/// Side files to import with the DICOM folders, besides those a folder's
/// brainmd-dataset.json names.
struct ImportOptions {
    QStringList documentFiles; ///< reports / EHR / demographics (CSV or JSON)
    QStringList labelFiles;
    QStringList referenceFiles; ///< reference-slice files
    QStringList otherFiles;     ///< named by a manifest as not data (README ...): passed over
};

/// What an import did, in numbers.
struct ImportCounts {
    int filesSeen = 0;      ///< every file met: new + unchanged + unusable
    int filesNew = 0;       ///< DICOM images whose header was read (new or changed)
    int filesUnchanged = 0; ///< known files skipped without reading
    int seriesImported = 0; ///< series written for the first time
    int seriesUpdated = 0;  ///< known series rebuilt because files were new or changed
    int seriesSkipped = 0;  ///< groups that could not be made into a volume
    int casesCreated = 0;
    int documentsLinked = 0;
    int labelsLinked = 0;
    int referenceSlicesLinked = 0;
    int segmentationsLinked = 0; ///< DICOM SEG objects placed on a case (new or changed)
};

/// Assembly warnings of one series (gaps, uneven spacing, ...).
struct SeriesWarning {
    QString seriesKey;
    QString description;
    QStringList warnings;
};

/// A row of a documents / labels / reference file that matched no case.
struct UnmatchedRow {
    QString path;
    int row = 0; ///< 1-based row (CSV) or entry (JSON)
    QString reason;
};

/// The outcome of ImportService::import().
struct ImportReport {
    ImportCounts counts;
    std::vector<FileProblem> problems; ///< files (or whole side files) that could not be used
    std::vector<SeriesWarning> seriesWarnings;
    std::vector<UnmatchedRow> unmatchedRows;
    bool cancelled = false;
    QString error;    ///< set when the import could not run at all (no database, ...)
    qint64 runId = 0; ///< row in import_runs

    bool ok() const { return error.isEmpty(); }
    /// One paragraph for the user, e.g. "40 files: 0 new, 40 unchanged; ...".
    QString summary() const;
};

} // namespace brainmd
