// No file can end an import: files that make GDCM abort are refused before decoding, and
// when a decoder dies or hangs anyway (the helper process brainmd-decoder) the file is
// reported with the library's complaint and the next file is decoded.

#include "DicomTestUtil.h"

#include "io/dicom/PixelDecoderClient.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <iostream>

#include <unistd.h>

using namespace brainmd;
using namespace brainmd::test;
using brainmd::dicom::DecodeOutcome;
using brainmd::dicom::PixelDecoderClient;

namespace {

const QString kSegClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.66.4");

Volume smallVolume(int slices = 5) {
    return syntheticVolume({12, 10, slices}, Eigen::Vector3d(1.0, 1.0, 2.0),
                           Eigen::Vector3d(-6, -5, 10), Eigen::Matrix3d::Identity());
}

/// A copy of `source` in `folder` that is its own series (new series and instance UIDs).
QString copyAsOtherSeries(const QString &source, const QString &folder, const QString &name,
                          int n) {
    const QString target = QDir(folder).filePath(name);
    if (!QFile::copy(source, target))
        return {};
    const QString root = QStringLiteral("1.2.826.0.1.3680043.10.999.%1").arg(n);
    if (!setTags(target, {{0x0020, 0x000e, QStringLiteral("UI"), root},
                          {0x0008, 0x0018, QStringLiteral("UI"), root + QStringLiteral(".1")}}))
        return {};
    return target;
}

QString reasonFor(const std::vector<FileProblem> &problems, const QString &path) {
    for (const FileProblem &p : problems) {
        if (p.path == path)
            return p.reason;
    }
    return {};
}

/// A helper that never answers (stands in for a decoder stuck in a library loop), or one
/// that aborts on every request the way GDCM does on an odd file.
QString writeHelper(const QString &folder, const QByteArray &script) {
    const QString path = QDir(folder).filePath(QStringLiteral("fake-decoder"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(script) < 0)
        return {};
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestImportSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badFilesBesideGoodSeries_data();
    void badFilesBesideGoodSeries();
    void decoderAbortCostsOneFile_data();
    void decoderAbortCostsOneFile();
    void abortInThePipelineCostsOneFile();
    void hangingDecoderIsStopped();
    void libraryMessagesGoToTheFile();
    void headerScanInTheHelper();
    void headerAbortCostsOneFile();
};

void TestImportSafety::initTestCase() {
    QVERIFY2(!PixelDecoderClient::locateDecoder().isEmpty(),
             "brainmd-decoder not built (target brainmd-decoder)");
}

void TestImportSafety::badFilesBesideGoodSeries_data() {
    QTest::addColumn<QString>("sopClass");
    QTest::addColumn<int>("bitsAllocated");  // 0: as written (16)
    QTest::addColumn<int>("keepPixelBytes"); // 0: all
    QTest::addColumn<int>("cutFileBytes");   // bytes cut off the end of the file
    QTest::addColumn<QString>("expected");
    // Not an image: handed to the import's SEG step (which reads it with dcmseg), never
    // decoded as a slice.
    QTest::newRow("SEG, 1 bit") << kSegClass << 1 << 0 << 0 << QString();
    QTest::newRow("pixel data cut short")
        << QString() << 0 << 0 << 100
        << "truncated file: element (7fe0,0010) of 240 bytes runs past the end of the file";
    QTest::newRow("BitsAllocated 12")
        << QString() << 12 << 0 << 0
        << "BitsAllocated is 12; only 8, 16 or 32 bit pixels can be read";
    QTest::newRow("BitsAllocated 1")
        << QString() << 1 << 0 << 0
        << "BitsAllocated is 1; only 8, 16 or 32 bit pixels can be read";
    QTest::newRow("16 bits, a third of the pixel data")
        << QString() << 0 << 80 << 0
        << "pixel data is 80 bytes, but Rows 10 × Columns 12 × 1 frames × BitsAllocated 16 need "
           "240 bytes";
}

void TestImportSafety::badFilesBesideGoodSeries() {
    QFETCH(QString, sopClass);
    QFETCH(int, bitsAllocated);
    QFETCH(int, keepPixelBytes);
    QFETCH(int, cutFileBytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    const QString bad = copyAsOtherSeries(QDir(dir.path()).filePath(QStringLiteral("IM0002.dcm")),
                                          dir.path(), QStringLiteral("bad.dcm"), 1);
    QVERIFY(!bad.isEmpty());
    if (!sopClass.isEmpty())
        QVERIFY(setTags(bad, {{0x0008, 0x0016, QStringLiteral("UI"), sopClass}}));
    if (bitsAllocated > 0)
        QVERIFY(setUnsignedShortTag(bad, 0x0028, 0x0100, static_cast<quint16>(bitsAllocated)));
    if (keepPixelBytes > 0)
        QVERIFY(truncatePixels(bad, keepPixelBytes));
    if (cutFileBytes > 0) {
        QFile f(bad);
        QVERIFY(f.resize(f.size() - cutFileBytes));
    }
    const Imported imported = importFolder(dir.path());
    if (expected.isEmpty())
        QVERIFY(imported.scan.segmentationFiles.contains(bad));
    else
        QVERIFY2(reasonFor(imported.scan.problems, bad).contains(expected),
                 qPrintable(reasonFor(imported.scan.problems, bad)));
    QCOMPARE(imported.groups.size(), std::size_t(1));
    const AssembledVolume good = assembleVolume(imported.groups.front(), nullptr);
    QVERIFY2(good.ok(), qPrintable(good.error));
    QCOMPARE(good.volume.nz(), 5);
    QVERIFY(sameVoxels(good.volume, smallVolume()));
}

void TestImportSafety::decoderAbortCostsOneFile_data() {
    QTest::addColumn<int>("bitsAllocated");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("BitsAllocated 12") << 12 << "gdcm";
    QTest::newRow("BitsAllocated 1") << 1 << "gdcm";
}

void TestImportSafety::decoderAbortCostsOneFile() {
    QFETCH(int, bitsAllocated);
    QFETCH(QString, complaint);
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    const QString good = QDir(dir.path()).filePath(QStringLiteral("IM0001.dcm"));
    const QString bad = QDir(dir.path()).filePath(QStringLiteral("IM0002.dcm"));
    QVERIFY(setUnsignedShortTag(bad, 0x0028, 0x0100, static_cast<quint16>(bitsAllocated)));
    // Straight to the decoder, past the header checks that would refuse the file.
    PixelDecoderClient decoder;
    QVERIFY(decoder.contained());
    std::vector<float> values;
    const DecodeOutcome first = decoder.decode(good, 12, 10, 1, &values);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const DecodeOutcome crashed = decoder.decode(bad, 12, 10, 1, &values);
    QVERIFY(!crashed.ok());
    qInfo("%s", qPrintable(crashed.error));
    QVERIFY2(crashed.error.contains(QStringLiteral("aborted on this file (SIGABRT)")),
             qPrintable(crashed.error));
    QVERIFY2(crashed.error.contains(complaint, Qt::CaseInsensitive), qPrintable(crashed.error));
    const DecodeOutcome after = decoder.decode(good, 12, 10, 1, &values);
    QVERIFY2(after.ok(), qPrintable(after.error));
    QCOMPARE(values.size(), std::size_t(120));
    QCOMPARE(decoder.starts(), 2);
}

void TestImportSafety::abortInThePipelineCostsOneFile() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(6), metadata(), dir.path()), QString());
    const QString bad = QDir(dir.path()).filePath(QStringLiteral("IM0002.dcm"));
    QVERIFY(setUnsignedShortTag(bad, 0x0028, 0x0100, 12));
    std::vector<PixelDecoderClient::PixelRequest> requests;
    for (int n = 1; n <= 6; ++n)
        requests.push_back(
            {QDir(dir.path()).filePath(QStringLiteral("IM%1.dcm").arg(n, 4, 10, QLatin1Char('0'))),
             12, 10, 1});
    PixelDecoderClient decoder;
    QStringList results;
    std::vector<float> firstOfEach;
    decoder.decodeAll(
        requests, [&](std::size_t n, DecodeOutcome &outcome, std::vector<float> &values) {
            results.append(outcome.ok() ? QStringLiteral("ok") : outcome.error.left(45));
            firstOfEach.push_back(outcome.ok() ? values.at(0) : 0.0f);
            return n < requests.size();
        });
    QCOMPARE(results, QStringList({QStringLiteral("ok"),
                                   QStringLiteral("the pixel decoder (GDCM) aborted on this file"),
                                   QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok"),
                                   QStringLiteral("ok")}));
    // Each answer belongs to its file: the first voxel of slice k is 1000 k - 500.
    for (int k : {0, 2, 3, 4, 5})
        QCOMPARE(firstOfEach[static_cast<std::size_t>(k)], 1000.0f * k - 500.0f);
    QCOMPARE(decoder.starts(), 2);
}

void TestImportSafety::hangingDecoderIsStopped() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(1), metadata(), dir.path()), QString());
    const QString helper = writeHelper(dir.path(), "#!/bin/sh\nexec sleep 600\n");
    QVERIFY(!helper.isEmpty());
    PixelDecoderClient decoder(helper, 300);
    std::vector<float> values;
    const DecodeOutcome outcome =
        decoder.decode(QDir(dir.path()).filePath(QStringLiteral("IM0001.dcm")), 12, 10, 1, &values);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(
                 QStringLiteral("decoding did not finish within 0.3 s; the decoder was stopped")),
             qPrintable(outcome.error));
}

void TestImportSafety::libraryMessagesGoToTheFile() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    const QString odd = QDir(dir.path()).filePath(QStringLiteral("IM0003.dcm"));
    QVERIFY(setTags(odd, {{0x0008, 0x0016, QStringLiteral("UI"), QStringLiteral("1.2.3.4.5.6")}}));
    // What is written on this process's stderr while importing (GDCM writes to std::cerr).
    QTemporaryFile captured;
    QVERIFY(captured.open());
    std::cerr.flush();
    const int saved = ::dup(2);
    ::dup2(captured.handle(), 2);
    const Imported imported = importFolder(dir.path());
    std::vector<AssembledVolume> volumes;
    for (const SeriesGroup &g : imported.groups)
        volumes.push_back(assembleVolume(g, nullptr));
    std::cerr.flush();
    ::dup2(saved, 2);
    ::close(saved);
    QCOMPARE(captured.readAll(), QByteArray());
    QString reason = reasonFor(imported.scan.problems, odd);
    for (const AssembledVolume &v : volumes)
        reason += reasonFor(v.problems, odd);
    QVERIFY2(reason.contains(QStringLiteral("(GDCM: Warning: ")) &&
                 reason.contains(QStringLiteral("1.2.3.4.5.6 is unknown")),
             qPrintable(reason));
    QVERIFY(!reason.contains(QChar(0)));
}

void TestImportSafety::headerScanInTheHelper() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(3), metadata(), dir.path()), QString());
    const QString missing = dir.filePath(QStringLiteral("missing.dcm"));
    const QStringList paths{QDir(dir.path()).filePath(QStringLiteral("IM0001.dcm")), missing,
                            QDir(dir.path()).filePath(QStringLiteral("IM0003.dcm"))};
    PixelDecoderClient decoder;
    QVERIFY(decoder.contained());
    const std::vector<DicomHeaderResult> headers = decoder.readHeaders(paths, {});
    QCOMPARE(headers.size(), std::size_t(3));
    for (std::size_t n : {std::size_t(0), std::size_t(2)}) {
        const auto *info = std::get_if<DicomFileInfo>(&headers[n]);
        QVERIFY(info != nullptr);
        const DicomHeaderResult direct = readDicomHeader(paths[static_cast<qsizetype>(n)]);
        const auto *inProcess = std::get_if<DicomFileInfo>(&direct);
        QVERIFY(inProcess != nullptr);
        QCOMPARE(info->path, paths[static_cast<qsizetype>(n)]);
        QCOMPARE(info->sopInstanceUid, inProcess->sopInstanceUid);
        QCOMPARE(info->instanceNumber, inProcess->instanceNumber);
        QCOMPARE(*info->imagePosition, *inProcess->imagePosition);
        QCOMPARE(*info->imageOrientation, *inProcess->imageOrientation);
        QCOMPARE(info->size, inProcess->size);
    }
    QCOMPARE(std::get<FileProblem>(headers[1]).reason, QStringLiteral("cannot open the file"));
    QCOMPARE(decoder.starts(), 1);
}

void TestImportSafety::headerAbortCostsOneFile() {
    QTemporaryDir dir;
    const QString helper = writeHelper(
        dir.path(), "#!/bin/sh\necho 'gdcmReader.cxx:42: Assertion `odd header` failed.' >&2\n"
                    "kill -ABRT $$\n");
    QVERIFY(!helper.isEmpty());
    PixelDecoderClient decoder(helper, 5000);
    const QStringList paths{dir.filePath(QStringLiteral("a.dcm")),
                            dir.filePath(QStringLiteral("b.dcm"))};
    const std::vector<DicomHeaderResult> headers = decoder.readHeaders(paths, {});
    QCOMPARE(headers.size(), std::size_t(2));
    for (std::size_t n = 0; n < 2; ++n) {
        const auto *problem = std::get_if<FileProblem>(&headers[n]);
        QVERIFY(problem != nullptr);
        QCOMPARE(problem->path, paths[static_cast<qsizetype>(n)]);
        QCOMPARE(problem->reason,
                 QStringLiteral("reading the header failed: the pixel decoder (GDCM) aborted on "
                                "this file (SIGABRT): gdcmReader.cxx:42: Assertion `odd header` "
                                "failed."));
    }
    QCOMPARE(decoder.starts(), 2);
}

QTEST_GUILESS_MAIN(TestImportSafety)
#include "TestImportSafety.moc"
