#pragma once

#include "volume/Orientation.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

/// The stored choice for one view: slice index along the view's axis of the volume
/// reoriented to RAS, its RAS position in mm and the votes per slice index (empty for
/// the baselines).
struct StoredSelectionView {
    View view = View::Axial;
    int sliceIndex = -1;
    double positionMm = 0.0;
    std::vector<double> voteProfile;
};

/// One stored slice selection of a case. It is identified by (case, method,
/// parameterHash); `revision` counts results stored under the same identity (see
/// SelectionStore::insert). `parameters` holds the requested parameters the hash
/// covers plus "resolved" (values the run actually used: eps, minPts, counts) and, for a
/// VAE, the weights path.
struct StoredSelection {
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseKey; ///< filled when reading
    QString method;
    QJsonObject parameters;
    QString parameterHash;
    int revision = 1;
    quint64 seed = 0;
    QString softwareVersion;
    QString createdAt;                        ///< ISO 8601 UTC
    std::array<StoredSelectionView, 3> views; ///< indexed by View

    const StoredSelectionView &view(View v) const { return views[static_cast<std::size_t>(v)]; }
    /// Same slices, positions and vote profiles (to 1e-9), whatever the id or time.
    bool sameResultAs(const StoredSelection &other) const;
};

/// Storage port: slice selections (implemented in db/).
class SelectionStore {
public:
    virtual ~SelectionStore() = default;
    /// Stores `selection` and its views atomically as the next revision of its identity
    /// (1 when new); sets id, revision, createdAt and softwareVersion (when empty).
    /// Returns "" or the error (nothing is stored then).
    virtual QString insert(StoredSelection *selection) const = 0;
    /// The highest revision stored for the identity, if any.
    virtual std::optional<StoredSelection> latest(qint64 caseId, const QString &method,
                                                  const QString &parameterHash) const = 0;
    virtual std::optional<StoredSelection> byId(qint64 id) const = 0;
    /// Per case, the most recent selection made with `method` (and `parameterHash` when
    /// given), sorted by case key.
    virtual std::vector<StoredSelection> latestPerCase(const QString &method,
                                                       const QString &parameterHash = {}) const = 0;
};

} // namespace brainmd
