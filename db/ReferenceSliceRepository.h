#pragma once

#include "io/documents/DocumentTypes.h"
#include "ports/ImportStore.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// A named set of reference (representative) slices, e.g. the phantom truth.
struct ReferenceSliceSource {
    qint64 id = 0;
    QString name;
    QString basis; ///< how the slices were chosen
    QString path;
    QString importedAt;
    int sliceCount = 0;
};

/// One stored reference slice. The index is along the view's axis of the volume
/// reoriented to the closest RAS axes; positionMm is the RAS coordinate on that axis.
struct StoredReferenceSlice {
    qint64 sourceId = 0;
    QString sourceName;
    qint64 caseId = 0;
    View view = View::Axial;
    int sliceIndex = 0;
    double positionMm = 0.0;
};

/// Reads and writes reference-slice sources and their slices.
class ReferenceSliceRepository {
public:
    explicit ReferenceSliceRepository(const Database &db);

    std::vector<ReferenceSliceSource> sources() const;
    std::optional<ReferenceSliceSource> sourceByName(const QString &name) const;
    /// Slices of every source for a case, sorted by source name and view.
    std::vector<StoredReferenceSlice> slicesForCase(qint64 caseId) const;

    /// Creates or updates the source named `file.name` and replaces all its slices by
    /// `links` in one transaction. Returns "" or the error.
    QString replaceSource(const ReferenceSliceFile &file, const QString &path,
                          const std::vector<ReferenceSliceLink> &links) const;

    /// Replaces the slices of one case in the source `name` (created if new), leaving
    /// the source's other cases alone; runs inside the caller's open transaction on `db`
    /// (a DICOM SEG brings one case's truth at a time). Returns "" or the error.
    static QString replaceCaseSlicesInTransaction(const QSqlDatabase &db, const QString &name,
                                                  const QString &basis, qint64 caseId,
                                                  const std::vector<ReferenceSliceRow> &rows);

private:
    const Database &m_db;
};

} // namespace brainmd
