#include "io/dicom/DicomStructureCheck.h"

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

class Walker {
public:
    explicit Walker(QFile &file)
        : m_file(file)
        , m_size(file.size()) {}

    bool explicitVr = true;
    bool bigEndian = false;

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

    /// Reads one element header at `pos`. Items and delimiters have no VR.
    bool header(qint64 pos, Element *e) {
        std::array<unsigned char, 12> h{};
        if (!bytes(pos, 8, h.data()))
            return false;
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
            return false;
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
            return false;
        e->length = u32(h.data() + 8);
        e->valueStart = pos + 12;
        e->sequence = (vr[0] == 'S' && vr[1] == 'Q') || e->length == kUndefined;
        return true;
    }

    /// Items of a sequence (or fragments of encapsulated pixel data) from `pos`;
    /// `end` is the end of a defined-length sequence, or -1 up to the delimiter.
    bool items(qint64 pos, qint64 end, int depth, qint64 *after) {
        while (end < 0 || pos < end) {
            Element item;
            if (!header(pos, &item) || item.group != 0xfffe)
                return false;
            if (item.element == 0xe0dd) {
                *after = item.valueStart;
                return end < 0;
            }
            if (item.element != 0xe000)
                return false;
            if (item.length == kUndefined) {
                if (!dataSet(item.valueStart, -1, depth + 1, &pos))
                    return false;
            } else {
                pos = item.valueStart + item.length;
                if (pos > m_size)
                    return false;
            }
        }
        *after = pos;
        return pos == end;
    }

    /// Elements from `pos` to `end` (-1: to an item delimiter, or -2: top level, until the
    /// pixel data or the end of the file).
    bool dataSet(qint64 pos, qint64 end, int depth, qint64 *after) {
        if (depth > kMaxDepth)
            return false;
        while (true) {
            if (end == -2 && pos == m_size)
                return true;
            if (end >= 0 && pos >= end) {
                *after = pos;
                return pos == end;
            }
            Element e;
            if (!header(pos, &e))
                return false;
            if (e.group == 0xfffe && e.element == 0xe00d) {
                *after = e.valueStart;
                return end == -1;
            }
            const bool pixelData = e.group == 0x7fe0 && e.element == 0x0010;
            if (e.sequence) {
                if (!items(e.valueStart, e.length == kUndefined ? -1 : e.valueStart + e.length,
                           depth, &pos))
                    return false;
            } else {
                pos = e.valueStart + e.length;
                if (pos > m_size)
                    return false;
            }
            if (end == -2 && (pixelData || e.group > 0x7fe0))
                return true;
        }
    }

private:
    QFile &m_file;
    qint64 m_size;
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
            return false;
        if (group[0] != 0x02 || group[1] != 0x00)
            break;
        Element e;
        if (!w.header(pos, &e))
            return false;
        if (e.valueStart + e.length > w.size())
            return false;
        if (e.element == 0x0010) {
            QByteArray value(static_cast<int>(e.length), '\0');
            if (!w.bytes(e.valueStart, static_cast<int>(e.length),
                         reinterpret_cast<unsigned char *>(value.data())))
                return false;
            syntax = value.trimmed().replace('\0', "");
        }
        pos = e.valueStart + e.length;
        if (pos == w.size())
            return false;
    }
    *start = pos;
    *deflated = syntax == "1.2.840.10008.1.2.1.99";
    w.explicitVr = syntax != "1.2.840.10008.1.2";
    w.bigEndian = syntax == "1.2.840.10008.1.2.2";
    return true;
}

} // namespace

StructureStatus checkDicomStructure(const QString &path) {
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
        if (!walkMeta(w, &start, &deflated))
            return StructureStatus::Truncated;
        // A deflated data set cannot be walked without inflating it; GDCM reads it whole.
        if (deflated)
            return StructureStatus::Ok;
        return w.dataSet(start, -2, 0, &after) ? StructureStatus::Ok : StructureStatus::Truncated;
    }
    // Without a preamble: a bare data set, explicit or implicit little endian.
    for (bool explicitVr : {true, false}) {
        w.explicitVr = explicitVr;
        Element first;
        if (w.header(0, &first) && first.group >= 0x0008 && first.group < 0x0100 &&
            w.dataSet(0, -2, 0, &after))
            return StructureStatus::Ok;
    }
    return StructureStatus::NotDicom;
}

} // namespace brainmd::dicom
