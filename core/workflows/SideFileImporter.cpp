#include "workflows/SideFileImporter.h"

#include "workflows/SideFileChecks.h"

#include "io/documents/DocumentReaders.h"
#include "ports/CaseCatalog.h"
#include "ports/ImportStore.h"
#include "ports/StudyStorage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

template <typename T> void takeParseProblems(const ParseResult<T> &parsed, ImportReport *report) {
    report->problems.insert(report->problems.end(), parsed.problems.begin(), parsed.problems.end());
}

/// Keeps the later of two rows that say the same thing about the same case, and says so.
class Deduplicator {
public:
    bool isRepeat(const QString &key, int row, int *earlierRow) {
        const auto it = m_rows.constFind(key);
        if (it != m_rows.cend()) {
            *earlierRow = it.value();
            m_rows.insert(key, row);
            return true;
        }
        m_rows.insert(key, row);
        return false;
    }

private:
    QHash<QString, int> m_rows;
};

} // namespace

SideFileImporter::SideFileImporter(const StudyStorage &storage, ImportReport *report)
    : m_store(storage.imports())
    , m_cases(storage.cases())
    , m_report(report)
    , m_matcher(m_cases->identities()) {}

const CaseSummary *SideFileImporter::summaryOf(qint64 caseId) {
    auto it = m_summaries.find(caseId);
    if (it == m_summaries.end())
        it = m_summaries.emplace(caseId, m_cases->caseById(caseId)).first;
    return it->second ? &*it->second : nullptr;
}

void SideFileImporter::addProblem(const QString &path, const QString &reason) {
    m_report->problems.push_back({path, reason});
}

std::vector<qint64> SideFileImporter::casesFor(const QString &path, int row,
                                               const QString &accession, const QString &patientId,
                                               bool single) {
    CaseMatcher::Match match = m_matcher.match(accession, patientId);
    if (match.caseIds.empty()) {
        m_report->unmatchedRows.push_back({path, row, match.reason});
    } else if (single && match.caseIds.size() > 1) {
        m_report->unmatchedRows.push_back(
            {path, row,
             tr("the row matches %1 cases (a study with several series); give the case key "
                "as accession number")
                 .arg(match.caseIds.size())});
        match.caseIds.clear();
    }
    return match.caseIds;
}

void SideFileImporter::importDocuments(const QString &path) {
    const ParseResult<std::vector<CaseDocument>> parsed = readDocumentsFile(path);
    takeParseProblems(parsed, m_report);
    if (!parsed.ok())
        return addProblem(path, parsed.error);
    const QString source = QFileInfo(path).absoluteFilePath();
    std::vector<DocumentLink> links;
    Deduplicator seen;
    for (const CaseDocument &document : parsed.value) {
        for (qint64 caseId : casesFor(path, document.sourceRow, document.accessionNumber,
                                      document.patientId, false)) {
            int earlier = 0;
            if (seen.isRepeat(QStringLiteral("%1/%2").arg(caseId).arg(document.kind),
                              document.sourceRow, &earlier))
                addProblem(path, tr("row %1 gives a second %2 for a case already given one in "
                                    "row %3; the later row is kept")
                                     .arg(document.sourceRow)
                                     .arg(document.kind)
                                     .arg(earlier));
            links.push_back({caseId, document});
        }
    }
    if (QString error = m_store->replaceDocuments(source, links); !error.isEmpty())
        return addProblem(path, error);
    m_report->counts.documentsLinked += static_cast<int>(links.size());
}

void SideFileImporter::importLabels(const QString &path) {
    const ParseResult<LabelFile> parsed = readLabelFile(path);
    takeParseProblems(parsed, m_report);
    if (!parsed.ok())
        return addProblem(path, parsed.error);
    const LabelAnswerCheck answers(parsed.value.taskPack, path);
    if (!answers.note().isEmpty())
        addProblem(path, answers.note());
    std::vector<LabelLink> links;
    Deduplicator seen;
    for (LabelRow row : parsed.value.rows) {
        if (const QString problem = answers.problem(&row); !problem.isEmpty()) {
            addProblem(path, problem);
            continue;
        }
        for (qint64 caseId :
             casesFor(path, row.sourceRow, row.accessionNumber, row.patientId, false)) {
            int earlier = 0;
            if (seen.isRepeat(QStringLiteral("%1/%2").arg(caseId).arg(row.questionId),
                              row.sourceRow, &earlier))
                addProblem(path, tr("row %1 answers %2 again for a case answered in row %3; "
                                    "the later row is kept")
                                     .arg(row.sourceRow)
                                     .arg(row.questionId)
                                     .arg(earlier));
            links.push_back({caseId, row});
        }
    }
    LabelFile file = parsed.value;
    if (file.name.isEmpty())
        file.name = QFileInfo(path).completeBaseName();
    if (file.kind.isEmpty())
        file.kind = QStringLiteral("file");
    static const QStringList kinds{QStringLiteral("file"), QStringLiteral("phantom"),
                                   QStringLiteral("reader"), QStringLiteral("consensus")};
    if (!kinds.contains(file.kind))
        return addProblem(path, tr("unknown label source kind \"%1\"").arg(file.kind));
    const QString source = QFileInfo(path).absoluteFilePath();
    if (QString error = m_store->replaceLabels(file, source, links); !error.isEmpty())
        return addProblem(path, error);
    m_report->counts.labelsLinked += static_cast<int>(links.size());
}

void SideFileImporter::importReferences(const QString &path) {
    const ParseResult<ReferenceSliceFile> parsed = readReferenceSliceFile(path);
    takeParseProblems(parsed, m_report);
    if (!parsed.ok())
        return addProblem(path, parsed.error);
    std::vector<ReferenceSliceLink> links;
    Deduplicator seen;
    for (const ReferenceSliceRow &row : parsed.value.rows) {
        for (qint64 caseId :
             casesFor(path, row.sourceRow, row.accessionNumber, row.patientId, true)) {
            const CaseSummary *summary = summaryOf(caseId);
            if (!summary)
                continue;
            if (const QString problem = referenceSliceProblem(*summary, row); !problem.isEmpty()) {
                addProblem(path, problem);
                continue;
            }
            int earlier = 0;
            if (seen.isRepeat(QStringLiteral("%1/%2").arg(caseId).arg(int(row.view)), row.sourceRow,
                              &earlier))
                addProblem(path, tr("row %1 gives the %2 slice again for a case given in row "
                                    "%3; the later row is kept")
                                     .arg(row.sourceRow)
                                     .arg(QString::fromLatin1(viewName(row.view)))
                                     .arg(earlier));
            links.push_back({caseId, row});
        }
    }
    ReferenceSliceFile file = parsed.value;
    if (file.name.isEmpty())
        file.name = QFileInfo(path).completeBaseName();
    const QString source = QFileInfo(path).absoluteFilePath();
    if (QString error = m_store->replaceReferenceSlices(file, source, links); !error.isEmpty())
        return addProblem(path, error);
    m_report->counts.referenceSlicesLinked += static_cast<int>(links.size());
}

} // namespace brainmd
