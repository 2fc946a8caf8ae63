#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace brainmd {

/// Writes NumPy .npy files (format version 1.0): the magic "\x93NUMPY", a little-endian
/// header length and a Python dict literal padded to a multiple of 64 bytes, then the
/// raw little-endian values in C order. Enough for researchers' numpy.load(); no
/// reader is provided. Each function returns "" or the error.
namespace npy {

/// A float32 matrix ("<f4"), `rows` × `cols`, row-major `values`.
QString writeFloat32(const QString &path, const float *values, std::int64_t rows,
                     std::int64_t cols);
/// An int32 vector ("<i4").
QString writeInt32(const QString &path, const std::vector<int> &values);
/// The header of a file written above (for tests): dtype descriptor and shape.
bool readHeader(const QString &path, QString *descr, std::vector<std::int64_t> *shape,
                std::int64_t *dataOffset);

} // namespace npy
} // namespace brainmd
