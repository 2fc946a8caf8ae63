#pragma once

#include "io/cache/VolumeCache.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

/// One case (an imported 3D series) as lists and the viewer show it. Carries the
/// pseudonymous patient key only, never the patient's name or id.
struct CaseSummary {
    qint64 id = 0;
    QString caseKey;
    QString accession;
    QString patientKey;
    QString studyInstanceUid, studyDate, studyDescription;
    QString seriesKey, seriesInstanceUid, seriesDescription, modality;
    int seriesNumber = 0;
    std::array<int, 3> dims{0, 0, 0};       ///< voxels, DICOM order (i along a row)
    std::array<double, 3> spacing{0, 0, 0}; ///< mm
    QString orientation;                    ///< e.g. "LPS": where i, j, k point
    QStringList warnings;                   ///< from assembling the volume
    QString status;                         ///< "new", "in_progress", "done", "excluded"
    QString createdAt;                      ///< ISO 8601 UTC
    bool hasReport = false;
    int documentCount = 0;
    int labelCount = 0;
    int referenceCount = 0;
};

/// Which cases to list. Empty fields do not filter.
struct CaseFilter {
    QString text; ///< substring of case key, accession or series / study description
    QString status;
    int limit = 0; ///< 0: all
    int offset = 0;
};

/// What a side file's row can be matched on (see CaseMatcher). Holds the patient id
/// only for matching inside the engine; it is never shown or written anywhere.
struct CaseIdentity {
    qint64 id = 0;
    QString caseKey;
    QString accession;
    QString patientId;
};

/// A case's lesion mask from a DICOM SEG, as stored.
struct CaseLabelMap {
    QString sopInstanceUid;
    QString segmentsJson; ///< see SegmentJson.h
    CachedVolume labels;  ///< label map on the case's grid, DICOM voxel order (as cached)
};

/// Storage port: the cases of a study and their voxels (implemented in db/).
class CaseCatalog {
public:
    virtual ~CaseCatalog() = default;
    /// Cases sorted by case key.
    virtual std::vector<CaseSummary> list(const CaseFilter &filter = {}) const = 0;
    virtual std::optional<CaseSummary> caseById(qint64 id) const = 0;
    /// The case's volume as imported (DICOM voxel order, true geometry; callers reorient).
    virtual CachedVolume volumeFor(qint64 caseId) const = 0;
    /// The case's newest DICOM SEG label map; nullopt when the case has none.
    virtual std::optional<CaseLabelMap> labelMapFor(qint64 caseId) const = 0;
    /// Every case with the keys side files are matched on.
    virtual std::vector<CaseIdentity> identities() const = 0;
};

} // namespace brainmd
