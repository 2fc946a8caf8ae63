#include "ui/cli/NpyWriter.h"

#include "common/PrivateFiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

#include <bit>

namespace brainmd::npy {

namespace {

static_assert(std::endian::native == std::endian::little, "the .npy writer assumes little-endian");

QString shapeText(const std::vector<std::int64_t> &shape) {
    QStringList parts;
    for (const std::int64_t n : shape)
        parts.append(QString::number(n));
    // A 1-tuple needs its trailing comma in Python.
    return shape.size() == 1 ? QStringLiteral("(%1,)").arg(parts.front())
                             : QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString write(const QString &path, const char *descr, const std::vector<std::int64_t> &shape,
              const char *data, std::int64_t bytes) {
    QByteArray header = QStringLiteral("{'descr': '%1', 'fortran_order': False, 'shape': %2, }")
                            .arg(QLatin1String(descr), shapeText(shape))
                            .toLatin1();
    const int preamble = 10; // magic (6) + version (2) + header length (2)
    const int total = (preamble + header.size() + 1 + 63) / 64 * 64;
    header.append(QByteArray(total - preamble - header.size() - 1, ' '));
    header.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    const quint16 length = qToLittleEndian(static_cast<quint16>(header.size()));
    out.append(reinterpret_cast<const char *>(&length), 2);
    out.append(header);
    // Embeddings are derived from patient images: private like every other output.
    out.append(data, static_cast<qsizetype>(bytes));
    return writePrivateFile(path, out);
}

} // namespace

QString writeFloat32(const QString &path, const float *values, std::int64_t rows,
                     std::int64_t cols) {
    return write(path, "<f4", {rows, cols}, reinterpret_cast<const char *>(values),
                 rows * cols * static_cast<std::int64_t>(sizeof(float)));
}

QString writeInt32(const QString &path, const std::vector<int> &values) {
    static_assert(sizeof(int) == 4);
    return write(path, "<i4", {static_cast<std::int64_t>(values.size())},
                 reinterpret_cast<const char *>(values.data()),
                 static_cast<std::int64_t>(values.size() * sizeof(int)));
}

bool readHeader(const QString &path, QString *descr, std::vector<std::int64_t> *shape,
                std::int64_t *dataOffset) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(10);
    if (start.size() != 10 || !start.startsWith("\x93NUMPY"))
        return false;
    const quint16 length = qFromLittleEndian<quint16>(start.constData() + 8);
    const QString header = QString::fromLatin1(file.read(length));
    static const QRegularExpression pattern(
        QStringLiteral("'descr': '([^']+)'.*'shape': \\(([0-9, ]*)\\)"));
    const QRegularExpressionMatch match = pattern.match(header);
    if (!match.hasMatch())
        return false;
    *descr = match.captured(1);
    shape->clear();
    for (const QString &part : match.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        shape->push_back(part.trimmed().toLongLong());
    *dataOffset = 10 + length;
    return true;
}

} // namespace brainmd::npy
