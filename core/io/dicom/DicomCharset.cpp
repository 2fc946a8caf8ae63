#include "io/dicom/DicomCharset.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcspchrs.h>
#include <dcmtk/oflog/oflog.h>

#include <QStringDecoder>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace brainmd::dicom {

namespace {

bool isAscii(const std::string &raw) {
    for (const char c : raw) {
        // ESC starts an ISO 2022 escape sequence even in otherwise 7-bit text.
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\x1B')
            return false;
    }
    return true;
}

std::string trimmedTerm(const std::string &value) {
    const auto first = value.find_first_not_of(' ');
    const auto last = value.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
}

/// A converter per declared character set, per thread: selecting one opens iconv
/// descriptors, too slow to repeat for every value of every file.
DcmSpecificCharacterSet *converterFor(const std::string &charset) {
    static std::once_flag quiet;
    // Conversion failures are handled here (Latin-1 fallback); DCMTK's own log line would
    // name no file, so the dcmdata logger stays silent.
    std::call_once(quiet,
                   [] { OFLog::getLogger("dcmtk.dcmdata").setLogLevel(OFLogger::OFF_LOG_LEVEL); });
    thread_local std::map<std::string, std::unique_ptr<DcmSpecificCharacterSet>> converters;
    auto it = converters.find(charset);
    if (it == converters.end()) {
        auto converter = std::make_unique<DcmSpecificCharacterSet>();
        if (converter->selectCharacterSet(OFString(charset.c_str())).bad())
            converter.reset();
        it = converters.emplace(charset, std::move(converter)).first;
    }
    return it->second.get();
}

bool isDelimiter(char c, DicomTextKind kind) {
    return c == '\\' || c == '\r' || c == '\n' || c == '\f' || c == '\t' ||
           (kind == DicomTextKind::PersonName && (c == '^' || c == '='));
}

/// Japanese ISO 2022 text (PS3.5 Annex H): glibc's iconv, which DCMTK uses on Debian, has
/// no JIS X 0208 / 0212 designations, so the runs between escape sequences are decoded
/// here with Qt's ICU codec ISO-2022-JP-2; JIS X 0201 katakana (ISO 2022 IR 13) is the
/// half-width block U+FF61..U+FF9F. Each delimiter returns to the single-byte default.
QString decodeJapaneseIso2022(const std::string &raw, bool katakanaDefault, DicomTextKind kind) {
    QString out;
    std::size_t i = 0;
    bool twoByte = false;
    std::string run; // bytes of a two-byte run, with the escape sequence that opened it
    const auto flush = [&] {
        if (run.empty())
            return;
        QStringDecoder decoder("ISO-2022-JP-2");
        run += "\x1b(B";
        out += decoder.isValid() ? decoder(QByteArrayView(run.data(), qsizetype(run.size())))
                                 : QString::fromLatin1(run.data(), qsizetype(run.size()));
        run.clear();
    };
    while (i < raw.size()) {
        const char c = raw[i];
        if (c == '\x1b') {
            // ESC $ B, ESC $ @, ESC $ ( D: two-byte sets; ESC ( B / ( J / ) I: single-byte.
            const std::string rest = raw.substr(i, 4);
            const bool opensTwoByte = rest.rfind("\x1b$B", 0) == 0 ||
                                      rest.rfind("\x1b$@", 0) == 0 || rest.rfind("\x1b$(D", 0) == 0;
            const std::size_t length = rest.rfind("\x1b$(", 0) == 0 ? 4 : 3;
            if (opensTwoByte) {
                flush();
                twoByte = true;
                run = raw.substr(i, length);
            } else {
                flush();
                twoByte = false;
                katakanaDefault = katakanaDefault || rest.rfind("\x1b)I", 0) == 0;
            }
            i += std::min(length, raw.size() - i);
            continue;
        }
        // Inside a two-byte run '^', '=' and '\\' are halves of characters (0x21..0x7E);
        // the standard has the writer switch back to ASCII before a delimiter.
        const bool control = c == '\r' || c == '\n' || c == '\f' || c == '\t';
        if (control || (!twoByte && isDelimiter(c, kind))) {
            flush();
            twoByte = false;
            out += QLatin1Char(c);
            ++i;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        if (twoByte)
            run += c;
        else if (katakanaDefault && byte >= 0xA1 && byte <= 0xDF)
            out += QChar(char16_t(0xFF61 + (byte - 0xA1)));
        else
            out += QChar(char16_t(byte));
        ++i;
    }
    flush();
    return out;
}

/// Single-byte terms newer than the conversion tables DCMTK has on Debian.
const char *qtCodecFor(const std::string &charset) {
    if (charset == "ISO_IR 203" || charset == "ISO 2022 IR 203")
        return "ISO-8859-15";
    return nullptr;
}

} // namespace

QString decodeDicomText(const std::string &raw, const std::string &specificCharacterSet,
                        DicomTextKind kind) {
    if (isAscii(raw))
        return QString::fromLatin1(raw.data(), static_cast<qsizetype>(raw.size()));
    const std::string charset = trimmedTerm(specificCharacterSet);
    if (charset == "ISO_IR 192")
        return QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    if (charset == "ISO_IR 100")
        return QString::fromLatin1(raw.data(), static_cast<qsizetype>(raw.size()));
    if (DcmSpecificCharacterSet *converter = converterFor(charset)) {
        OFString utf8;
        const char *delimiters = kind == DicomTextKind::PersonName ? "\\^=" : "\\";
        if (converter->convertString(OFString(raw.data(), raw.size()), utf8, OFString(delimiters))
                .good())
            return QString::fromUtf8(utf8.c_str(), static_cast<qsizetype>(utf8.length()));
    }
    if (charset.find("ISO 2022 IR 87") != std::string::npos ||
        charset.find("ISO 2022 IR 159") != std::string::npos)
        return decodeJapaneseIso2022(raw, charset.rfind("ISO 2022 IR 13", 0) == 0, kind);
    if (const char *codec = qtCodecFor(charset)) {
        QStringDecoder decoder(codec);
        if (decoder.isValid())
            return decoder(QByteArrayView(raw.data(), static_cast<qsizetype>(raw.size())));
    }
    return QString::fromLatin1(raw.data(), static_cast<qsizetype>(raw.size()));
}

} // namespace brainmd::dicom
