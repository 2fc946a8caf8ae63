#include "db/SliceChoiceRepository.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/ConsensusRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SelectionRepository.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

void readerChoices(const Database &db, qint64 readerId, std::map<qint64, CaseSliceChoice> *out) {
    std::map<std::pair<qint64, int>, int> passOf; // (case, view) -> pass of the stored mark
    for (const SliceMark &mark : AnnotationRepository(db).allCurrentMarks()) {
        if (mark.readerId != readerId)
            continue;
        const auto key = std::make_pair(mark.caseId, static_cast<int>(mark.view));
        if (passOf.count(key) > 0 && passOf[key] > mark.pass)
            continue;
        passOf[key] = mark.pass;
        (*out)[mark.caseId].index[static_cast<std::size_t>(mark.view)] = mark.sliceIndex;
    }
}

void consensusChoices(const Database &db, const std::vector<qint64> &caseIds,
                      std::map<qint64, CaseSliceChoice> *out) {
    const ConsensusRepository consensus(db);
    for (qint64 caseId : caseIds) {
        for (const ConsensusItem &item : consensus.forCase(caseId)) {
            for (View view : kAllViews) {
                bool ok = false;
                const int index = item.value.toInt(&ok);
                if (item.item == ConsensusRepository::viewItem(view) && ok)
                    (*out)[caseId].index[static_cast<std::size_t>(view)] = index;
            }
        }
    }
}

void methodChoices(const Database &db, const QString &method,
                   std::map<qint64, CaseSliceChoice> *out) {
    for (const StoredSelection &selection : SelectionRepository(db).latestPerCase(method)) {
        for (View view : kAllViews)
            (*out)[selection.caseId].index[static_cast<std::size_t>(view)] =
                selection.view(view).sliceIndex;
    }
}

} // namespace

SliceChoiceRepository::SliceChoiceRepository(const Database &db)
    : m_db(db) {}

std::vector<CaseSliceChoice> SliceChoiceRepository::sliceChoices(const SliceSource &source,
                                                                 const std::vector<qint64> &caseIds,
                                                                 QString *error) const {
    const Database &db = m_db;
    const std::vector<CaseSummary> cases = CaseRepository(db).list();
    std::vector<qint64> wanted = caseIds;
    if (wanted.empty()) {
        for (const CaseSummary &c : cases)
            wanted.push_back(c.id);
    }
    const std::set<qint64> wantedSet(wanted.begin(), wanted.end());
    std::map<qint64, CaseSliceChoice> byCase;
    if (source.kind == SliceSource::Kind::Reader) {
        qint64 readerId = 0;
        for (const Reader &reader : ReaderRepository(db).readers()) {
            if (reader.name == source.name)
                readerId = reader.id;
        }
        if (readerId == 0) {
            *error = tr("no reader called '%1' in %2").arg(source.name, db.path());
            return {};
        }
        readerChoices(db, readerId, &byCase);
    } else if (source.kind == SliceSource::Kind::Consensus) {
        consensusChoices(db, wanted, &byCase);
    } else {
        methodChoices(db, source.name, &byCase);
    }
    std::vector<CaseSliceChoice> choices;
    for (const CaseSummary &c : cases) { // sorted by case key
        const auto found = byCase.find(c.id);
        if (found == byCase.end() || wantedSet.count(c.id) == 0)
            continue;
        CaseSliceChoice choice = found->second;
        choice.caseId = c.id;
        choice.caseKey = c.caseKey;
        choices.push_back(choice);
    }
    return choices;
}

} // namespace brainmd
