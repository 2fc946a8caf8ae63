#include "bench/ShownSlices.h"

#include "bench/BenchPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {
const QString kFormat = QStringLiteral("brainmd-shown-slices");
}

const std::array<int, 3> *ShownSlices::find(const QString &source, qint64 caseId) const {
    const auto bySourceIt = bySource.find(source);
    if (bySourceIt == bySource.end())
        return nullptr;
    const auto caseIt = bySourceIt->second.find(caseId);
    return caseIt == bySourceIt->second.end() ? nullptr : &caseIt->second;
}

ShownSlices shownSlicesOf(const BenchPlan &plan) {
    ShownSlices shown;
    for (const PlannedCondition &planned : plan.conditions) {
        if (planned.condition.isControl())
            continue;
        auto &cases = shown.bySource[planned.condition.slices];
        for (const auto *group : {&planned.cases, &planned.poolCases}) {
            for (const auto &[caseId, c] : *group)
                cases[caseId] = c.slices;
        }
    }
    return shown;
}

QByteArray shownSlicesJson(const ShownSlices &slices) {
    QJsonObject sources;
    for (const auto &[source, cases] : slices.bySource) {
        QJsonObject byCase;
        for (const auto &[caseId, s] : cases)
            byCase.insert(QString::number(caseId), QJsonArray{s[0], s[1], s[2]});
        sources.insert(source, byCase);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("format_version"), 1},
                                     {QStringLiteral("sources"), sources}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ShownSlices> parseShownSlicesJson(const QByteArray &json) {
    if (json.trimmed().isEmpty())
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("format_version")).toInt() != 1)
        return std::nullopt;
    ShownSlices shown;
    const QJsonObject sources = root.value(QStringLiteral("sources")).toObject();
    for (auto source = sources.begin(); source != sources.end(); ++source) {
        auto &cases = shown.bySource[source.key()];
        const QJsonObject byCase = source.value().toObject();
        for (auto c = byCase.begin(); c != byCase.end(); ++c) {
            bool ok = false;
            const qint64 caseId = c.key().toLongLong(&ok);
            const QJsonArray s = c.value().toArray();
            if (!ok || s.size() != 3)
                return std::nullopt;
            cases[caseId] = {s.at(0).toInt(), s.at(1).toInt(), s.at(2).toInt()};
        }
    }
    return shown;
}

std::optional<std::array<int, 3>> RecordedSlicesSource::slices(qint64 caseId, const QString &source,
                                                               const QString &manualSpec,
                                                               std::uint64_t seed,
                                                               QString *error) const {
    const std::array<int, 3> *recorded = m_recorded.find(source, caseId);
    if (recorded == nullptr)
        return m_inner.slices(caseId, source, manualSpec, seed, error);
    // Planning asks once per condition; compare with today's selection once per pair.
    bool first = false;
    {
        const std::lock_guard lock(m_mutex);
        first = m_checked.emplace(source, caseId).second;
    }
    if (first) {
        QString ignored;
        const auto now = m_inner.slices(caseId, source, manualSpec, seed, &ignored);
        if (!now || *now != *recorded)
            m_changed.fetch_add(1);
    }
    return *recorded;
}

} // namespace brainmd
