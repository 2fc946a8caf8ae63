#include "db/BenchDataRepository.h"

#include "workflows/CaseVolumes.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/ConsensusRepository.h"
#include "db/Database.h"
#include "db/LabelRepository.h"
#include "db/ReferenceSliceRepository.h"
#include "db/SelectionRepository.h"
#include "votemi/SliceSelector.h"

#include <QCoreApplication>

#include <algorithm>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

constexpr std::size_t kVolumeBudgetBytes = std::size_t(256) << 20; // RAS volumes kept in memory

/// Median of the marks (lower middle for an even count).
int medianOf(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

} // namespace

BenchDataRepository::BenchDataRepository(const Database &db)
    : m_db(db) {}

std::vector<BenchCaseRef> BenchDataRepository::cases() const {
    std::vector<BenchCaseRef> list;
    for (const CaseSummary &c : CaseRepository(m_db).list())
        list.push_back({c.id, c.caseKey});
    return list;
}

LabelTable BenchDataRepository::labels(const QString &spec, QString *error) const {
    if (spec == QLatin1String("consensus"))
        return consensusLabels();
    if (spec.startsWith(QLatin1String("reader:")))
        return readerLabels(spec.mid(7), error);
    const LabelRepository repository(m_db);
    std::optional<LabelSource> source;
    if (spec == QLatin1String("phantom")) {
        for (const LabelSource &s : repository.sources()) {
            if (s.kind == QLatin1String("phantom") && !source)
                source = s;
        }
    } else {
        source = repository.sourceByName(spec);
    }
    if (!source) {
        QStringList names;
        for (const LabelSource &s : repository.sources())
            names.append(s.name);
        *error = tr("no label source '%1' (imported: %2; also consensus, reader:NAME, phantom)")
                     .arg(spec, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        return {};
    }
    LabelTable table;
    table.description = tr("label source '%1' (%2)").arg(source->name, source->kind);
    for (const StoredLabel &label : repository.labelsForSource(source->id))
        table.answers[label.caseId][label.questionId] = label.answer;
    return table;
}

LabelTable BenchDataRepository::readerLabels(const QString &reader, QString *error) const {
    LabelTable table;
    table.description = tr("answers of reader '%1'").arg(reader);
    std::map<std::pair<qint64, QString>, AnswerRecord> latest;
    for (const AnswerRecord &a : AnnotationRepository(m_db).allCurrentAnswers()) {
        if (a.readerName != reader || a.value.isEmpty())
            continue;
        auto &slot = latest[{a.caseId, a.questionId}];
        if (slot.createdAt <= a.createdAt)
            slot = a;
    }
    for (const auto &[key, answer] : latest)
        table.answers[key.first][key.second] = answer.value;
    if (table.answers.empty())
        *error = tr("reader '%1' has answered no question").arg(reader);
    return table;
}

LabelTable BenchDataRepository::consensusLabels() const {
    LabelTable table;
    table.description = tr("consensus of the readers");
    // Each reader's latest answer per (case, question), then agreement across readers.
    std::map<std::pair<qint64, QString>, std::map<qint64, AnswerRecord>> byItem;
    for (const AnswerRecord &a : AnnotationRepository(m_db).allCurrentAnswers()) {
        if (a.value.isEmpty())
            continue;
        auto &slot = byItem[{a.caseId, a.questionId}][a.readerId];
        if (slot.createdAt <= a.createdAt)
            slot = a;
    }
    const ConsensusRepository consensus(m_db);
    std::map<qint64, std::vector<ConsensusItem>> adjudicated;
    for (const auto &entry : byItem) {
        const qint64 caseId = entry.first.first;
        if (adjudicated.count(caseId) == 0)
            adjudicated[caseId] = consensus.forCase(caseId);
    }
    for (const auto &[key, readers] : byItem) {
        const auto &items = adjudicated[key.first];
        const auto set = std::find_if(items.begin(), items.end(),
                                      [&](const ConsensusItem &i) { return i.item == key.second; });
        if (set != items.end()) {
            table.answers[key.first][key.second] = set->value;
            continue;
        }
        QStringList values;
        for (const auto &reader : readers)
            values.append(reader.second.value);
        values.removeDuplicates();
        if (values.size() == 1)
            table.answers[key.first][key.second] = values.front();
        else
            table.problems.append(tr("case %1, %2: readers disagree (%3); left out")
                                      .arg(key.first)
                                      .arg(key.second, values.join(QStringLiteral(" / "))));
    }
    return table;
}

std::optional<std::array<int, 3>>
BenchDataRepository::storedSelection(qint64 caseId, const QString &method) const {
    QMutexLocker lock(&m_mutex);
    if (!m_selections.contains(method)) {
        std::map<qint64, std::array<int, 3>> map;
        for (const StoredSelection &s : SelectionRepository(m_db).latestPerCase(method))
            map[s.caseId] = {s.views[0].sliceIndex, s.views[1].sliceIndex, s.views[2].sliceIndex};
        m_selections.insert(method, map);
    }
    const auto &map = m_selections[method];
    const auto found = map.find(caseId);
    return found == map.end() ? std::nullopt : std::optional(found->second);
}

std::optional<std::array<int, 3>> BenchDataRepository::slices(qint64 caseId, const QString &source,
                                                              const QString &manualSpec,
                                                              std::uint64_t seed,
                                                              QString *error) const {
    if (source == QLatin1String("manual"))
        return manualSlices(caseId, manualSpec, error);
    if (auto stored = storedSelection(caseId, source))
        return stored;
    if (source == QLatin1String("votemi")) {
        *error =
            tr("no stored Vote-MI selection; run 'brainmd select --db FILE --method votemi' first");
        return std::nullopt;
    }
    const auto selector = createSliceSelector(source.toStdString());
    const auto rasVolume = rasCase(caseId);
    if (!selector || !rasVolume || !rasVolume->error.isEmpty()) {
        *error = rasVolume && !rasVolume->error.isEmpty()
                     ? rasVolume->error
                     : tr("unknown slice source '%1'").arg(source);
        return std::nullopt;
    }
    SelectionParameters parameters;
    parameters.seed = seed;
    const SelectionResult result = selector->select(rasVolume->volume, parameters, nullptr);
    if (!result.ok()) {
        *error = result.error;
        return std::nullopt;
    }
    return std::array<int, 3>{result.views[0].sliceIndex, result.views[1].sliceIndex,
                              result.views[2].sliceIndex};
}

QString BenchDataRepository::manualSliceDescription(const QString &manualSpec) const {
    if (!manualSpec.isEmpty())
        return manualSpec;
    if (!AnnotationRepository(m_db).allCurrentMarks().empty())
        return QStringLiteral("consensus");
    // The source that covers the most slices: a DICOM SEG source holds lesion cases only
    // and must not leave the others without a manual slice. Ties go to the first by name.
    const auto sources = ReferenceSliceRepository(m_db).sources();
    const auto widest =
        std::max_element(sources.begin(), sources.end(),
                         [](const auto &a, const auto &b) { return a.sliceCount < b.sliceCount; });
    return widest == sources.end() ? QString() : widest->name;
}

std::optional<std::array<int, 3>>
BenchDataRepository::manualSlices(qint64 caseId, const QString &spec, QString *error) const {
    const QString resolved = manualSliceDescription(spec);
    std::array<std::vector<int>, 3> marks;
    const bool consensus = resolved == QLatin1String("consensus");
    if (consensus || resolved.startsWith(QLatin1String("reader:"))) {
        const QString reader = resolved.mid(7);
        for (const SliceMark &mark : AnnotationRepository(m_db).currentMarks(caseId)) {
            if (consensus || mark.readerName == reader)
                marks[static_cast<std::size_t>(mark.view)].push_back(mark.sliceIndex);
        }
        // An adjudicated slice overrides the readers' median.
        for (const ConsensusItem &item :
             consensus ? ConsensusRepository(m_db).forCase(caseId) : std::vector<ConsensusItem>{}) {
            for (View view : kAllViews) {
                if (item.item == ConsensusRepository::viewItem(view))
                    marks[static_cast<std::size_t>(view)] = {item.value.toInt()};
            }
        }
    } else {
        for (const StoredReferenceSlice &slice :
             ReferenceSliceRepository(m_db).slicesForCase(caseId)) {
            if (slice.sourceName == resolved)
                marks[static_cast<std::size_t>(slice.view)] = {slice.sliceIndex};
        }
    }
    std::array<int, 3> result{};
    for (std::size_t v = 0; v < 3; ++v) {
        if (marks[v].empty()) {
            *error = resolved.isEmpty()
                         ? tr("no reader marks and no imported reference slices")
                         : tr("no %1 slice in '%2'")
                               .arg(QLatin1String(viewName(static_cast<View>(v))), resolved);
            return std::nullopt;
        }
        result[v] = medianOf(marks[v]);
    }
    return result;
}

std::shared_ptr<const RasCase> BenchDataRepository::rasCase(qint64 caseId) const {
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_volumes.begin(); it != m_volumes.end(); ++it) {
            if (it->first == caseId) {
                m_volumes.splice(m_volumes.begin(), m_volumes, it);
                return m_volumes.front().second;
            }
        }
    }
    auto loaded = std::make_shared<RasCase>(loadRasCase(CaseRepository(m_db), caseId));
    QMutexLocker lock(&m_mutex);
    m_volumes.emplace_front(caseId, loaded);
    std::size_t bytes = 0;
    for (auto it = m_volumes.begin(); it != m_volumes.end(); ++it) {
        bytes += it->second->volume.voxelCount() *
                 (it->second->volume.type() == VoxelType::Int16 ? 2 : 4);
        if (bytes > kVolumeBudgetBytes && it != m_volumes.begin()) {
            m_volumes.erase(it, m_volumes.end());
            break;
        }
    }
    return loaded;
}

std::shared_ptr<const Volume> BenchDataRepository::lesionMask(qint64 caseId, QString *error) const {
    RasLabelMap mask = loadRasLabelMap(CaseRepository(m_db), caseId);
    if (!mask.present)
        return nullptr;
    if (!mask.error.isEmpty()) {
        *error = mask.error;
        return nullptr;
    }
    return std::make_shared<Volume>(std::move(mask.labels));
}

} // namespace brainmd
