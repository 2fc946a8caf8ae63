#pragma once

#include "volume/Orientation.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

class Database;
struct SelectionParameters;
struct SelectionResult;

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
/// SelectionRepository::insert). `parameters` holds the requested parameters the hash
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

/// Reads and writes slice selections (tables selections, selection_views).
class SelectionRepository {
public:
    explicit SelectionRepository(const Database &db);

    /// The identity of a request: the parameters `method` reads (votemi: all of them,
    /// with the VAE weights' SHA-256 instead of their path; random: the seed; centre:
    /// none), as a JSON object with sorted keys.
    static QJsonObject requestedParameters(const QString &method,
                                           const SelectionParameters &parameters,
                                           const QString &vaeWeightsSha256 = {});
    /// SHA-256 (hex) of the compact JSON of `requested`.
    static QString parameterHash(const QJsonObject &requested);
    /// A selection ready to insert from a successful result. `requested` comes from
    /// requestedParameters(); the resolved values and `vaeWeightsPath` are added.
    static StoredSelection fromResult(qint64 caseId, const SelectionResult &result,
                                      const QJsonObject &requested,
                                      const QString &vaeWeightsPath = {});

    /// Stores `selection` and its three views in one transaction as the next revision of
    /// its identity (1 when new); sets id, revision, createdAt and softwareVersion (when
    /// empty). Returns "" or the error (nothing is stored then).
    QString insert(StoredSelection *selection) const;

    /// The highest revision stored for the identity, if any.
    std::optional<StoredSelection> latest(qint64 caseId, const QString &method,
                                          const QString &parameterHash) const;
    std::optional<StoredSelection> byId(qint64 id) const;
    /// The highest revision of every identity of a case, newest first.
    std::vector<StoredSelection> forCase(qint64 caseId) const;
    /// Per case, the most recent selection made with `method` (and `parameterHash` when
    /// given), sorted by case key.
    std::vector<StoredSelection> latestPerCase(const QString &method,
                                               const QString &parameterHash = {}) const;
    int count() const;

private:
    std::vector<StoredSelection> query(const QString &where, const QVariantList &values,
                                       const QString &tail) const;
    bool readViews(StoredSelection *selection) const;

    const Database &m_db;
};

} // namespace brainmd
