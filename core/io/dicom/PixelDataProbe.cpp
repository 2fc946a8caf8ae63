#include "io/dicom/PixelDataProbe.h"

#include <array>
#include <cstdint>

namespace brainmd::dicom {

namespace {

std::uint32_t readUint32(const unsigned char *p, bool bigEndian) {
    return bigEndian ? (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
                           (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3])
                     : (std::uint32_t(p[3]) << 24) | (std::uint32_t(p[2]) << 16) |
                           (std::uint32_t(p[1]) << 8) | std::uint32_t(p[0]);
}

} // namespace

PixelDataProbe probePixelData(std::istream &stream, bool explicitVr, bool bigEndian) {
    PixelDataProbe probe;
    if (!stream.good())
        return probe;
    const std::streamoff end = stream.tellg();
    const int headerSize = explicitVr ? 12 : 8;
    if (end < headerSize)
        return probe;
    std::array<unsigned char, 12> header{};
    stream.seekg(end - headerSize);
    stream.read(reinterpret_cast<char *>(header.data()), headerSize);
    if (!stream.good())
        return probe;
    const std::array<unsigned char, 4> tagLittle{0xe0, 0x7f, 0x10, 0x00};
    const std::array<unsigned char, 4> tagBig{0x7f, 0xe0, 0x00, 0x10};
    const std::array<unsigned char, 4> &expected = bigEndian ? tagBig : tagLittle;
    for (int n = 0; n < 4; ++n) {
        if (header[static_cast<std::size_t>(n)] != expected[static_cast<std::size_t>(n)])
            return probe;
    }
    probe.present = true;
    probe.length = readUint32(header.data() + headerSize - 4, bigEndian);
    probe.encapsulated = probe.length == 0xffffffffu;
    probe.valueOffset = static_cast<qint64>(end);
    return probe;
}

} // namespace brainmd::dicom
