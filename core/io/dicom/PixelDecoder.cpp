#include "io/dicom/PixelDecoder.h"

#include "io/dicom/DicomStructureCheck.h"

#include <QCoreApplication>
#include <QFile>

#include <gdcmPixmap.h>
#include <gdcmPixmapReader.h>

#include <cstdint>
#include <cstring>

namespace brainmd::dicom {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

template <typename T> void convert(const std::vector<char> &raw, std::size_t count, float *out) {
    for (std::size_t n = 0; n < count; ++n) {
        T v;
        std::memcpy(&v, raw.data() + n * sizeof(T), sizeof(T));
        out[n] = static_cast<float>(v);
    }
}

bool convertBuffer(const std::vector<char> &raw, gdcm::PixelFormat::ScalarType type,
                   std::size_t count, float *out) {
    switch (type) {
    case gdcm::PixelFormat::UINT8:
        convert<std::uint8_t>(raw, count, out);
        return true;
    case gdcm::PixelFormat::INT8:
        convert<std::int8_t>(raw, count, out);
        return true;
    case gdcm::PixelFormat::UINT16:
        convert<std::uint16_t>(raw, count, out);
        return true;
    case gdcm::PixelFormat::INT16:
        convert<std::int16_t>(raw, count, out);
        return true;
    case gdcm::PixelFormat::UINT32:
        convert<std::uint32_t>(raw, count, out);
        return true;
    case gdcm::PixelFormat::INT32:
        convert<std::int32_t>(raw, count, out);
        return true;
    case gdcm::PixelFormat::FLOAT32:
        convert<float>(raw, count, out);
        return true;
    case gdcm::PixelFormat::FLOAT64:
        convert<double>(raw, count, out);
        return true;
    default:
        return false;
    }
}

} // namespace

QString decodePixels(const QString &path, int columns, int rows, int frames,
                     std::vector<float> *values) {
    // PixmapReader, not ImageReader: the geometry comes from our own header reading, and
    // ImageReader's spacing helpers abort on some damaged multi-frame headers (fuzzing).
    gdcm::PixmapReader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    try {
        // A full read goes past the pixel data, where GDCM aborts on stray bytes.
        if (checkDicomStructure(path) != StructureStatus::Ok || !reader.Read())
            return tr("GDCM could not read the image");
        const gdcm::Pixmap &image = reader.GetPixmap();
        const unsigned int *dims = image.GetDimensions();
        const int fileFrames = image.GetNumberOfDimensions() > 2 ? static_cast<int>(dims[2]) : 1;
        if (static_cast<int>(dims[0]) != columns || static_cast<int>(dims[1]) != rows ||
            fileFrames != frames)
            return tr("pixel dimensions differ from the header");
        const gdcm::PixelFormat format = image.GetPixelFormat();
        if (format.GetSamplesPerPixel() != 1)
            return tr("not a greyscale image");
        std::vector<char> raw(image.GetBufferLength());
        const std::size_t count = static_cast<std::size_t>(columns) * rows * frames;
        if (raw.size() < count * format.GetPixelSize() || !image.GetBuffer(raw.data()))
            return tr("corrupt pixel data: GDCM could not decode it (%1)")
                .arg(QString::fromLatin1(image.GetTransferSyntax().GetString()));
        values->resize(count);
        if (!convertBuffer(raw, format.GetScalarType(), count, values->data()))
            return tr("unsupported pixel format %1")
                .arg(QString::fromLatin1(format.GetScalarTypeAsString()));
    } catch (const std::exception &e) {
        return tr("corrupt pixel data: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return {};
}

} // namespace brainmd::dicom
