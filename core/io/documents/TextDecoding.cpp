#include "io/documents/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/// Line (1-based) of byte `offset`, counted on the raw bytes.
int lineOfByte(const QByteArray &bytes, qsizetype offset) {
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

/// UTF-16 without a byte-order mark: text that is mostly ASCII has a zero in every
/// other byte. Returns the byte order, or nothing when the bytes do not look like it.
std::optional<QStringConverter::Encoding> utf16WithoutMark(const QByteArray &bytes) {
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == 0 ? 1 : 0;
        zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 6 && zeroEven * 10 <= pairs)
        return QStringConverter::Utf16LE;
    if (zeroEven * 10 >= pairs * 6 && zeroOdd * 10 <= pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

/// Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes) {
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            value = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            value = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            value = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

DecodedText decodeTextBytes(const QByteArray &bytes, const QString &fileName) {
    DecodedText decoded;
    if (const auto encoding = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*encoding);
        decoded.text = decoder(bytes);
        return decoded;
    }
    if (const auto encoding = utf16WithoutMark(bytes)) {
        QStringDecoder decoder(*encoding);
        decoded.text = decoder(bytes);
        decoded.note =
            tr("%1: no byte-order mark; read as UTF-16 %2 from its zero bytes")
                .arg(fileName, *encoding == QStringConverter::Utf16LE ? QStringLiteral("LE")
                                                                      : QStringLiteral("BE"));
        return decoded;
    }
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid < 0) {
        decoded.text = QString::fromUtf8(bytes);
        return decoded;
    }
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x80 || byte >= 0xA0) {
            text.append(QChar(char16_t(byte)));
            continue;
        }
        const char16_t mapped = kCp1252High[byte - 0x80];
        if (mapped == 0) {
            decoded.error =
                tr("%1 line %2: byte 0x%3 is neither UTF-8 nor Windows-1252; save the file as "
                   "UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again")
                    .arg(fileName)
                    .arg(lineOfByte(bytes, i))
                    .arg(byte, 2, 16, QLatin1Char('0'));
            return decoded;
        }
        text.append(QChar(mapped));
    }
    decoded.text = text;
    decoded.note = tr("%1 is not UTF-8 (first at line %2); read as Windows-1252 (Western "
                      "European). Check accented names; save the file as UTF-8 to be sure")
                       .arg(fileName)
                       .arg(lineOfByte(bytes, invalid));
    return decoded;
}

std::optional<ControlCharacter> findControlCharacter(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool c0 = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        const bool c1 = c == 0x7F || (c >= 0x80 && c < 0xA0);
        if (c0 || c1)
            return ControlCharacter{i, c};
    }
    return std::nullopt;
}

QString describeControlCharacter(char16_t code) {
    const QString hex = QStringLiteral("U+") +
                        QStringLiteral("%1").arg(unsigned(code), 4, 16, QLatin1Char('0')).toUpper();
    return code == 0 ? tr("NUL (%1)").arg(hex) : hex;
}

int lineOfOffset(const QString &text, qsizetype offset) {
    int line = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') ||
            (c == QLatin1Char('\r') &&
             (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))))
            ++line;
    }
    return line;
}

} // namespace brainmd
