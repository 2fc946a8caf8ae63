#include "io/dicom/DecoderServer.h"

#include "io/dicom/DecoderProtocol.h"
#include "io/dicom/DicomScanner.h"
#include "io/dicom/FileInfoCodec.h"
#include "io/dicom/LibraryMessages.h"
#include "io/dicom/PixelDecoder.h"

#include <csignal>
#include <cstdio>
#include <iostream>

#include <fcntl.h>
#include <unistd.h>

namespace brainmd {

using namespace brainmd::dicom;

namespace {

bool writeAll(int fd, const char *data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

/// Reads until `buffer` holds a whole request; false at the end of the stream or on
/// garbled input.
bool readRequest(int fd, QByteArray *buffer, DecodeRequest *request, bool *garbled) {
    char chunk[4096];
    while (true) {
        const qint64 need = parseRequest(*buffer, request);
        if (need < 0) {
            *garbled = true;
            return false;
        }
        if (need <= buffer->size()) {
            buffer->remove(0, need);
            return true;
        }
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n <= 0)
            return false;
        buffer->append(chunk, static_cast<qsizetype>(n));
    }
}

DecodeReply readHeader(const DecodeRequest &request) {
    DecodeReply reply;
    DicomHeaderResult result = readDicomHeader(request.path);
    if (const auto *problem = std::get_if<FileProblem>(&result)) {
        reply.reason = problem->reason;
        return reply;
    }
    reply.ok = true;
    reply.header = encodeFileInfo(std::get<DicomFileInfo>(result));
    return reply;
}

DecodeReply decode(const DecodeRequest &request) {
    if (request.kind == DecodeRequest::Header)
        return readHeader(request);
    DecodeReply reply;
    LibraryMessageCapture capture;
    reply.reason =
        decodePixels(request.path, request.columns, request.rows, request.frames, &reply.values);
    reply.ok = reply.reason.isEmpty();
    reply.libraryMessages = capture.text();
    if (!reply.ok)
        reply.values.clear();
    return reply;
}

} // namespace

int runPixelDecoderServer(int inFd, int outFd) {
    std::signal(SIGPIPE, SIG_IGN);
    // A reply of one slice (floats) is a few hundred KiB: with a pipe that holds it, the
    // helper writes it in one go instead of waking the import for every 64 KiB.
    ::fcntl(outFd, F_SETPIPE_SZ, 1 << 20);
    QByteArray buffer;
    DecodeRequest request;
    bool garbled = false;
    while (readRequest(inFd, &buffer, &request, &garbled)) {
        const DecodeReply reply = decode(request);
        // Whatever the codecs printed belongs to this file: mark its end on stderr before
        // the reply, so the import has it when the reply arrives.
        std::cerr.flush();
        std::fflush(stderr);
        if (!writeAll(2, kStderrMarker, sizeof kStderrMarker - 1))
            return 1;
        const std::size_t valueBytes = reply.values.size() * sizeof(float);
        const QByteArray header =
            encodeReplyHeader(reply, valueBytes + static_cast<std::size_t>(reply.header.size()));
        if (!writeAll(outFd, header.constData(), static_cast<std::size_t>(header.size())) ||
            !writeAll(outFd, reinterpret_cast<const char *>(reply.values.data()), valueBytes) ||
            !writeAll(outFd, reply.header.constData(),
                      static_cast<std::size_t>(reply.header.size())))
            return 1;
    }
    return garbled ? 1 : 0;
}

} // namespace brainmd
