#pragma once

#include "io/documents/CsvReader.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

/// A parsed CSV file with a header row: looks fields up by column name (case-insensitive,
/// surrounding spaces ignored) and phrases row problems as "<file> row <n>: ...".
class CsvSheet {
public:
    /// Parses `text` read from `path`. Fails (with `error` naming the file) when the file
    /// has no header or the header lacks one of `requiredColumns`.
    bool load(const QString &path, const QString &text, const QStringList &requiredColumns,
              QString *error);

    const std::vector<CsvRecord> &records() const { return m_records; }
    bool hasColumn(const QString &name) const { return m_columns.contains(name); }

    /// The field of `column` in `record`. When the record is too short to have it, returns
    /// false and sets `reason` ("labels.csv row 7: missing column 'answer'").
    bool field(const CsvRecord &record, const QString &column, QString *value,
               QString *reason) const;
    /// The field, or "" when the column or the field is absent.
    QString optionalField(const CsvRecord &record, const QString &column) const;
    /// "labels.csv row 7: <message>".
    QString rowMessage(const CsvRecord &record, const QString &message) const;
    /// "labels.csv line 7: column 'answer' holds the control character NUL (U+0000); ..."
    /// for the first NUL or control character of the record, or "" when it has none.
    QString controlCharacterProblem(const CsvRecord &record) const;

private:
    QString m_fileName;
    QHash<QString, int> m_columns;
    QStringList m_headerNames; ///< lower-case, by column index
    std::vector<CsvRecord> m_records;
};

} // namespace brainmd
