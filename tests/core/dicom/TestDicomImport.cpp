// Import of real files written to disk: rescale, gaps, sub-series, bad inputs, DICOMDIR,
// skipping and cancelling.

#include "DicomTestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <gdcmDICOMDIRGenerator.h>
#include <gdcmWriter.h>

using namespace brainmd;
using namespace brainmd::test;

namespace {

Volume smallVolume(int slices = 5) {
    return syntheticVolume({12, 10, slices}, Eigen::Vector3d(1.0, 1.0, 2.0),
                           Eigen::Vector3d(-6, -5, 10), Eigen::Matrix3d::Identity());
}

QString writeSmall(const QString &folder, int slices = 5,
                   const DicomSeriesMetadata &meta = metadata()) {
    return writeDicomSeries(smallVolume(slices), meta, folder);
}

bool writeBytes(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A Key Object Selection document: a valid DICOM object without pixels.
bool writeKeyObject(const QString &path) {
    gdcm::Writer writer;
    gdcm::DataSet &ds = writer.GetFile().GetDataSet();
    const auto put = [&](quint16 g, quint16 e, gdcm::VR vr, std::string v) {
        if (v.size() % 2 != 0)
            v += vr == gdcm::VR::UI ? '\0' : ' ';
        gdcm::DataElement de(gdcm::Tag(g, e));
        de.SetVR(vr);
        de.SetByteValue(v.data(), static_cast<std::uint32_t>(v.size()));
        ds.Replace(de);
    };
    put(0x0008, 0x0016, gdcm::VR::UI, "1.2.840.10008.5.1.4.1.1.88.59");
    put(0x0008, 0x0018, gdcm::VR::UI, "1.2.826.0.1.3680043.10.1234.9.1");
    put(0x0008, 0x0060, gdcm::VR::CS, "KO");
    put(0x0020, 0x000d, gdcm::VR::UI, "1.2.826.0.1.3680043.10.1234.1");
    put(0x0020, 0x000e, gdcm::VR::UI, "1.2.826.0.1.3680043.10.1234.9");
    writer.GetFile().GetHeader().SetDataSetTransferSyntax(
        gdcm::TransferSyntax::ExplicitVRLittleEndian);
    writer.SetFileName(QFile::encodeName(path).constData());
    return writer.Write();
}

/// Rewrites the declared length of the PixelData element (explicit VR little endian).
bool corruptPixelLength(const QString &path) {
    QByteArray bytes = readBytes(path);
    const int at = bytes.lastIndexOf(QByteArray::fromHex("e07f10004f570000"));
    if (at < 0)
        return false;
    const quint32 halved = qFromLittleEndian<quint32>(bytes.constData() + at + 8) / 2;
    qToLittleEndian(halved, bytes.data() + at + 8);
    return writeBytes(path, bytes);
}

std::vector<FileProblem> allProblems(const Imported &imported,
                                     const std::vector<AssembledVolume> &volumes) {
    std::vector<FileProblem> out = imported.scan.problems;
    for (const AssembledVolume &v : volumes)
        out.insert(out.end(), v.problems.begin(), v.problems.end());
    return out;
}

} // namespace

class TestDicomImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rescale_data();
    void rescale();
    void missingSliceIsReportedAsGap();
    void singleSliceIsTwoDimensional();
    void echoTimesSplitIntoSubSeries();
    void localizerSplitsOff();
    void badInputs_data();
    void badInputs();
    void dicomDir();
    void alreadyKnownFilesAreSkipped();
    void cancelStopsScan();
};

void TestDicomImport::rescale_data() {
    QTest::addColumn<QString>("slope");
    QTest::addColumn<QString>("intercept");
    QTest::addColumn<bool>("expectInt16");
    QTest::newRow("0.5 / -100: fractions") << "0.5"
                                           << "-100" << false;
    QTest::newRow("2 / -100: integers that fit") << "2"
                                                 << "-100" << true;
    QTest::newRow("1 / 40000: beyond int16") << "1"
                                             << "40000" << false;
}

void TestDicomImport::rescale() {
    QFETCH(QString, slope);
    QFETCH(QString, intercept);
    QFETCH(bool, expectInt16);
    QTemporaryDir dir;
    QCOMPARE(writeSmall(dir.path()), QString());
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY(setTags(QDir(dir.path()).filePath(name),
                        {{0x0028, 0x1052, QStringLiteral("DS"), intercept},
                         {0x0028, 0x1053, QStringLiteral("DS"), slope}}));
    const Imported imported = importFolder(dir.path());
    QCOMPARE(imported.groups.size(), std::size_t(1));
    const AssembledVolume read = assembleVolume(imported.groups.front(), nullptr);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.volume.type(), expectInt16 ? VoxelType::Int16 : VoxelType::Float32);
    const Volume stored = smallVolume();
    for (std::size_t n = 0; n < stored.voxelCount(); ++n)
        QCOMPARE(read.volume.valueAt(n),
                 static_cast<float>(stored.valueAt(n) * slope.toDouble() + intercept.toDouble()));
}

void TestDicomImport::missingSliceIsReportedAsGap() {
    QTemporaryDir dir;
    QCOMPARE(writeSmall(dir.path(), 10), QString());
    QVERIFY(QFile::remove(QDir(dir.path()).filePath(QStringLiteral("IM0005.dcm"))));
    const Imported imported = importFolder(dir.path());
    QCOMPARE(imported.groups.size(), std::size_t(1));
    const AssembledVolume read = assembleVolume(imported.groups.front(), nullptr);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.volume.nz(), 9);
    QCOMPARE(read.volume.geometry().spacing.z(), 2.0);
    QCOMPARE(read.warnings.size(), 1);
    QVERIFY2(read.warnings.front().contains(
                 QStringLiteral("gap of 4.00 mm between slices 4 and 5 (expected 2.00 mm)")),
             qPrintable(read.warnings.front()));
}

void TestDicomImport::singleSliceIsTwoDimensional() {
    QTemporaryDir dir;
    QCOMPARE(writeSmall(dir.path(), 1), QString());
    const Imported imported = importFolder(dir.path());
    const AssembledVolume read = assembleVolume(imported.groups.front(), nullptr);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.volume.nz(), 1);
    QVERIFY(read.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("2D")));
    QVERIFY(cornerDistance(read.volume.geometry(), smallVolume(1).geometry()) < 1e-4);
}

void TestDicomImport::echoTimesSplitIntoSubSeries() {
    QTemporaryDir dir;
    DicomSeriesMetadata second = metadata();
    second.sopUidRoot += QStringLiteral(".2");
    QCOMPARE(writeSmall(dir.filePath(QStringLiteral("e1"))), QString());
    QCOMPARE(writeSmall(dir.filePath(QStringLiteral("e2")), 5, second), QString());
    QCOMPARE(writeSmall(dir.filePath(QStringLiteral("other")), 5, metadata(2)), QString());
    for (const QString &echo : {QStringLiteral("e1"), QStringLiteral("e2")}) {
        const QDir folder(dir.filePath(echo));
        for (const QString &name : folder.entryList(QDir::Files))
            QVERIFY(setTags(
                folder.filePath(name),
                {{0x0018, 0x0081, QStringLiteral("DS"),
                  echo == QLatin1String("e1") ? QStringLiteral("15") : QStringLiteral("30")}}));
    }
    const Imported all = importFolder(dir.path());
    QCOMPARE(all.groups.size(), std::size_t(3));
    const QString uid = metadata().seriesInstanceUid;
    std::vector<SeriesGroup> echoes;
    for (const SeriesGroup &g : all.groups) {
        if (g.seriesInstanceUid == uid)
            echoes.push_back(g);
    }
    QCOMPARE(echoes.size(), std::size_t(2));
    QVERIFY(echoes[0].seriesKey != echoes[1].seriesKey);
    QStringList descriptions;
    for (const SeriesGroup &g : echoes) {
        QVERIFY(g.seriesKey.startsWith(uid + QLatin1Char('.')));
        QCOMPARE(g.files.size(), std::size_t(5));
        descriptions.append(g.splitDescription);
        QVERIFY(assembleVolume(g, nullptr).ok());
    }
    descriptions.sort();
    QCOMPARE(descriptions,
             QStringList({QStringLiteral("echo time 15 ms"), QStringLiteral("echo time 30 ms")}));
    // The same files give the same keys without the unrelated series beside them.
    const Imported again = importFolder(dir.filePath(QStringLiteral("e1")));
    std::vector<DicomFileInfo> both = again.scan.images;
    const Imported e2 = importFolder(dir.filePath(QStringLiteral("e2")));
    both.insert(both.end(), e2.scan.images.begin(), e2.scan.images.end());
    const std::vector<SeriesGroup> regrouped = groupIntoSeries(both);
    QCOMPARE(regrouped.size(), std::size_t(2));
    QCOMPARE(regrouped[0].seriesKey, echoes[0].seriesKey);
    QCOMPARE(regrouped[1].seriesKey, echoes[1].seriesKey);
}

void TestDicomImport::localizerSplitsOff() {
    QTemporaryDir dir;
    QCOMPARE(writeSmall(dir.path(), 6), QString());
    QVERIFY(setTags(
        QDir(dir.path()).filePath(QStringLiteral("IM0001.dcm")),
        {{0x0008, 0x0008, QStringLiteral("CS"), QStringLiteral("ORIGINAL\\PRIMARY\\LOCALIZER")},
         {0x0020, 0x0037, QStringLiteral("DS"), QStringLiteral("0\\1\\0\\0\\0\\-1")}}));
    const Imported imported = importFolder(dir.path());
    QCOMPARE(imported.groups.size(), std::size_t(2));
    int localizers = 0;
    for (const SeriesGroup &g : imported.groups) {
        if (g.splitDescription.contains(QStringLiteral("localizer")) &&
            !g.splitDescription.contains(QStringLiteral("not localizer")))
            ++localizers;
    }
    QCOMPARE(localizers, 1);
}

void TestDicomImport::badInputs_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("empty file") << "empty"
                                << "empty.dcm"
                                << "empty file";
    QTest::newRow("text file") << "text"
                               << "notes.txt"
                               << "not a DICOM file";
    QTest::newRow("truncated DICOM") << "truncated"
                                     << "cut.dcm"
                                     << "truncated";
    QTest::newRow("key object, no pixels") << "kos"
                                           << "kos.dcm"
                                           << "not an image";
    QTest::newRow("duplicate copy") << "duplicate"
                                    << "zz_copy.dcm"
                                    << "identical copy of";
    QTest::newRow("corrupt pixel data length") << "corrupt"
                                               << "corrupt.dcm"
                                               << "pixel data";
}

void TestDicomImport::badInputs() {
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(QString, phrase);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good"));
    QCOMPARE(writeSmall(good), QString());
    const QString goodFile = QDir(good).filePath(QStringLiteral("IM0003.dcm"));
    const QString bad = dir.filePath(fileName);
    if (kind == QLatin1String("empty"))
        QVERIFY(writeBytes(bad, {}));
    else if (kind == QLatin1String("text"))
        QVERIFY(writeBytes(bad, "Patient list\nnothing to see here\n"));
    else if (kind == QLatin1String("truncated"))
        QVERIFY(writeBytes(bad, readBytes(goodFile).left(300)));
    else if (kind == QLatin1String("kos"))
        QVERIFY(writeKeyObject(bad));
    else if (kind == QLatin1String("duplicate"))
        QVERIFY(QFile::copy(goodFile, bad));
    else if (kind == QLatin1String("corrupt")) {
        QVERIFY(QFile::copy(goodFile, bad));
        QVERIFY(
            setTags(bad, {{0x0008, 0x0018, QStringLiteral("UI"), QStringLiteral("1.2.3.4.5")},
                          {0x0020, 0x000e, QStringLiteral("UI"), QStringLiteral("1.2.3.4.6")}}));
        QVERIFY(corruptPixelLength(bad));
    }
    const Imported imported = importFolder(dir.path());
    std::vector<AssembledVolume> volumes;
    for (const SeriesGroup &g : imported.groups)
        volumes.push_back(assembleVolume(g, nullptr));
    const std::vector<FileProblem> problems = allProblems(imported, volumes);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(QFileInfo(problems.front().path).canonicalFilePath(),
             QFileInfo(bad).canonicalFilePath());
    QVERIFY2(problems.front().reason.contains(phrase), qPrintable(problems.front().reason));
    QVERIFY(!problems.front().reason.contains(QLatin1Char('\n')));
    QCOMPARE(volumes.size(), std::size_t(1));
    QVERIFY(volumes.front().ok());
    QVERIFY(sameVoxels(volumes.front().volume, smallVolume()));
}

void TestDicomImport::dicomDir() {
    QTemporaryDir dir;
    const QString series = dir.filePath(QStringLiteral("DICOM/S1"));
    QCOMPARE(writeSmall(series), QString());
    // File IDs in a DICOMDIR are at most 8 characters without extension.
    gdcm::Directory::FilenamesType names;
    for (const QString &name : QDir(series).entryList(QDir::Files)) {
        const QString plain = QDir(series).filePath(name.left(6));
        QVERIFY(QFile::rename(QDir(series).filePath(name), plain));
        names.push_back(QFile::encodeName(plain).toStdString());
    }
    gdcm::DICOMDIRGenerator generator;
    generator.SetFilenames(names);
    generator.SetRootDirectory(QFile::encodeName(dir.path()).toStdString());
    generator.SetDescriptor("BRAINMD");
    if (!generator.Generate())
        QSKIP("gdcm::DICOMDIRGenerator could not build a DICOMDIR for these files");
    gdcm::Writer writer;
    writer.SetFile(generator.GetFile());
    const QString dicomDir = dir.filePath(QStringLiteral("DICOMDIR"));
    writer.SetFileName(QFile::encodeName(dicomDir).constData());
    QVERIFY(writer.Write());

    for (const QString &input : {dir.path(), dicomDir}) {
        const DicomScanResult scan = scanDicom({input}, {}, nullptr);
        for (const FileProblem &problem : scan.problems)
            qWarning() << problem.path << problem.reason;
        QVERIFY(scan.problems.empty());
        const std::vector<SeriesGroup> groups = groupIntoSeries(scan.images);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(groups.front().files.size(), std::size_t(5));
        const AssembledVolume read = assembleVolume(groups.front(), nullptr);
        QVERIFY(read.ok());
        QVERIFY(sameVoxels(read.volume, smallVolume()));
    }

    // A crafted DICOMDIR whose records climb out of its folder ("..\..\S1\IM0001", same
    // length as "DICOM\S1\IM0001", so the file stays well formed): nothing is read there.
    QFile original(dicomDir);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    QVERIFY(bytes.contains("DICOM\\S1"));
    bytes.replace("DICOM\\S1", "..\\..\\S1");
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a/b"))));
    QVERIFY(QDir().rename(series, dir.filePath(QStringLiteral("S1"))));
    QFile crafted(dir.filePath(QStringLiteral("a/b/DICOMDIR")));
    QVERIFY(crafted.open(QIODevice::WriteOnly));
    crafted.write(bytes);
    crafted.close();
    const DicomScanResult escaped = scanDicom({crafted.fileName()}, {}, nullptr);
    QVERIFY(escaped.images.empty());
    QCOMPARE(escaped.problems.size(), std::size_t(5));
    QVERIFY2(escaped.problems.front().reason.contains(QStringLiteral("outside its folder")),
             qPrintable(escaped.problems.front().reason));
}

void TestDicomImport::alreadyKnownFilesAreSkipped() {
    QTemporaryDir dir;
    QCOMPARE(writeSmall(dir.path()), QString());
    DicomScanOptions options;
    options.alreadyKnown = [](const QString &path, qint64 size, qint64 mtime) {
        return size > 0 && mtime > 0 && !path.endsWith(QLatin1String("IM0002.dcm"));
    };
    const DicomScanResult scan = scanDicom({dir.path()}, options, nullptr);
    QCOMPARE(scan.skippedUnchanged, 4);
    QCOMPARE(scan.images.size(), std::size_t(1));
    QCOMPARE(scan.images.front().instanceNumber, 2);
}

namespace {
class CancelAfter : public ProgressReporter {
public:
    explicit CancelAfter(int calls)
        : m_left(calls) {}
    bool report(double, const QString &) override { return m_left-- > 0; }

private:
    int m_left;
};
} // namespace

void TestDicomImport::cancelStopsScan() {
    QTemporaryDir dir;
    QCOMPARE(writeSmall(dir.path()), QString());
    CancelAfter cancelScan(2);
    const DicomScanResult scan = scanDicom({dir.path()}, {}, &cancelScan);
    QVERIFY(scan.cancelled);
    QCOMPARE(scan.images.size(), std::size_t(2));
    const std::vector<SeriesGroup> groups = groupIntoSeries(importFolder(dir.path()).scan.images);
    CancelAfter cancelAssembly(1);
    const AssembledVolume read = assembleVolume(groups.front(), &cancelAssembly);
    QCOMPARE(read.error, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestDicomImport)
#include "TestDicomImport.moc"
