#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

/// One record of a CSV file. `row` is the 1-based record number as a spreadsheet shows
/// it (the header is row 1), which differs from the line number when quoted fields
/// contain line breaks. `error` is set when the record is malformed (e.g. an unterminated
/// quote); its fields are then unreliable. `line` is the 1-based line the record starts on.
struct CsvRecord {
    int row = 0;
    int line = 0;
    QStringList fields;
    QString error;
};

/// Parses CSV text as RFC 4180 describes it: comma separators, CRLF or LF record ends,
/// fields optionally in double quotes, "" for a quote inside a quoted field, commas and
/// line breaks allowed inside quoted fields. A leading UTF-8 BOM is dropped. Blank
/// records are skipped but still counted in `row`.
std::vector<CsvRecord> parseCsv(const QString &text);

} // namespace brainmd
