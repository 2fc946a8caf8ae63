#include "io/documents/CsvReader.h"

#include <QCoreApplication>

namespace brainmd {

namespace {

/// A cursor over the text that reads one record at a time.
class CsvCursor {
public:
    explicit CsvCursor(const QString &text)
        : m_text(text) {
        if (m_text.startsWith(QChar(0xFEFF)))
            m_pos = 1;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRecord next(int row) {
        CsvRecord record;
        record.row = row;
        record.line = m_line;
        for (;;) {
            record.fields.append(readField(&record));
            if (atEnd())
                return record;
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char(','))
                continue;
            if (c == QLatin1Char('\r') && !atEnd() && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            return record;
        }
    }

private:
    static bool isRecordEnd(QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); }

    /// A line break inside a quoted field: CRLF counts once, at its LF.
    void countLineBreak(QChar c) {
        const bool crOfCrlf =
            c == QLatin1Char('\r') && !atEnd() && m_text.at(m_pos) == QLatin1Char('\n');
        if (isRecordEnd(c) && !crOfCrlf)
            ++m_line;
    }

    QString readField(CsvRecord *record) {
        if (!atEnd() && m_text.at(m_pos) == QLatin1Char('"'))
            return readQuoted(record);
        const qsizetype begin = m_pos;
        while (!atEnd() && m_text.at(m_pos) != QLatin1Char(',') && !isRecordEnd(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(begin, m_pos - begin);
    }

    QString readQuoted(CsvRecord *record) {
        QString value;
        ++m_pos; // opening quote
        for (;;) {
            if (atEnd()) {
                record->error =
                    QCoreApplication::translate("brainmd", "a quoted field is not closed");
                return value;
            }
            const QChar c = m_text.at(m_pos++);
            if (c != QLatin1Char('"')) {
                countLineBreak(c);
                value.append(c);
                continue;
            }
            if (!atEnd() && m_text.at(m_pos) == QLatin1Char('"')) {
                value.append(c);
                ++m_pos;
                continue;
            }
            break;
        }
        // Text between the closing quote and the separator is kept, but the record is
        // marked: the writer most likely forgot to double a quote.
        const qsizetype begin = m_pos;
        while (!atEnd() && m_text.at(m_pos) != QLatin1Char(',') && !isRecordEnd(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos > begin) {
            value.append(m_text.mid(begin, m_pos - begin));
            record->error = QCoreApplication::translate(
                "brainmd", "text after a closing quote (a quote inside a field must be doubled)");
        }
        return value;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isBlank(const CsvRecord &record) {
    return record.error.isEmpty() && record.fields.size() == 1 &&
           record.fields.front().trimmed().isEmpty();
}

} // namespace

std::vector<CsvRecord> parseCsv(const QString &text) {
    std::vector<CsvRecord> records;
    CsvCursor cursor(text);
    int row = 0;
    while (!cursor.atEnd()) {
        CsvRecord record = cursor.next(++row);
        if (!isBlank(record))
            records.push_back(std::move(record));
    }
    return records;
}

} // namespace brainmd
