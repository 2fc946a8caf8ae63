#include "ui/report/LeaderboardText.h"

#include <QCoreApplication>

#include <cmath>

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

QString plainNumber(double value, int decimals) {
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-");
}

QString leaderboardParameters(const LeaderboardCard &card, const NumberFormat &format) {
    // The seed stays plain: it is an identifier, not a quantity to group into thousands.
    return tr("temperature %1, max tokens %2, seed %3, %4 evaluation")
        .arg(format(card.temperature, 2), format(card.maxTokens, 0))
        .arg(card.seed)
        .arg(card.evaluation);
}

} // namespace brainmd
