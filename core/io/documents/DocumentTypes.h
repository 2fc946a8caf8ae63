#pragma once

#include "io/dicom/DicomTypes.h"
#include "volume/Orientation.h"

#include <QString>

#include <vector>

namespace brainmd {

/// A report, EHR record or demographics record for one case, before it is linked.
/// Linking uses the accession number when present, else the patient id.
struct CaseDocument {
    QString accessionNumber;
    QString patientId;
    QString kind; ///< "report", "ehr" or "demographics"
    QString text; ///< the report text, or the record as indented JSON
    QString sourcePath;
    int sourceRow = 0; ///< 1-based row (CSV) or array index + 1 (JSON)
};

/// One answer to one task-pack question for one case.
struct LabelRow {
    QString accessionNumber;
    QString patientId;
    QString questionId; ///< e.g. "lesion_present"
    QString answer;     ///< e.g. "yes", "left", "frontal"
    int sourceRow = 0;
};

/// A label file: a named source of answers ("phantom-truth", "site-A-labels", ...).
struct LabelFile {
    QString name;
    QString kind; ///< "file" or "phantom"
    QString taskPack;
    std::vector<LabelRow> rows;
};

/// One reference (representative) slice of one view for one case. The index is along the
/// view's axis of the series reoriented to the closest RAS axes (see reorientToRas).
struct ReferenceSliceRow {
    QString accessionNumber;
    QString patientId;
    View view = View::Axial;
    int sliceIndex = 0;
    double positionMm = 0.0; ///< RAS coordinate of the slice along the view's axis
    int sourceRow = 0;
};

struct ReferenceSliceFile {
    QString name;
    QString basis; ///< how the slices were chosen, e.g. "phantom truth: largest lesion..."
    std::vector<ReferenceSliceRow> rows;
};

/// Result of parsing one file: the value, the rows that could not be used (path + reason,
/// the rest is kept), or a fatal error when the file as a whole is unusable.
template <typename T> struct ParseResult {
    T value{};
    std::vector<FileProblem> problems;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// The manifest a dataset folder may carry (brainmd-dataset.json) naming its side files,
/// so that importing the folder imports them too. Paths are resolved against the folder.
struct DatasetManifest {
    QStringList documentFiles; ///< reports / EHR / demographics (CSV or JSON)
    QStringList labelFiles;
    QStringList referenceFiles;
    QStringList otherFiles; ///< part of the dataset but not data (README ...): not imported
};

} // namespace brainmd
