#pragma once

#include "bench/BenchScoring.h"
#include "bench/TaskPack.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace brainmd {

/// Everything a report shows about one run (read from the database by the caller).
struct BenchReportInput {
    qint64 runId = 0;
    QString runName;
    QString status;
    QString message;
    QString createdAt;
    QByteArray configJson;
    TaskPack pack;
    QStringList conditions; ///< in run order
    BenchScores scores;
    std::vector<StoredPrediction> predictions;
    QStringList problems;
    std::map<qint64, QString> caseKeys;
};

struct BenchReportResult {
    QStringList files;
    QString htmlPath;
    QString error;
};

/// Writes the report into `outDir`: `formats` among html, csv, json. Plots are always
/// written as PNG and SVG under plots/; the HTML embeds the PNGs as data URLs so that it
/// is one self-contained file. Every text that came from a model, a label or the
/// configuration is HTML-escaped (and CSV cells that a spreadsheet would run as a
/// formula are prefixed with an apostrophe).
BenchReportResult writeBenchReport(const BenchReportInput &input, const QString &outDir,
                                   const QStringList &formats);

QString htmlEscape(const QString &text);
/// One CSV cell: quoted when needed, formula-like text defused.
QString csvCell(const QString &text);

} // namespace brainmd
