// Helper for the annotation crash test: a reader working through the worklist with the
// workstation's own AnnotationSession (marks and answers through its undo commands, case
// commits through case events). After every write the database accepted it prints one line,
//   saved <n> mark <row id> <case id> <view> <slice>
//   saved <n> answer <row id> <case id> <question> <value>
//   saved <n> commit <case id>
// so that the test can kill it anywhere and look for every printed row.
//   crash_annotation_child <database> <seed> <actions>

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "ui/annotation/AnnotationSession.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace brainmd;

namespace {

int g_saved = 0;

void print(const QString &line) {
    std::printf("saved %d %s\n", ++g_saved, qPrintable(line));
    std::fflush(stdout);
}

bool markOne(AnnotationSession &session, QRandomGenerator &rng) {
    const auto view = static_cast<View>(rng.bounded(3));
    const int slice = static_cast<int>(rng.bounded(60));
    session.markSlice(view, slice, slice * 2.0 - 60.0);
    const std::optional<SliceMark> mark = session.ownMark(view);
    if (!session.lastSaveOk() || !mark || mark->sliceIndex != slice)
        return false;
    print(QStringLiteral("mark %1 %2 %3 %4")
              .arg(mark->id)
              .arg(session.currentCaseId())
              .arg(QLatin1String(viewName(view)))
              .arg(slice));
    return true;
}

bool answerOne(const Database &db, AnnotationSession &session, QRandomGenerator &rng) {
    const auto &questions = session.questions();
    if (questions.empty())
        return true;
    const ReaderQuestion &q = questions[rng.bounded(static_cast<quint32>(questions.size()))];
    if (q.options.isEmpty())
        return true;
    const QString value = q.options.at(static_cast<int>(rng.bounded(q.options.size())));
    if (session.ownAnswer(q.id) == value)
        return true;
    session.answer(q.id, value);
    if (!session.lastSaveOk() || session.ownAnswer(q.id) != value)
        return false;
    for (const AnswerRecord &a :
         AnnotationRepository(db).currentAnswers(session.currentCaseId(), session.reader().id)) {
        if (a.questionId == q.id && a.pass == session.session().pass)
            print(QStringLiteral("answer %1 %2 %3 %4").arg(a.id).arg(a.caseId).arg(q.id, value));
    }
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crash_annotation_child <database> <seed> <actions>\n");
        return 2;
    }
    Database db;
    if (const QString error = db.open(args.at(1)); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::vector<qint64> worklist;
    for (const CaseSummary &c : CaseRepository(db).list())
        worklist.push_back(c.id);
    AnnotationSession session(db);
    if (const QString error =
            session.begin(QStringLiteral("crash-reader"), QStringLiteral("reader"), worklist);
        !error.isEmpty() || session.caseCount() == 0) {
        std::fprintf(stderr, "cannot start the session: %s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator rng(args.at(2).toUInt());
    const int actions = args.at(3).toInt();
    for (int i = 0; i < actions; ++i) {
        const quint32 what = rng.bounded(10);
        bool ok = true;
        if (what < 5) {
            ok = markOne(session, rng);
        } else if (what < 9) {
            ok = answerOne(db, session, rng);
        } else {
            session.commitCase();
            ok = session.lastSaveOk() && session.caseState().committed;
            if (ok)
                print(QStringLiteral("commit %1").arg(session.currentCaseId()));
            session.goTo((session.position() + 1) % session.caseCount());
        }
        if (!ok) {
            std::fprintf(stderr, "write %d failed: %s\n", i, qPrintable(session.lastSaveMessage()));
            return 1;
        }
    }
    session.end();
    std::printf("done\n");
    return 0;
}
