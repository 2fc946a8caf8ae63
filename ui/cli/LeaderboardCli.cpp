#include "ui/cli/LeaderboardCli.h"

#include "ui/report/PercentText.h"

#include "common/PrivateFiles.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/report/LeaderboardReport.h"
#include "ui/report/LeaderboardText.h"
#include "workflows/LeaderboardWorkflow.h"

#include <QCoreApplication>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString pct(double v) {
    return percentText(v, QStringLiteral("-"));
}

QString signedPoints(double v) {
    return signedPointsText(v, QStringLiteral("-"));
}

void printCell(const Leaderboard &board, const LeaderboardCell &cell, QTextStream &out) {
    const LeaderboardCard *card = board.card(cell.runId);
    QString line = QStringLiteral("  %1 %2 %3")
                       .arg((card ? card->label : QString()).left(30).leftJustified(30),
                            pct(cell.accuracy.estimate).rightJustified(6),
                            QStringLiteral("%1-%2")
                                .arg(pct(cell.accuracy.low), pct(cell.accuracy.high))
                                .leftJustified(12));
    if (!cell.vsReference) {
        out << line << tr("reference") << QLatin1Char('\n');
        return;
    }
    const PairedComparison &p = *cell.vsReference;
    const Interval &d = p.accuracyDifference.difference;
    out << line
        << QStringLiteral("%1 %2 %3\n")
               .arg(signedPoints(d.estimate).rightJustified(6),
                    QStringLiteral("(%1 to %2)")
                        .arg(signedPoints(d.low), signedPoints(d.high))
                        .leftJustified(17),
                    QString::number(p.mcnemarP, 'g', 3));
}

} // namespace

void printLeaderboard(const Leaderboard &board, QTextStream &out) {
    out << QStringLiteral("  %1 %2 %3%4 %5 %6\n")
               .arg(tr("run").leftJustified(30), tr("acc %").rightJustified(6),
                    tr("95% CI").leftJustified(12), tr("vs ref").rightJustified(6),
                    tr("95% CI (points)").leftJustified(17), tr("McNemar p"));
    for (const LeaderboardCondition &c : board.conditions) {
        out << (c.hasSharedItems() ? tr("%1 (%2 shared items, %3 cases)\n")
                                         .arg(c.condition)
                                         .arg(c.items)
                                         .arg(c.cases)
                                   : c.condition + QLatin1Char('\n'));
        if (const QString note = leaderboardConditionNote(c); !note.isEmpty())
            out << QStringLiteral("  ") << note << QLatin1Char('\n');
        for (const LeaderboardCell &cell : c.cells)
            printCell(board, cell, out);
    }
}

int writeLeaderboardCommand(const Database &db, const std::vector<qint64> &runIds,
                            qint64 referenceRunId, const QString &outDir, CliStreams io) {
    QString error;
    const auto board = loadLeaderboard(*borrowedStorage(db), runIds, referenceRunId, &error);
    if (!board) {
        io.err << tr("brainmd bench report: %1\n").arg(error);
        return ExitFailure;
    }
    if (!board->hasSharedItems()) {
        io.err << tr("brainmd bench report: the runs share no evaluated item in any condition "
                     "(no case, question and rotation that every run evaluated with the same "
                     "label); nothing to compare\n");
        printLeaderboard(*board, io.err);
        return ExitFailure;
    }
    const LeaderboardReportResult written = writeLeaderboardReport(*board, outDir);
    if (!written.error.isEmpty()) {
        io.err << tr("brainmd bench report: %1\n").arg(written.error);
        return ExitFailure;
    }
    if (const QString file = makePrivate(written.files); !file.isEmpty())
        io.err << tr("brainmd bench report: cannot make %1 private to you\n").arg(file);
    printLeaderboard(*board, io.out);
    io.out << tr("%1 files written to %2\n").arg(written.files.size()).arg(outDir);
    io.out << tr("Leaderboard: %1\n").arg(written.htmlPath);
    return ExitSuccess;
}

} // namespace brainmd
