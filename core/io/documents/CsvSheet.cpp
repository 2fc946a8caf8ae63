#include "io/documents/CsvSheet.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace brainmd {

bool CsvSheet::load(const QString &path, const QString &text, const QStringList &requiredColumns,
                    QString *error) {
    m_fileName = QFileInfo(path).fileName();
    m_columns.clear();
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
    return QCoreApplication::translate("brainmd", "%1 row %2: %3")
        .arg(m_fileName, QString::number(record.row), message);
}

} // namespace brainmd
