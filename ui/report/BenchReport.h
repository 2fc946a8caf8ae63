#pragma once

#include "common/CsvWriter.h"
#include "workflows/BenchScoreWorkflow.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace brainmd {

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

} // namespace brainmd
