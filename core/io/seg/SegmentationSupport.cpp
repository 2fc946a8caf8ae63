#include "io/seg/SegmentationSupport.h"

#include <QCoreApplication>

#include <dcmtk/dcmiod/iodmacro.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace brainmd::seg {

namespace {

struct KnownCode {
    const char *meaning;
    const char *value;
};

// SNOMED CT codes DICOM's CID 7150 / 7151 use for what BrainMD segments.
constexpr KnownCode kKnownCodes[] = {
    {"Morphologically Altered Structure", "49755003"},
    {"Neoplasm", "108369006"},
    {"Tissue", "85756007"},
    {"Brain", "12738006"},
};

} // namespace

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

void silenceDcmtkLogs() {
    static std::once_flag quiet;
    std::call_once(quiet, [] {
        for (const char *name : {"dcmtk.dcmseg", "dcmtk.dcmiod", "dcmtk.dcmfg", "dcmtk.dcmdata"})
            OFLog::getLogger(name).setLogLevel(OFLogger::OFF_LOG_LEVEL);
    });
}

std::array<std::uint8_t, 3> paletteColour(int segmentNumber) {
    static constexpr std::array<std::array<std::uint8_t, 3>, 6> palette{{
        {230, 70, 40},
        {60, 160, 230},
        {90, 200, 80},
        {240, 200, 40},
        {180, 90, 220},
        {240, 130, 190},
    }};
    const int index =
        (segmentNumber > 0 ? segmentNumber - 1 : 0) % static_cast<int>(palette.size());
    return palette[static_cast<std::size_t>(index)];
}

CodeSequenceMacro propertyCode(const QString &meaning, const QString &code, bool category) {
    QString text = meaning.trimmed();
    if (text.isEmpty())
        text = QString::fromLatin1(category ? kKnownCodes[0].meaning : kKnownCodes[1].meaning);
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon > 0)
        return CodeSequenceMacro(toOf(code.mid(colon + 1)), toOf(code.left(colon)), toOf(text));
    for (const KnownCode &known : kKnownCodes) {
        if (text.compare(QLatin1String(known.meaning), Qt::CaseInsensitive) == 0)
            return CodeSequenceMacro(known.value, "SCT", known.meaning);
    }
    // A meaning without a standard code gets a private one (DICOM's "99" prefix), stable
    // for the same text so that the same segments write the same bytes.
    QString value;
    for (const QChar c : text.toUpper()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            value += c;
    }
    return CodeSequenceMacro(
        toOf(value.left(16).isEmpty() ? QStringLiteral("UNKNOWN") : value.left(16)), "99BRAINMD",
        toOf(text));
}

QString codeText(CodeSequenceMacro &code) {
    OFString scheme, value;
    code.getCodingSchemeDesignator(scheme);
    code.getCodeValue(value);
    if (value.empty())
        return {};
    return fromOf(scheme) + QLatin1Char(':') + fromOf(value);
}

} // namespace brainmd::seg
