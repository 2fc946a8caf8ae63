#include "ui/report/LeaderboardText.h"

#include <QCoreApplication>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

} // namespace

QString leaderboardConditionNote(const LeaderboardCondition &c) {
    if (!c.missingIn.isEmpty())
        return tr("No shared items: not evaluated by %1.")
            .arg(c.missingIn.join(QStringLiteral(", ")));
    QString note;
    if (!c.hasSharedItems())
        note = tr("No shared items: the runs evaluated no common case, question and rotation.");
    if (c.labelConflicts > 0)
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("%1 item(s) left out: the runs' labels differ.").arg(c.labelConflicts);
    return note;
}

QStringList leaderboardQuestions(const Leaderboard &board) {
    QStringList questions;
    for (const LeaderboardCondition &c : board.conditions) {
        for (const QString &q : c.questions) {
            if (!questions.contains(q))
                questions.append(q);
        }
    }
    return questions;
}

QString leaderboardParameters(const LeaderboardCard &card) {
    return tr("temperature %1, max tokens %2, seed %3, %4 evaluation")
        .arg(QString::number(card.temperature, 'g', 3))
        .arg(card.maxTokens)
        .arg(card.seed)
        .arg(card.evaluation);
}

} // namespace brainmd
