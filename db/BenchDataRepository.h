#pragma once

#include "bench/BenchData.h"

#include <QHash>
#include <QMutex>

#include <list>

namespace brainmd {

class Database;

/// The case database as BrainBench reads it (a BenchDataSource).
/// - Labels: "phantom" (the imported label file of kind phantom), a label-source name,
///   "reader:NAME" (that reader's current answers) or "consensus" (the adjudicated
///   consensus where set, otherwise the readers' answers when they all agree; a case
///   where they disagree is listed as a problem, never guessed).
/// - Slices: `votemi` from stored selections only; `random` and `centre` from stored
///   selections or computed on the fly; `manual` from readers' marks ("reader:NAME",
///   "consensus": adjudicated, else the median of the readers' marks) or an imported
///   reference-slice source by name; "" picks consensus when readers marked slices,
///   else the first imported reference source.
/// - Volumes: reoriented to RAS, windowed from the header or the 0.5–99.5 % percentiles;
///   the most recent ones are kept in memory (up to 256 MB). Thread-safe.
class BenchDataRepository final : public BenchDataSource {
public:
    explicit BenchDataRepository(const Database &db);

    std::vector<BenchCaseRef> cases() const override;
    LabelTable labels(const QString &spec, QString *error) const override;
    std::optional<std::array<int, 3>> slices(qint64 caseId, const QString &source,
                                             const QString &manualSpec, std::uint64_t seed,
                                             QString *error) const override;
    std::shared_ptr<const RasCase> rasCase(qint64 caseId) const override;
    std::shared_ptr<const Volume> lesionMask(qint64 caseId, QString *error) const override;

    /// What `manual` resolves to for `manualSpec` (for messages and reports).
    QString manualSliceDescription(const QString &manualSpec) const;

private:
    LabelTable readerLabels(const QString &reader, QString *error) const;
    LabelTable consensusLabels() const;
    std::optional<std::array<int, 3>> manualSlices(qint64 caseId, const QString &spec,
                                                   QString *error) const;
    std::optional<std::array<int, 3>> storedSelection(qint64 caseId, const QString &method) const;

    const Database &m_db;
    mutable QMutex m_mutex;
    mutable std::list<std::pair<qint64, std::shared_ptr<const RasCase>>>
        m_volumes; ///< most recent first
    mutable QHash<QString, std::map<qint64, std::array<int, 3>>> m_selections; ///< by method
};

} // namespace brainmd
