#pragma once

#include "bench/BenchData.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <set>

namespace brainmd {

struct BenchPlan;

/// The slice indices (by View) a run showed, per slice source and case, evaluated and
/// example cases alike. Stored with the run when it is first planned and reused when it
/// resumes, so that a Vote-MI selection recomputed (or a reader's mark changed) in between
/// cannot mix into a run; the dashboard opens the viewer at these slices.
struct ShownSlices {
    std::map<QString, std::map<qint64, std::array<int, 3>>> bySource;

    const std::array<int, 3> *find(const QString &source, qint64 caseId) const;
    bool empty() const { return bySource.empty(); }
};

/// The slices of every non-control condition of `plan`.
ShownSlices shownSlicesOf(const BenchPlan &plan);
/// {"format": "brainmd-shown-slices", "format_version": 1,
///  "sources": {"votemi": {"<case id>": [axial, coronal, sagittal], …}, …}}
QByteArray shownSlicesJson(const ShownSlices &slices);
/// nullopt for "" (a run planned before slices were recorded) or a broken record.
std::optional<ShownSlices> parseShownSlicesJson(const QByteArray &json);

/// A data source that answers slices() from a run's record where it has them and asks
/// `inner` for the rest; every other call goes to `inner`. Counts the recorded answers
/// that differ from what `inner` would give now (the selection changed since).
class RecordedSlicesSource final : public BenchDataSource {
public:
    RecordedSlicesSource(const BenchDataSource &inner, ShownSlices recorded)
        : m_inner(inner)
        , m_recorded(std::move(recorded)) {}

    std::vector<BenchCaseRef> cases() const override { return m_inner.cases(); }
    LabelTable labels(const QString &spec, QString *error) const override {
        return m_inner.labels(spec, error);
    }
    std::optional<std::array<int, 3>> slices(qint64 caseId, const QString &source,
                                             const QString &manualSpec, std::uint64_t seed,
                                             QString *error) const override;
    std::shared_ptr<const RasCase> rasCase(qint64 caseId) const override {
        return m_inner.rasCase(caseId);
    }
    std::shared_ptr<const Volume> lesionMask(qint64 caseId, QString *error) const override {
        return m_inner.lesionMask(caseId, error);
    }

    /// (source, case) pairs answered from the record whose current selection differs.
    int changedSinceRecorded() const { return m_changed.load(); }

private:
    const BenchDataSource &m_inner;
    ShownSlices m_recorded;
    mutable std::atomic<int> m_changed{0};
    mutable std::mutex m_mutex; // planning asks from several threads
    mutable std::set<std::pair<QString, qint64>> m_checked;
};

} // namespace brainmd
