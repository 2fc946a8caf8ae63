#include "io/dicom/DicomStructureCheck.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <cstdint>

namespace brainmd::dicom {

namespace {

constexpr std::uint32_t kUndefined = 0xffffffffu;
constexpr int kMaxDepth = 32;

struct Element {
    std::uint16_t group = 0, element = 0;
    std::uint32_t length = 0;
    bool sequence = false;
    qint64 valueStart = 0;
};

/// The value representations of PS3.5 table 6.2-1.
bool knownVr(const char vr[2]) {
    static const char *kKnown[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL",
                                   "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV", "OW",
                                   "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC",
                                   "UI", "UL", "UN", "UR", "US", "UT", "UV"};
    for (const char *known : kKnown) {
        if (vr[0] == known[0] && vr[1] == known[1])
            return true;
    }
    return false;
}

/// The VR GDCM's image reading insists on (typed gdcm::Attribute, which asserts on another
/// VR; fuzzing found it for Number of Frames), or nullptr for tags it reads leniently.
const char *requiredVr(std::uint16_t group, std::uint16_t element) {
    struct Rule {
        std::uint16_t group, element;
        const char *vr;
    };
    static const Rule kRules[] = {
        {0x0018, 0x0050, "DS"}, {0x0018, 0x0088, "DS"}, {0x0020, 0x0032, "DS"},
        {0x0020, 0x0037, "DS"}, {0x0028, 0x0002, "US"}, {0x0028, 0x0004, "CS"},
        {0x0028, 0x0008, "IS"}, {0x0028, 0x0010, "US"}, {0x0028, 0x0011, "US"},
        {0x0028, 0x0030, "DS"}, {0x0028, 0x0100, "US"}, {0x0028, 0x0101, "US"},
        {0x0028, 0x0102, "US"}, {0x0028, 0x0103, "US"}, {0x0028, 0x1052, "DS"},
        {0x0028, 0x1053, "DS"}};
    for (const Rule &rule : kRules) {
        if (rule.group == group && rule.element == element)
            return rule.vr;
    }
    return nullptr;
}

QString tagText(std::uint16_t group, std::uint16_t element) {
    return QStringLiteral("(%1,%2)")
        .arg(group, 4, 16, QLatin1Char('0'))
        .arg(element, 4, 16, QLatin1Char('0'));
}

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

class Walker {
public:
    explicit Walker(QFile &file)
        : m_file(file)
        , m_size(file.size()) {}

    bool explicitVr = true;
    bool bigEndian = false;
    bool rle = false; ///< RLE Lossless: each pixel fragment starts with a segment table

    bool bytes(qint64 pos, int n, unsigned char *out) {
        return pos >= 0 && pos + n <= m_size && m_file.seek(pos) &&
               m_file.read(reinterpret_cast<char *>(out), n) == n;
    }
    std::uint16_t u16(const unsigned char *p) const {
        return bigEndian ? std::uint16_t(p[0] << 8 | p[1]) : std::uint16_t(p[1] << 8 | p[0]);
    }
    std::uint32_t u32(const unsigned char *p) const {
        return bigEndian ? std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 |
                               std::uint32_t(p[2]) << 8 | p[3]
                         : std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 |
                               std::uint32_t(p[1]) << 8 | p[0];
    }
    qint64 size() const { return m_size; }
    bool trailingData() const { return m_trailingData; }
    /// What the walk stopped at (the first failure), for the reason shown to the user.
    QString failure() const { return m_failure; }
    bool fail(const QString &why) {
        if (m_failure.isEmpty())
            m_failure = why;
        return false;
    }
    void resetFailure() { m_failure.clear(); }

    /// Reads one element header at `pos`. Items and delimiters have no VR.
    bool header(qint64 pos, Element *e) {
        std::array<unsigned char, 12> h{};
        if (!bytes(pos, 8, h.data()))
            return fail(tr("an element header runs past the end of the file"));
        e->group = u16(h.data());
        e->element = u16(h.data() + 2);
        if (e->group == 0xfffe || !explicitVr) {
            e->length = u32(h.data() + 4);
            e->valueStart = pos + 8;
            e->sequence = e->length == kUndefined;
            return true;
        }
        const char vr[2] = {static_cast<char>(h[4]), static_cast<char>(h[5])};
        if (vr[0] < 'A' || vr[0] > 'Z' || vr[1] < 'A' || vr[1] > 'Z')
            return fail(tr("no value representation at %1 (bytes are not an element)")
                            .arg(tagText(e->group, e->element)));
        const QString vrText = QString::fromLatin1(vr, 2);
        // GDCM asserts on a VR it does not know (fuzzing found it, in the meta group and in
        // the data set).
        if (!knownVr(vr))
            return fail(tr("unknown value representation %1 at %2")
                            .arg(vrText, tagText(e->group, e->element)));
        if (const char *required = requiredVr(e->group, e->element);
            required != nullptr && (vr[0] != required[0] || vr[1] != required[1]))
            return fail(
                tr("%1 is stored as %2; GDCM reads it only as %3")
                    .arg(tagText(e->group, e->element), vrText, QString::fromLatin1(required, 2)));
        static const char *kLong[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ",
                                      "SV", "UC", "UN", "UR", "UT", "UV"};
        bool longForm = false;
        for (const char *l : kLong)
            longForm = longForm || (vr[0] == l[0] && vr[1] == l[1]);
        if (!longForm) {
            e->length = u16(h.data() + 6);
            e->valueStart = pos + 8;
            return true;
        }
        if (!bytes(pos + 8, 4, h.data() + 8))
            return fail(tr("an element header runs past the end of the file"));
        e->length = u32(h.data() + 8);
        e->valueStart = pos + 12;
        const bool sq = vr[0] == 'S' && vr[1] == 'Q';
        e->sequence = sq || e->length == kUndefined;
        // An undefined length is a sequence, UN holding one, or encapsulated pixel data;
        // GDCM asserts on any other element with it (fuzzing found it).
        const bool pixels = e->group == 0x7fe0 && e->element == 0x0010;
        if (e->length != kUndefined || sq || pixels || (vr[0] == 'U' && vr[1] == 'N'))
            return true;
        return fail(
            tr("%1 (%2) has an undefined length").arg(tagText(e->group, e->element), vrText));
    }

    /// The 64-byte RLE header of a pixel fragment (PS3.5 G.3.1): 1 to 15 segments whose
    /// offsets start at 64, increase and lie inside the fragment. GDCM's RLE decoder asserts
    /// on a damaged table (fuzzing found it).
    bool rleHeader(qint64 pos, qint64 length) {
        std::array<unsigned char, 64> h{};
        if (length < 64 || !bytes(pos, 64, h.data()))
            return false;
        const std::uint32_t segments = u32(h.data());
        if (segments < 1 || segments > 15 || u32(h.data() + 4) != 64)
            return false;
        std::uint32_t previous = 0;
        for (std::uint32_t i = 0; i < segments; ++i) {
            const std::uint32_t offset = u32(h.data() + 4 + 4 * i);
            if (offset <= previous || offset >= length)
                return false;
            previous = offset;
        }
        return true;
    }

    /// Items of a sequence (or fragments of encapsulated pixel data, `pixels`) from `pos`;
    /// `end` is the end of a defined-length sequence, or -1 up to the delimiter.
    bool items(qint64 pos, qint64 end, int depth, qint64 *after, bool pixels = false) {
        int fragment = 0;
        while (end < 0 || pos < end) {
            Element item;
            if (!header(pos, &item))
                return false;
            if (item.group != 0xfffe)
                return fail(tr("a sequence holds %1 where an item should be")
                                .arg(tagText(item.group, item.element)));
            if (item.element == 0xe0dd) {
                *after = item.valueStart;
                return end < 0;
            }
            if (item.element != 0xe000)
                return fail(tr("a sequence holds %1 where an item should be")
                                .arg(tagText(item.group, item.element)));
            if (item.length == kUndefined) {
                if (!dataSet(item.valueStart, -1, depth + 1, &pos))
                    return false;
            } else {
                // Fragment 0 is the basic offset table; the others hold the frames.
                if (pixels && rle && fragment > 0 && !rleHeader(item.valueStart, item.length))
                    return fail(
                        tr("damaged RLE segment table in pixel data fragment %1").arg(fragment));
                pos = item.valueStart + item.length;
                if (pos > m_size)
                    return fail(tr("a sequence item or pixel fragment of %1 bytes runs past the "
                                   "end of the file")
                                    .arg(item.length));
            }
            ++fragment;
        }
        *after = pos;
        return pos == end;
    }

    /// Elements from `pos` to `end` (-1: to an item delimiter, or -2: top level, to the end
    /// of the file).
    bool dataSet(qint64 pos, qint64 end, int depth, qint64 *after) {
        if (depth > kMaxDepth)
            return fail(tr("sequences nested deeper than %1 levels").arg(kMaxDepth));
        // The pixel decoder reads the whole file, so elements after the pixel data must fit
        // too (fuzzing found a trailing element whose length GDCM allocated); stray bytes
        // there that make no element are TrailingData (GDCM asserts on them in a full read).
        bool afterPixels = false;
        while (true) {
            if (end == -2 && pos == m_size)
                return true;
            if (end >= 0 && pos >= end) {
                *after = pos;
                return pos == end;
            }
            Element e;
            if (!header(pos, &e)) {
                m_trailingData = afterPixels;
                return afterPixels;
            }
            if (e.group == 0xfffe && e.element == 0xe00d) {
                *after = e.valueStart;
                return end == -1 || afterPixels;
            }
            const bool pixelData = e.group == 0x7fe0 && e.element == 0x0010;
            if (e.sequence) {
                if (!items(e.valueStart, e.length == kUndefined ? -1 : e.valueStart + e.length,
                           depth, &pos, pixelData))
                    return false;
            } else {
                pos = e.valueStart + e.length;
                if (pos > m_size)
                    return fail(tr("element %1 of %2 bytes runs past the end of the file")
                                    .arg(tagText(e.group, e.element))
                                    .arg(e.length));
            }
            afterPixels = afterPixels || (end == -2 && pixelData);
        }
    }

private:
    QFile &m_file;
    qint64 m_size;
    bool m_trailingData = false;
    QString m_failure;
};

/// Walks the group 0002 elements after the preamble; returns the data set's start and
/// chooses the data set encoding from the transfer syntax.
bool walkMeta(Walker &w, qint64 *start, bool *deflated) {
    qint64 pos = 132;
    QByteArray syntax;
    while (true) {
        // Peek at the group first: the data set after the meta group may be implicit VR.
        std::array<unsigned char, 2> group{};
        if (!w.bytes(pos, 2, group.data()))
            return w.fail(tr("the file meta information runs past the end of the file"));
        if (group[0] != 0x02 || group[1] != 0x00)
            break;
        Element e;
        if (!w.header(pos, &e))
            return false;
        if (e.valueStart + e.length > w.size())
            return w.fail(tr("the file meta information runs past the end of the file"));
        if (e.element == 0x0010) {
            QByteArray value(static_cast<int>(e.length), '\0');
            if (!w.bytes(e.valueStart, static_cast<int>(e.length),
                         reinterpret_cast<unsigned char *>(value.data())))
                return w.fail(tr("the file meta information runs past the end of the file"));
            syntax = value.trimmed().replace('\0', "");
        }
        pos = e.valueStart + e.length;
        if (pos == w.size())
            return w.fail(tr("the file ends after its meta information (no data set)"));
    }
    // Without a transfer syntax GDCM guesses the encoding, and may guess other than this walk
    // did and then allocate a length that is not in the file (fuzzing found it): PS3.10
    // requires (0002,0010), so such a file counts as damaged.
    if (syntax.isEmpty())
        return w.fail(tr("no transfer syntax (0002,0010) in the file meta information"));
    *start = pos;
    *deflated = syntax == "1.2.840.10008.1.2.1.99";
    w.explicitVr = syntax != "1.2.840.10008.1.2";
    w.bigEndian = syntax == "1.2.840.10008.1.2.2";
    w.rle = syntax == "1.2.840.10008.1.2.5";
    return true;
}

} // namespace

StructureStatus checkDicomStructure(const QString &path, QString *detail) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StructureStatus::NotDicom;
    Walker w(file);
    std::array<unsigned char, 4> magic{};
    const bool preamble = w.bytes(128, 4, magic.data()) && magic[0] == 'D' && magic[1] == 'I' &&
                          magic[2] == 'C' && magic[3] == 'M';
    qint64 after = 0;
    if (preamble) {
        qint64 start = 0;
        bool deflated = false;
        const bool meta = walkMeta(w, &start, &deflated);
        // A deflated data set cannot be walked without inflating it; GDCM reads it whole.
        if (meta && deflated)
            return StructureStatus::Ok;
        if (meta && w.dataSet(start, -2, 0, &after))
            return w.trailingData() ? StructureStatus::TrailingData : StructureStatus::Ok;
        if (detail != nullptr)
            *detail = w.failure();
        // A common writer error: an implicit VR data set under an explicit transfer syntax.
        if (meta && w.explicitVr && detail != nullptr) {
            w.explicitVr = false;
            w.resetFailure();
            if (w.dataSet(start, -2, 0, &after))
                *detail = tr("the data set is encoded with implicit VR although its transfer "
                             "syntax says explicit VR");
        }
        return StructureStatus::Truncated;
    }
    // Without a preamble: a bare data set, explicit or implicit little endian.
    for (bool explicitVr : {true, false}) {
        w.explicitVr = explicitVr;
        Element first;
        if (w.header(0, &first) && first.group >= 0x0008 && first.group < 0x0100 &&
            w.dataSet(0, -2, 0, &after))
            return w.trailingData() ? StructureStatus::TrailingData : StructureStatus::Ok;
    }
    return StructureStatus::NotDicom;
}

} // namespace brainmd::dicom
