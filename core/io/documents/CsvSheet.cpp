#include "io/documents/CsvSheet.h"

#include "io/documents/TextDecoding.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace brainmd {

bool CsvSheet::load(const QString &path, const QString &text, const QStringList &requiredColumns,
                    QString *error) {
    m_fileName = QFileInfo(path).fileName();
    m_columns.clear();
    m_headerNames.clear();
    m_records = parseCsv(text);
    if (m_records.empty()) {
        *error = QCoreApplication::translate("brainmd", "%1: no header row").arg(m_fileName);
        return false;
    }
    const CsvRecord header = m_records.front();
    m_records.erase(m_records.begin());
    if (!header.error.isEmpty()) {
        *error = QCoreApplication::translate("brainmd", "%1: header row: %2")
                     .arg(m_fileName, header.error);
        return false;
    }
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        m_headerNames.append(name);
        if (!name.isEmpty() && !m_columns.contains(name))
            m_columns.insert(name, i);
    }
    for (const QString &column : requiredColumns) {
        if (!m_columns.contains(column)) {
            *error = QCoreApplication::translate("brainmd", "%1: missing column '%2'")
                         .arg(m_fileName, column);
            return false;
        }
    }
    return true;
}

bool CsvSheet::field(const CsvRecord &record, const QString &column, QString *value,
                     QString *reason) const {
    const int index = m_columns.value(column, -1);
    if (index < 0 || index >= record.fields.size()) {
        *reason = rowMessage(
            record, QCoreApplication::translate("brainmd", "missing column '%1'").arg(column));
        return false;
    }
    *value = record.fields.at(index).trimmed();
    return true;
}

QString CsvSheet::optionalField(const CsvRecord &record, const QString &column) const {
    const int index = m_columns.value(column, -1);
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields.at(index).trimmed();
}

QString CsvSheet::rowMessage(const CsvRecord &record, const QString &message) const {
    // The line is named too when quoted line breaks make it differ from the row, so that
    // an editor's "go to line" finds the record.
    if (record.line > 0 && record.line != record.row)
        return QCoreApplication::translate("brainmd", "%1 row %2 (line %3): %4")
            .arg(m_fileName, QString::number(record.row), QString::number(record.line), message);
    return QCoreApplication::translate("brainmd", "%1 row %2: %3")
        .arg(m_fileName, QString::number(record.row), message);
}

QString CsvSheet::controlCharacterProblem(const CsvRecord &record) const {
    int line = record.line;
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString &field = record.fields.at(i);
        if (const auto found = findControlCharacter(field)) {
            const QString column = i < m_headerNames.size() && !m_headerNames.at(i).isEmpty()
                                       ? m_headerNames.at(i)
                                       : QString::number(i + 1);
            return QCoreApplication::translate("brainmd",
                                               "%1 line %2: column '%3' holds the control "
                                               "character %4; the row is refused (remove it, "
                                               "or re-export the file as plain text)")
                .arg(m_fileName)
                .arg(line + lineOfOffset(field, found->offset) - 1)
                .arg(column, describeControlCharacter(found->code));
        }
        line += lineOfOffset(field, field.size()) - 1;
    }
    return {};
}

} // namespace brainmd
