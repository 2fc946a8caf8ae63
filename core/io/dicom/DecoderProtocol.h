#pragma once

// Private to the DICOM module: the messages between the import and the pixel decoder
// helper (brainmd-decoder) over its stdin / stdout pipes. Little-endian, length-prefixed:
//   request: "BMDQ", u32 kind (0 pixels, 1 header), u32 path length, path bytes (local
//            8-bit), i32 columns, rows, frames (pixels only; 0 for a header)
//   reply:   "BMDR", u32 status (0 done, 1 refused), u32 + reason (UTF-8),
//            u32 + library messages (UTF-8), u64 payload bytes, payload: float32 values
//            (pixels) or an encoded DicomFileInfo (header, FileInfoCodec.h)
// After each reply's pixels are decoded the helper writes kStderrMarker to its stderr, so
// that the import can attribute what libraries printed there to the file just decoded.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace brainmd::dicom {

inline constexpr char kRequestMagic[4] = {'B', 'M', 'D', 'Q'};
inline constexpr char kReplyMagic[4] = {'B', 'M', 'D', 'R'};
inline constexpr char kStderrMarker[] = "\x1f"
                                        "brainmd-decoder: end of file\n";
/// Longest path and text field accepted, bytes (a guard against a garbled stream).
inline constexpr std::uint32_t kMaxFieldBytes = 1u << 20;

struct DecodeRequest {
    enum Kind : std::uint32_t { Pixels = 0, Header = 1 };
    Kind kind = Pixels;
    QString path;
    int columns = 0, rows = 0, frames = 1;
};

struct DecodeReply {
    bool ok = false;
    QString reason;            ///< why the pixels could not be decoded; empty when ok
    QString libraryMessages;   ///< what GDCM and its codecs reported while decoding
    std::vector<float> values; ///< stored values before rescale, frame after frame
    QByteArray header;         ///< an encoded DicomFileInfo (header requests)
};

QByteArray encodeRequest(const DecodeRequest &request);
/// The reply without its payload (`payloadBytes` follow).
QByteArray encodeReplyHeader(const DecodeReply &reply, std::uint64_t payloadBytes);

/// Incremental parsing: each returns the bytes the message needs in total so far (more when
/// `data` is too short), or -1 when the bytes are not a valid message.
qint64 parseRequest(const QByteArray &data, DecodeRequest *request);
qint64 parseReplyHeader(const QByteArray &data, DecodeReply *reply, std::uint64_t *payloadBytes);

} // namespace brainmd::dicom
