#include "FuzzEntries.h"

#include "bench/AnswerParser.h"
#include "bench/ChatJson.h"
#include "bench/TaskPack.h"
#include "io/dicom/DicomScanner.h"
#include "io/documents/DocumentReaders.h"
#include "io/nifti/NiftiIO.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zlib.h>

#include <algorithm>

namespace brainmd::fuzz {

namespace {

/// One scratch folder per process, removed at exit.
const QDir &scratch() {
    static QTemporaryDir dir;
    static const QDir root(dir.path());
    return root;
}

QString writeScratch(const QString &name, const std::uint8_t *data, std::size_t size) {
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    return path;
}

QString writeGzip(const QString &name, const std::uint8_t *data, std::size_t size) {
    const QString path = scratch().filePath(name);
    gzFile out = gzopen(QFile::encodeName(path).constData(), "wb1");
    if (out == nullptr)
        qFatal("cannot write %s", qPrintable(path));
    if (size > 0)
        gzwrite(out, data, static_cast<unsigned>(size));
    gzclose(out);
    return path;
}

/// The Media Storage Directory SOP class: such an input is also offered as a DICOMDIR.
bool looksLikeDicomDir(const std::uint8_t *data, std::size_t size) {
    static const QByteArray uid("1.2.840.10008.1.3.10");
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<int>(std::min<std::size_t>(size, 1 << 20)))
        .contains(uid);
}

} // namespace

int dicomImport(const std::uint8_t *data, std::size_t size) {
    const QDir &dir = scratch();
    const QString folder = dir.filePath(QStringLiteral("dicom"));
    QDir(folder).removeRecursively();
    dir.mkpath(QStringLiteral("dicom"));
    writeScratch(QStringLiteral("dicom/IM0001.dcm"), data, size);
    if (looksLikeDicomDir(data, size))
        writeScratch(QStringLiteral("dicom/DICOMDIR"), data, size);
    DicomScanResult scan = scanDicom({folder}, {}, nullptr);
    for (const SeriesGroup &group : groupIntoSeries(std::move(scan.images)))
        assembleVolume(group, nullptr);
    return 0;
}

int niftiRead(const std::uint8_t *data, std::size_t size) {
    readNifti(writeScratch(QStringLiteral("x.nii"), data, size));
    readNifti(writeGzip(QStringLiteral("x.nii.gz"), data, size));
    return 0;
}

int taskPack(const std::uint8_t *data, std::size_t size) {
    parseTaskPack(QByteArray(reinterpret_cast<const char *>(data), static_cast<int>(size)));
    return 0;
}

int documentFiles(const std::uint8_t *data, std::size_t size) {
    for (const QString &name :
         {QStringLiteral("side.csv"), QStringLiteral("side.json"), QStringLiteral("side.txt")}) {
        const QString path = writeScratch(name, data, size);
        readLabelFile(path);
        readDocumentsFile(path);
        readReferenceSliceFile(path);
    }
    return 0;
}

int modelResponse(const std::uint8_t *data, std::size_t size) {
    static const TaskPack pack = *defaultTaskPack().pack;
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<int>(size));
    ChatResponse response;
    parseChatResponseBody(body, &response);
    const QString text = response.ok() ? response.text : QString::fromUtf8(body);
    if (pack.questions.empty() || size == 0)
        return 0;
    // One question per input (chosen by the last byte) keeps the target fast enough to explore.
    const TaskQuestion &question = pack.questions[data[size - 1] % pack.questions.size()];
    parseAnswer(text, question);
    QStringList shown = question.optionValues();
    std::reverse(shown.begin(), shown.end());
    parseAnswer(text, question, shown, shown.isEmpty() ? QString() : shown.first());
    return 0;
}

const std::vector<Target> &targets() {
    static const std::vector<Target> all{{QStringLiteral("dicom"), &dicomImport},
                                         {QStringLiteral("nifti"), &niftiRead},
                                         {QStringLiteral("taskpack"), &taskPack},
                                         {QStringLiteral("documents"), &documentFiles},
                                         {QStringLiteral("response"), &modelResponse}};
    return all;
}

Entry entryOf(const QString &name) {
    for (const Target &target : targets())
        if (target.name == name)
            return target.entry;
    return nullptr;
}

} // namespace brainmd::fuzz
