#include "bench/ModelBackend.h"

#include "bench/ChatJson.h"

#include <QCryptographicHash>

namespace brainmd {

QByteArray ModelBackend::cacheKeyMaterial(const ChatRequest &request) const {
    // Images by content hash: the same bytes as the data URLs would give, hashed faster.
    return chatRequestJson(request, ImageEncoding::Reference);
}

QString requestHash(const ModelBackend &backend, const ChatRequest &request) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(backend.name().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(backend.model().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(backend.cacheKeyMaterial(request));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace brainmd
