#pragma once

#include "volume/RasCase.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace brainmd {

struct BenchCaseRef {
    qint64 id = 0;
    QString key;
};

/// The answers of one label source: case id → question id → answer. Cases whose readers
/// disagree are left out of `answers` and listed in `problems`.
struct LabelTable {
    QString description; ///< e.g. "label file 'phantom-truth' (phantom)"
    std::map<qint64, std::map<QString, QString>> answers;
    QStringList problems;
};

/// What a BrainBench run reads from the case database (implemented in db/).
/// rasCase() is called from worker threads and must be thread-safe.
class BenchDataSource {
public:
    virtual ~BenchDataSource() = default;
    virtual std::vector<BenchCaseRef> cases() const = 0;
    /// `spec`: "consensus", "reader:NAME", "phantom" or a label-source name.
    virtual LabelTable labels(const QString &spec, QString *error) const = 0;
    /// Slice index per view (indexed by View) for `source` (random, centre, manual,
    /// votemi); `manualSpec` names the reference for `manual`. nullopt with `error` set
    /// when the case has none (e.g. no stored Vote-MI selection).
    virtual std::optional<std::array<int, 3>> slices(qint64 caseId, const QString &source,
                                                     const QString &manualSpec, std::uint64_t seed,
                                                     QString *error) const = 0;
    virtual std::shared_ptr<const RasCase> rasCase(qint64 caseId) const = 0;
    /// The case's lesion mask (its newest DICOM SEG) on the grid of rasCase(); null when
    /// the case has none, or with `error` set when it has one that cannot be used.
    /// Thread-safe.
    virtual std::shared_ptr<const Volume> lesionMask(qint64 caseId, QString *error) const = 0;
};

} // namespace brainmd
