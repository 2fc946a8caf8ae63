#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace brainmd {

/// Side-file bytes as text, and how they were read.
struct DecodedText {
    QString text;
    QString note;  ///< set when the encoding was guessed (the user should check the result)
    QString error; ///< set when the bytes fit no encoding this program reads
    bool ok() const { return error.isEmpty(); }
};

/// Decodes a side file: a byte-order mark names UTF-8 / UTF-16 / UTF-32; without one,
/// UTF-16 is recognised by its zero bytes, then strict UTF-8 is tried, then Windows-1252
/// (what spreadsheets on Western European Windows save as "CSV"; it includes Latin-1's
/// letters). Bytes that are neither are refused with their line, never turned into U+FFFD
/// without a word. `fileName` only phrases messages.
DecodedText decodeTextBytes(const QByteArray &bytes, const QString &fileName);

/// A character a side file must not hold: NUL and the other C0 / C1 controls except tab,
/// line feed and carriage return (they truncate values in C tools and hide in
/// spreadsheets).
struct ControlCharacter {
    qsizetype offset = 0; ///< in the string searched
    char16_t code = 0;
};

std::optional<ControlCharacter> findControlCharacter(const QString &text);

/// "NUL (U+0000)", "U+001B", ... for messages.
QString describeControlCharacter(char16_t code);

/// 1-based line of `offset` in `text` (CRLF, LF and lone CR each end a line).
int lineOfOffset(const QString &text, qsizetype offset);

} // namespace brainmd
