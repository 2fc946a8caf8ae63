#include "ui/annotation/AnnotationSession.h"

#include "db/AnnotationRepository.h"
#include "db/CaseEventRepository.h"
#include "db/Database.h"
#include "db/LabelRepository.h"
#include "db/ReaderRepository.h"
#include "ui/annotation/AnswerCommand.h"
#include "ui/annotation/MarkSliceCommand.h"
#include "ui/annotation/ReadingClock.h"
#include "ui/jobs/WriteOffGuiThread.h"

#include <QRandomGenerator>
#include <QTime>

#include <algorithm>

namespace brainmd {

AnnotationSession::AnnotationSession(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_questions(defaultReaderQuestions())
    , m_clock(new ReadingClock(this)) {}

AnnotationSession::~AnnotationSession() {
    if (isActive())
        leaveCase();
}

namespace {

bool sameCases(std::vector<qint64> a, std::vector<qint64> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

QString AnnotationSession::begin(const QString &readerName, const QString &role,
                                 const std::vector<qint64> &worklist, int pass, SessionKind kind,
                                 DocumentAccess documents, bool keepOrder) {
    if (isActive())
        end();
    const ReaderRepository readers(m_db);
    const std::optional<Reader> reader =
        writeOffGuiThread([&] { return readers.ensureReader(readerName.trimmed(), role); });
    if (!reader)
        return tr("could not register the reader %1").arg(readerName);
    if (reader->role == QLatin1String("adjudicator"))
        kind = SessionKind::Adjudication; // an adjudicator never reads blind
    else if (kind == SessionKind::Adjudication)
        return tr("%1 is a reader, not an adjudicator").arg(reader->name);
    std::optional<ReadingSession> session = readers.openSessionOf(reader->id);
    // A resumed session keeps its own (shuffled) order; the same cases in any order match.
    if (session && (session->pass != pass || session->kind != sessionKindName(kind) ||
                    (!worklist.empty() && !sameCases(session->worklist, worklist)))) {
        writeOffGuiThread([&] { return readers.endSession(session->id); });
        session.reset();
    }
    if (!session) {
        ReadingSession settings;
        settings.readerId = reader->id;
        settings.pass = pass;
        settings.kind = sessionKindName(kind);
        settings.blind = kind == SessionKind::BlindReading;
        settings.documents = documentAccessName(documents);
        settings.worklist = worklist;
        if (!keepOrder && worklist.size() > 1) {
            settings.orderSeed = QRandomGenerator::system()->generate64();
            settings.hasOrderSeed = true;
            settings.worklist = readingOrder(worklist, settings.orderSeed);
        }
        session = writeOffGuiThread([&] { return readers.startSession(settings); });
    }
    if (!session)
        return tr("could not start a session");
    m_reader = *reader;
    m_session = *session;
    m_verify = sessionKindFromName(m_session.kind) == SessionKind::Verify;
    m_session.position = std::clamp(m_session.position, 0, std::max(0, caseCount() - 1));
    enterCase();
    return {};
}

void AnnotationSession::end() {
    if (!isActive())
        return;
    leaveCase();
    writeOffGuiThread([this] { return ReaderRepository(m_db).endSession(m_session.id); });
    m_session = {};
    m_reader = {};
    m_marks.clear();
    m_answers.clear();
    m_suggestions.clear();
    m_state = {};
    m_verify = false;
    m_undo.clear();
    updatePolicy();
    Q_EMIT caseChanged(0);
    Q_EMIT changed();
}

qint64 AnnotationSession::currentCaseId() const {
    if (m_session.position < 0 || m_session.position >= caseCount())
        return 0;
    return m_session.worklist[static_cast<std::size_t>(m_session.position)];
}

void AnnotationSession::goTo(int position) {
    if (!isActive() || caseCount() == 0)
        return;
    position = std::clamp(position, 0, caseCount() - 1);
    if (position == m_session.position)
        return;
    leaveCase();
    m_session.position = position;
    reportWrite(writeOffGuiThread([this, position] {
                    return ReaderRepository(m_db).setPosition(m_session.id, position);
                }).isEmpty());
    enterCase();
}

void AnnotationSession::leaveCase() {
    if (currentCaseId() == 0 || !m_clock->isRunning())
        return;
    event(CaseEventKind::Time, {}, m_clock->stop());
}

void AnnotationSession::enterCase() {
    m_undo.clear();
    if (currentCaseId() != 0) {
        event(CaseEventKind::Opened, {});
        m_clock->start();
    }
    reload();
    Q_EMIT caseChanged(currentCaseId());
}

void AnnotationSession::reload() {
    const qint64 caseId = currentCaseId();
    m_marks.clear();
    m_answers.clear();
    m_suggestions.clear();
    m_state = {};
    if (caseId == 0) {
        updatePolicy();
        Q_EMIT changed();
        return;
    }
    const AnnotationRepository repo(m_db);
    for (const SliceMark &m : repo.currentMarks(caseId, m_reader.id)) {
        if (m.pass == m_session.pass)
            m_marks.push_back(m);
    }
    for (const AnswerRecord &a : repo.currentAnswers(caseId, m_reader.id)) {
        if (a.pass == m_session.pass)
            m_answers[a.questionId] = a;
    }
    m_state = CaseEventRepository(m_db).state(m_reader.id, caseId, m_session.pass);
    updatePolicy();
    // Imported answers are not even read into memory outside a Verify session.
    if (m_policy.mayVerify()) {
        for (const StoredLabel &label : LabelRepository(m_db).labelsForCase(caseId)) {
            if (m_suggestions.find(label.questionId) == m_suggestions.end())
                m_suggestions[label.questionId] = label.answer;
        }
    }
    refreshCaseStatus(caseId);
    Q_EMIT changed();
}

void AnnotationSession::setCaseOnScreen(qint64 caseId) {
    if (m_caseOnScreen == caseId)
        return;
    m_caseOnScreen = caseId;
    updatePolicy();
    Q_EMIT changed();
}

void AnnotationSession::updatePolicy() {
    if (!isActive()) {
        m_policy.clearSession();
        return;
    }
    BlindingOptions options;
    options.documents = documentAccessFromName(m_session.documents);
    m_policy.setSession(sessionKindFromName(m_session.kind), options);
    const qint64 current = currentCaseId();
    const qint64 shown = m_caseOnScreen != 0 ? m_caseOnScreen : current;
    const auto &list = m_session.worklist;
    const CaseEventRepository events(m_db);
    bool inWorklist = std::find(list.begin(), list.end(), shown) != list.end();
    bool committed = shown == current ? m_state.committed
                                      : events.state(m_reader.id, shown, m_session.pass).committed;
    if (shown != current && current != 0) {
        // Another case on screen than the session's (loading, or opened from the browser):
        // the stricter of the two applies, so nothing shows before the session's case is
        // committed.
        inWorklist = true;
        committed = committed && m_state.committed;
    }
    m_policy.setCase(inWorklist, committed, readByReader(shown));
    std::vector<qint64> done = events.committedCases(m_reader.id, m_session.pass);
    std::sort(done.begin(), done.end());
    m_policy.setWorklistCommitted(std::all_of(list.begin(), list.end(), [&done](qint64 id) {
        return std::binary_search(done.begin(), done.end(), id);
    }));
}

bool AnnotationSession::readByReader(qint64 caseId) const {
    if (caseId == 0)
        return false;
    const AnnotationRepository repo(m_db);
    return !repo.currentMarks(caseId, m_reader.id).empty() ||
           !repo.currentAnswers(caseId, m_reader.id).empty() ||
           CaseEventRepository(m_db).hasCommitted(m_reader.id, caseId);
}

void AnnotationSession::refreshCaseStatus(qint64 caseId) {
    if (writeOffGuiThread([this, caseId] {
            return CaseEventRepository(m_db).refreshStatus(caseId);
        }).isEmpty())
        Q_EMIT caseProgressChanged(caseId);
}

double AnnotationSession::secondsOnCase() const {
    return currentCaseId() == 0 ? 0.0 : m_state.secondsSpent + m_clock->seconds();
}

void AnnotationSession::reportWrite(bool ok) {
    m_lastSaveOk = ok;
    m_lastSaveMessage =
        ok ? tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
           : tr("NOT SAVED: the database refused the write");
    Q_EMIT saved(ok, m_lastSaveMessage);
}

qint64 AnnotationSession::event(CaseEventKind kind, const QString &value, double seconds) {
    const qint64 id = writeOffGuiThread([&] {
        return CaseEventRepository(m_db).add(authorship(), currentCaseId(), kind, value, seconds);
    });
    reportWrite(id > 0);
    return id;
}

void AnnotationSession::markSlice(View view, int sliceIndex, double positionMm) {
    if (currentCaseId() != 0)
        m_undo.push(new MarkSliceCommand(this, view, sliceIndex, positionMm));
}

void AnnotationSession::answer(const QString &questionId, const QString &value) {
    if (currentCaseId() != 0 && ownAnswer(questionId) != value)
        m_undo.push(new AnswerCommand(this, questionId, value));
}

void AnnotationSession::acceptSuggestion(const QString &questionId) {
    if (const QString s = suggestion(questionId); !s.isEmpty())
        answer(questionId, s);
}

qint64 AnnotationSession::writeMark(View view, int sliceIndex, double positionMm) {
    const qint64 id = writeOffGuiThread([&] {
        return AnnotationRepository(m_db).addMark(authorship(), currentCaseId(), view, sliceIndex,
                                                  positionMm);
    });
    reportWrite(id > 0);
    reload();
    return id;
}

qint64 AnnotationSession::writeAnswer(const QString &questionId, const QString &value) {
    const QString shown = suggestion(questionId);
    const std::optional<double> confidence =
        m_state.confidence ? std::optional<double>(*m_state.confidence) : std::nullopt;
    const qint64 id = writeOffGuiThread([&] {
        return AnnotationRepository(m_db).addAnswer(authorship(), currentCaseId(), questionId,
                                                    value, shown, confidence);
    });
    reportWrite(id > 0);
    reload();
    return id;
}

void AnnotationSession::retractMark(qint64 markId) {
    reportWrite(writeOffGuiThread([&] {
                    return AnnotationRepository(m_db).retractMark(authorship(), markId);
                }) > 0);
    reload();
}

void AnnotationSession::retractAnswer(qint64 answerId) {
    reportWrite(writeOffGuiThread([&] {
                    return AnnotationRepository(m_db).retractAnswer(authorship(), answerId);
                }) > 0);
    reload();
}

void AnnotationSession::setConfidence(int confidence) {
    if (currentCaseId() == 0 || m_state.confidence == confidence)
        return;
    event(CaseEventKind::Confidence, QString::number(std::clamp(confidence, 1, 5)));
    reload();
}

void AnnotationSession::setComment(const QString &comment) {
    if (currentCaseId() == 0 || m_state.comment == comment)
        return;
    event(CaseEventKind::Comment, comment);
    reload();
}

void AnnotationSession::setPoorQuality(bool poor) {
    if (currentCaseId() == 0 || m_state.poorQuality == poor)
        return;
    event(CaseEventKind::PoorQuality, poor ? QStringLiteral("1") : QStringLiteral("0"));
    reload();
}

void AnnotationSession::commitCase() {
    if (currentCaseId() == 0)
        return;
    event(CaseEventKind::Committed, QStringLiteral("1"));
    reload();
}

void AnnotationSession::skipCase() {
    if (currentCaseId() == 0)
        return;
    event(CaseEventKind::Skipped, QStringLiteral("1"));
    next();
}

void AnnotationSession::postponeCase() {
    if (currentCaseId() == 0)
        return;
    event(CaseEventKind::Postponed, QStringLiteral("1"));
    // The case moves to the end of the worklist, flagged: the reader meets it again after
    // the others. The position then already points at the case that followed it.
    const auto at = static_cast<std::size_t>(m_session.position);
    if (at + 1 >= m_session.worklist.size())
        return;
    leaveCase();
    std::vector<qint64> reordered = m_session.worklist;
    const qint64 postponed = reordered[at];
    reordered.erase(reordered.begin() + static_cast<std::ptrdiff_t>(at));
    reordered.push_back(postponed);
    const QString error = writeOffGuiThread([&] {
        return ReaderRepository(m_db).setWorklist(m_session.id, reordered, m_session.position);
    });
    if (error.isEmpty())
        m_session.worklist = std::move(reordered); // else stay on the case; saved() says why
    reportWrite(error.isEmpty());
    enterCase();
}

std::optional<SliceMark> AnnotationSession::ownMark(View view) const {
    for (const SliceMark &m : m_marks) {
        if (m.view == view)
            return m;
    }
    return std::nullopt;
}

QString AnnotationSession::ownAnswer(const QString &questionId) const {
    const auto it = m_answers.find(questionId);
    return it == m_answers.end() ? QString() : it->second.value;
}

std::vector<SliceMark> AnnotationSession::otherMarks() const {
    std::vector<SliceMark> others;
    if (!othersVisible() || currentCaseId() == 0)
        return others;
    for (const SliceMark &m : AnnotationRepository(m_db).currentMarks(currentCaseId())) {
        if (m.readerId != m_reader.id || m.pass != m_session.pass)
            others.push_back(m);
    }
    return others;
}

void AnnotationSession::setVerifyMode(bool verify) {
    if (m_verify == verify || (verify && !m_policy.mayVerify()))
        return;
    m_verify = verify;
    Q_EMIT changed();
}

QString AnnotationSession::suggestion(const QString &questionId) const {
    if (!verifyMode())
        return {};
    const auto it = m_suggestions.find(questionId);
    return it == m_suggestions.end() ? QString() : it->second;
}

} // namespace brainmd
