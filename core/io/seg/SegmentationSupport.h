#pragma once

// Private to the SEG module: what the reader and the writer share around DCMTK.

#include <QString>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofstring.h>

#include <array>
#include <cstdint>

class CodeSequenceMacro;

namespace brainmd::seg {

QString tr(const char *text);

/// DCMTK's dcmseg, dcmiod, dcmfg and dcmdata loggers print to stderr naming no file; the
/// reader and the writer report in their own words instead, so those loggers are silenced
/// (once per process).
void silenceDcmtkLogs();

inline OFString toOf(const QString &value) {
    return OFString(value.toUtf8().constData());
}

inline QString fromOf(const OFString &value) {
    return QString::fromUtf8(value.c_str()).trimmed();
}

/// Display colour for a segment without RecommendedDisplayCIELabValue.
std::array<std::uint8_t, 3> paletteColour(int segmentNumber);

/// Segmented property category (`category` true) or type code for `meaning` and an
/// optional "SCHEME:VALUE" `code` (see SegmentDescription).
CodeSequenceMacro propertyCode(const QString &meaning, const QString &code, bool category);

/// "SCHEME:VALUE" of a code read from a SEG.
QString codeText(CodeSequenceMacro &code);

} // namespace brainmd::seg
