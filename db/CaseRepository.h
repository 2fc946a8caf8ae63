#pragma once

#include "db/VolumeCache.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

class Database;

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
    QString status;                         ///< see CaseRepository::statuses()
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

/// Reads cases and their volumes.
class CaseRepository {
public:
    explicit CaseRepository(const Database &db);

    /// Cases sorted by case key.
    std::vector<CaseSummary> list(const CaseFilter &filter = {}) const;
    int count() const;
    std::optional<CaseSummary> caseById(qint64 id) const;
    std::optional<CaseSummary> caseByKey(const QString &caseKey) const;

    /// Sets the work status; returns "" or the error (unknown status or case).
    QString setStatus(qint64 caseId, const QString &status) const;
    /// "new", "in_progress", "done", "excluded".
    static QStringList statuses();

    /// The case's volume as imported (DICOM voxel order, true geometry; callers reorient),
    /// with description and header window restored.
    CachedVolume volumeFor(qint64 caseId) const;

private:
    std::vector<CaseSummary> query(const QString &where, const QVariantList &values,
                                   const QString &tail = {}) const;

    const Database &m_db;
};

} // namespace brainmd
