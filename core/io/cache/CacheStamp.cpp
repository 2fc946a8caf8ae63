#include "io/cache/CacheStamp.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#include <vector>

namespace brainmd {

CacheStamp stampOfFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("brainmd", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    std::vector<char> buffer(1 << 20);
    uLong crc = crc32(0L, Z_NULL, 0);
    qint64 size = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n < 0) {
            *error = QCoreApplication::translate("brainmd", "cannot read %1: %2")
                         .arg(path, file.errorString());
            return {};
        }
        if (n == 0)
            break;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(buffer.data()), static_cast<uInt>(n));
        size += n;
    }
    return {size, static_cast<quint32>(crc)};
}

} // namespace brainmd
