#include "io/dicom/DecoderProtocol.h"

#include <QFile>

#include <cstring>

namespace brainmd::dicom {

namespace {

void putU32(QByteArray *out, std::uint32_t v) {
    for (int n = 0; n < 4; ++n)
        out->append(static_cast<char>((v >> (8 * n)) & 0xffu));
}

void putU64(QByteArray *out, std::uint64_t v) {
    for (int n = 0; n < 8; ++n)
        out->append(static_cast<char>((v >> (8 * n)) & 0xffu));
}

void putField(QByteArray *out, const QByteArray &bytes) {
    putU32(out, static_cast<std::uint32_t>(bytes.size()));
    out->append(bytes);
}

/// A cursor over a partly received message.
class Reader {
public:
    explicit Reader(const QByteArray &data)
        : m_data(data) {}

    bool has(qint64 n) const { return m_pos + n <= m_data.size(); }
    qint64 pos() const { return m_pos; }

    std::uint64_t uint(int bytes) {
        std::uint64_t v = 0;
        for (int n = 0; n < bytes; ++n)
            v |= std::uint64_t(static_cast<unsigned char>(m_data[m_pos + n])) << (8 * n);
        m_pos += bytes;
        return v;
    }
    bool magic(const char (&expected)[4]) {
        const bool same = std::memcmp(m_data.constData() + m_pos, expected, 4) == 0;
        m_pos += 4;
        return same;
    }
    QByteArray bytes(qint64 n) {
        const QByteArray out = m_data.mid(m_pos, n);
        m_pos += n;
        return out;
    }

private:
    const QByteArray &m_data;
    qint64 m_pos = 0;
};

/// Reads a length-prefixed field; returns 0 when read, the bytes needed, or -1.
qint64 field(Reader &r, QByteArray *out) {
    if (!r.has(4))
        return r.pos() + 4;
    const std::uint64_t length = r.uint(4);
    if (length > kMaxFieldBytes)
        return -1;
    if (!r.has(static_cast<qint64>(length)))
        return r.pos() + static_cast<qint64>(length);
    *out = r.bytes(static_cast<qint64>(length));
    return 0;
}

} // namespace

QByteArray encodeRequest(const DecodeRequest &request) {
    QByteArray out(kRequestMagic, 4);
    putU32(&out, request.kind);
    putField(&out, QFile::encodeName(request.path));
    putU32(&out, static_cast<std::uint32_t>(request.columns));
    putU32(&out, static_cast<std::uint32_t>(request.rows));
    putU32(&out, static_cast<std::uint32_t>(request.frames));
    return out;
}

QByteArray encodeReplyHeader(const DecodeReply &reply, std::uint64_t payloadBytes) {
    QByteArray out(kReplyMagic, 4);
    putU32(&out, reply.ok ? 0u : 1u);
    putField(&out, reply.reason.toUtf8());
    putField(&out, reply.libraryMessages.toUtf8());
    putU64(&out, payloadBytes);
    return out;
}

qint64 parseRequest(const QByteArray &data, DecodeRequest *request) {
    Reader r(data);
    if (!r.has(4))
        return 4;
    if (!r.magic(kRequestMagic))
        return -1;
    if (!r.has(4))
        return r.pos() + 4;
    const std::uint64_t kind = r.uint(4);
    if (kind > DecodeRequest::Header)
        return -1;
    QByteArray path;
    if (const qint64 need = field(r, &path); need != 0)
        return need;
    if (!r.has(12))
        return r.pos() + 12;
    request->kind = static_cast<DecodeRequest::Kind>(kind);
    request->path = QFile::decodeName(path);
    request->columns = static_cast<int>(static_cast<std::int32_t>(r.uint(4)));
    request->rows = static_cast<int>(static_cast<std::int32_t>(r.uint(4)));
    request->frames = static_cast<int>(static_cast<std::int32_t>(r.uint(4)));
    return r.pos();
}

qint64 parseReplyHeader(const QByteArray &data, DecodeReply *reply, std::uint64_t *payloadBytes) {
    Reader r(data);
    if (!r.has(8))
        return 8;
    if (!r.magic(kReplyMagic))
        return -1;
    const std::uint64_t status = r.uint(4);
    if (status > 1)
        return -1;
    QByteArray reason, messages;
    if (const qint64 need = field(r, &reason); need != 0)
        return need;
    if (const qint64 need = field(r, &messages); need != 0)
        return need;
    if (!r.has(8))
        return r.pos() + 8;
    reply->ok = status == 0;
    reply->reason = QString::fromUtf8(reason);
    reply->libraryMessages = QString::fromUtf8(messages);
    *payloadBytes = r.uint(8);
    return r.pos();
}

} // namespace brainmd::dicom
