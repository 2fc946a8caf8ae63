// Every accepted volume is right or refused, and says why: slices without a usable
// position, copies of one SOPInstanceUID, unusable spacing / orientation, transfer
// syntaxes GDCM decodes, tiny and uniform series.

#include "DicomTestUtil.h"

#include "io/nifti/NiftiIO.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <algorithm>
#include <cmath>

using namespace brainmd;
using namespace brainmd::test;

namespace {

Volume smallVolume(int slices = 5) {
    return syntheticVolume({12, 10, slices}, Eigen::Vector3d(1.0, 1.0, 2.0),
                           Eigen::Vector3d(-6, -5, 10), Eigen::Matrix3d::Identity());
}

QString file(const QTemporaryDir &dir, int n) {
    return dir.filePath(QStringLiteral("IM%1.dcm").arg(n, 4, 10, QLatin1Char('0')));
}

/// The original slice index of each slice of `v` (the synthetic value at (0,0,k) is 1000k - 500).
QList<int> sliceOrder(const Volume &v) {
    QList<int> order;
    for (int k = 0; k < v.nz(); ++k)
        order.append(static_cast<int>((v.valueAt(0, 0, k) + 500) / 1000));
    return order;
}

QString reasonFor(const std::vector<FileProblem> &problems, const QString &path) {
    for (const FileProblem &p : problems) {
        if (p.path == path)
            return p.reason;
    }
    return {};
}

/// Assembles every group; problems of the scan and of all groups together.
std::vector<AssembledVolume> assembleAll(const Imported &imported,
                                         std::vector<FileProblem> *problems) {
    std::vector<AssembledVolume> out;
    *problems = imported.scan.problems;
    for (const SeriesGroup &g : imported.groups) {
        out.push_back(assembleVolume(g, nullptr));
        problems->insert(problems->end(), out.back().problems.begin(), out.back().problems.end());
    }
    return out;
}

bool rewriteWithSyntax(const QString &path, const gdcm::TransferSyntax &syntax) {
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return false;
    reader.GetFile().GetHeader().SetDataSetTransferSyntax(syntax);
    reader.GetFile().GetHeader().Clear();
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(path).constData());
    return writer.Write();
}

} // namespace

class TestSliceRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unplacedSliceIsLeftOut_data();
    void unplacedSliceIsLeftOut();
    void noPositionsAtAllFollowInstanceNumbers();
    void duplicateUidDifferentPixelsIsStable();
    void copyThatFailsToDecodeNeverWins();
    void repeatedPositionKeepsTheSameSlice();
    void pixelSpacingReasons_data();
    void pixelSpacingReasons();
    void unusableRescaleIsRefused_data();
    void unusableRescaleIsRefused();
    void singleSliceWithoutPositionSaysSo();
    void zeroOrientationIsRefused();
    void transferSyntaxesDecode_data();
    void transferSyntaxesDecode();
    void paddedPixelDataIsRead();
    void tinyUniformSeriesIsWritten_data();
    void tinyUniformSeriesIsWritten();
};

void TestSliceRules::unplacedSliceIsLeftOut_data() {
    QTest::addColumn<QString>("position"); // empty: the element removed
    QTest::addColumn<QString>("reason");
    QTest::newRow("NaN") << "NaN\\NaN\\NaN"
                         << "ImagePositionPatient is not a number (nan\\nan\\nan)";
    QTest::newRow("missing") << QString() << "no ImagePositionPatient";
}

void TestSliceRules::unplacedSliceIsLeftOut() {
    QFETCH(QString, position);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    const QString odd = file(dir, 3);
    if (position.isEmpty())
        QVERIFY(removeTag(odd, 0x0020, 0x0032));
    else
        QVERIFY(setTags(odd, {{0x0020, 0x0032, QStringLiteral("DS"), position}}));
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QCOMPARE(volumes.size(), std::size_t(1));
    QVERIFY2(volumes[0].ok(), qPrintable(volumes[0].error));
    QCOMPARE(sliceOrder(volumes[0].volume), QList<int>({0, 1, 3, 4}));
    QCOMPARE(reasonFor(problems, odd),
             reason + QStringLiteral(": left out, its place in the stack is unknown"));
    const QString warnings = volumes[0].warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("1 slices without a usable ImagePositionPatient "
                                              "(missing or NaN) were left out")),
             qPrintable(warnings));
    QVERIFY(!warnings.contains(QStringLiteral("ordered by instance number")));
}

void TestSliceRules::noPositionsAtAllFollowInstanceNumbers() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    for (int n = 1; n <= 5; ++n)
        QVERIFY(removeTag(file(dir, n), 0x0020, 0x0032));
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QCOMPARE(volumes.size(), std::size_t(1));
    QVERIFY(problems.empty());
    QCOMPARE(sliceOrder(volumes[0].volume), QList<int>({0, 1, 2, 3, 4}));
    QVERIFY2(volumes[0]
                 .warnings.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("no slice has a usable ImagePositionPatient (no "
                                          "ImagePositionPatient): slices ordered by instance "
                                          "number")),
             qPrintable(volumes[0].warnings.join(QLatin1Char('\n'))));
}

void TestSliceRules::duplicateUidDifferentPixelsIsStable() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    const QString copy = dir.filePath(QStringLiteral("IM0003-copy.dcm"));
    QVERIFY(QFile::copy(file(dir, 3), copy));
    QVERIFY(changePixels(copy, 7));
    const Imported imported = importFolder(dir.path());
    QCOMPARE(imported.groups.size(), std::size_t(1));
    SeriesGroup reversed = imported.groups.front();
    std::reverse(reversed.files.begin(), reversed.files.end());
    for (const SeriesGroup &group : {imported.groups.front(), reversed}) {
        const AssembledVolume v = assembleVolume(group, nullptr);
        QVERIFY2(v.ok(), qPrintable(v.error));
        QCOMPARE(v.volume.nz(), 5);
        // "IM0003-copy.dcm" sorts before "IM0003.dcm": of two good copies the first by path.
        QCOMPARE(v.volume.valueAt(0, 0, 2), smallVolume().valueAt(0, 0, 2) + 7);
        QCOMPARE(v.problems.size(), std::size_t(1));
        QCOMPARE(v.problems[0].path, file(dir, 3));
        QVERIFY2(
            v.problems[0].reason.contains(
                QStringLiteral("duplicate SOPInstanceUID with different pixels than %1").arg(copy)),
            qPrintable(v.problems[0].reason));
    }
}

void TestSliceRules::copyThatFailsToDecodeNeverWins() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    // A copy that passes every header check but whose pixels make GDCM abort (12 bits
    // allocated is refused by the scan, so the group is put together by hand).
    const QString broken = dir.filePath(QStringLiteral("A-broken-copy.dcm"));
    QVERIFY(QFile::copy(file(dir, 3), broken));
    QVERIFY(setUnsignedShortTag(broken, 0x0028, 0x0100, 12));
    Imported imported = importFolder(dir.path());
    QCOMPARE(imported.groups.size(), std::size_t(1));
    SeriesGroup group = imported.groups.front();
    DicomFileInfo copyInfo = group.files[2];
    copyInfo.path = broken;
    group.files.push_back(copyInfo);
    const AssembledVolume v = assembleVolume(group, nullptr);
    QVERIFY2(v.ok(), qPrintable(v.error));
    QVERIFY(sameVoxels(v.volume, smallVolume()));
    QCOMPARE(v.problems.size(), std::size_t(1));
    QCOMPARE(v.problems[0].path, broken);
    QVERIFY2(v.problems[0].reason.contains(
                 QStringLiteral("a copy with the same SOPInstanceUID (%1) is used instead")
                     .arg(file(dir, 3))),
             qPrintable(v.problems[0].reason));
}

void TestSliceRules::repeatedPositionKeepsTheSameSlice() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    // Another instance at the position of slice 3, same instance number, other pixels.
    const QString other = dir.filePath(QStringLiteral("zz-other.dcm"));
    QVERIFY(QFile::copy(file(dir, 3), other));
    QVERIFY(setTags(other, {{0x0008, 0x0018, QStringLiteral("UI"), QStringLiteral("1.2.3.4.77")}}));
    QVERIFY(changePixels(other, 5));
    const Imported imported = importFolder(dir.path());
    QCOMPARE(imported.groups.size(), std::size_t(1));
    // A re-import puts the stored files after the new ones: the choice must not follow.
    SeriesGroup reversed = imported.groups.front();
    std::reverse(reversed.files.begin(), reversed.files.end());
    for (const SeriesGroup &group : {imported.groups.front(), reversed}) {
        const AssembledVolume v = assembleVolume(group, nullptr);
        QVERIFY2(v.ok(), qPrintable(v.error));
        QVERIFY(sameVoxels(v.volume, smallVolume()));
        QCOMPARE(v.problems.size(), std::size_t(1));
        QCOMPARE(v.problems[0].path, other);
        QVERIFY(v.problems[0].reason.startsWith(QStringLiteral("same slice position")));
        QVERIFY(v.warnings.join(QLatin1Char(' '))
                    .contains(QStringLiteral("1 slices repeat the position of another slice")));
    }
}

void TestSliceRules::pixelSpacingReasons_data() {
    QTest::addColumn<QString>("spacing");
    QTest::addColumn<QString>("warning");
    QTest::newRow("0") << "0\\0"
                       << "PixelSpacing is 0\\0 (not a positive size); 1 mm pixels assumed";
    QTest::newRow("negative")
        << "-1\\-1"
        << "PixelSpacing is -1\\-1 (not a positive size); 1 mm pixels assumed";
    QTest::newRow("huge")
        << "1e30\\1e30"
        << "PixelSpacing is 1e+30\\1e+30 mm (implausibly large); 1 mm pixels assumed";
    QTest::newRow("one value")
        << "1"
        << "PixelSpacing has 1 values (1), two are needed; 1 mm pixels assumed";
    QTest::newRow("text") << "abc\\def"
                          << "PixelSpacing \"abc\\def\" is not a number; 1 mm pixels assumed";
}

void TestSliceRules::pixelSpacingReasons() {
    QFETCH(QString, spacing);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    for (int n = 1; n <= 5; ++n)
        QVERIFY(setTags(file(dir, n), {{0x0028, 0x0030, QStringLiteral("DS"), spacing}}));
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QCOMPARE(volumes.size(), std::size_t(1));
    const QString warnings = volumes[0].warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    QVERIFY(!warnings.contains(QStringLiteral("no PixelSpacing")));
    QCOMPARE(volumes[0].volume.geometry().spacing.x(), 1.0);
}

void TestSliceRules::unusableRescaleIsRefused_data() {
    QTest::addColumn<QString>("slope");
    QTest::addColumn<QString>("reason");
    QTest::newRow("NaN") << "NaN"
                         << "RescaleSlope is nan";
    QTest::newRow("0") << "0"
                       << "RescaleSlope is 0";
}

void TestSliceRules::unusableRescaleIsRefused() {
    QFETCH(QString, slope);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    QVERIFY(setTags(file(dir, 3), {{0x0028, 0x1053, QStringLiteral("DS"), slope}}));
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QCOMPARE(volumes.size(), std::size_t(1));
    QVERIFY2(reasonFor(problems, file(dir, 3)).startsWith(reason),
             qPrintable(reasonFor(problems, file(dir, 3))));
    QCOMPARE(sliceOrder(volumes[0].volume), QList<int>({0, 1, 3, 4}));
    for (std::size_t n = 0; n < volumes[0].volume.voxelCount(); ++n)
        QVERIFY(std::isfinite(volumes[0].volume.valueAt(n)));
}

void TestSliceRules::singleSliceWithoutPositionSaysSo() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(1), metadata(), dir.path()), QString());
    QVERIFY(setTags(file(dir, 1),
                    {{0x0020, 0x0032, QStringLiteral("DS"), QStringLiteral("NaN\\0\\0")}}));
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QCOMPARE(volumes.size(), std::size_t(1));
    QVERIFY2(volumes[0].warnings.contains(QStringLiteral(
                 "ImagePositionPatient is not a number (nan\\0\\0): the slice is placed at the "
                 "origin (0, 0, 0)")),
             qPrintable(volumes[0].warnings.join(QLatin1Char('\n'))));
}

void TestSliceRules::zeroOrientationIsRefused() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    const QString odd = file(dir, 3);
    QVERIFY(
        setTags(odd, {{0x0020, 0x0037, QStringLiteral("DS"), QStringLiteral("0\\0\\0\\0\\0\\0")}}));
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QCOMPARE(
        reasonFor(problems, odd),
        QStringLiteral("ImageOrientationPatient 0\\0\\0\\0\\0\\0: orientation vector is zero"));
    for (const AssembledVolume &v : volumes) {
        QVERIFY(!v.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("tilt")));
        if (v.ok())
            QCOMPARE(sliceOrder(v.volume), QList<int>({0, 1, 3, 4}));
    }
}

void TestSliceRules::transferSyntaxesDecode_data() {
    QTest::addColumn<int>("syntax");
    QTest::newRow("deflated explicit little endian")
        << static_cast<int>(gdcm::TransferSyntax::DeflatedExplicitVRLittleEndian);
    QTest::newRow("RLE lossless") << static_cast<int>(gdcm::TransferSyntax::RLELossless);
}

void TestSliceRules::transferSyntaxesDecode() {
    QFETCH(int, syntax);
    QTemporaryDir dir;
    const gdcm::TransferSyntax ts(static_cast<gdcm::TransferSyntax::TSType>(syntax));
    DicomWriteOptions options;
    if (ts == gdcm::TransferSyntax::RLELossless)
        options.transferSyntax = DicomTransferSyntax::Rle;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path(), options), QString());
    if (ts == gdcm::TransferSyntax::DeflatedExplicitVRLittleEndian) {
        for (int n = 1; n <= 5; ++n)
            QVERIFY(rewriteWithSyntax(file(dir, n), ts));
    }
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QVERIFY2(problems.empty(), problems.empty() ? "" : qPrintable(problems.front().reason));
    QCOMPARE(volumes.size(), std::size_t(1));
    QVERIFY2(volumes[0].ok(), qPrintable(volumes[0].error));
    QVERIFY(sameVoxels(volumes[0].volume, smallVolume()));
}

void TestSliceRules::paddedPixelDataIsRead() {
    QTemporaryDir dir;
    QCOMPARE(writeDicomSeries(smallVolume(), metadata(), dir.path()), QString());
    // One row (12 pixels, 24 bytes) of padding after the pixels of slice 3 is read past;
    // two rows are a header that does not describe the pixels.
    QVERIFY(padPixels(file(dir, 3), 24));
    QVERIFY(padPixels(file(dir, 4), 48));
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes = assembleAll(importFolder(dir.path()), &problems);
    QCOMPARE(volumes.size(), std::size_t(1));
    QCOMPARE(sliceOrder(volumes[0].volume), QList<int>({0, 1, 2, 4}));
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems[0].path, file(dir, 4));
    QVERIFY2(problems[0].reason.startsWith(QStringLiteral("pixel data is 288 bytes, but Rows 10")),
             qPrintable(problems[0].reason));
}

void TestSliceRules::tinyUniformSeriesIsWritten_data() {
    QTest::addColumn<int>("slices");
    QTest::newRow("1 slice") << 1;
    QTest::newRow("2 slices") << 2;
    QTest::newRow("12 uniform slices") << 12;
}

void TestSliceRules::tinyUniformSeriesIsWritten() {
    QFETCH(int, slices);
    QTemporaryDir dir;
    Volume uniform = smallVolume(slices);
    std::fill_n(uniform.int16Data(), uniform.voxelCount(), std::int16_t(0));
    QCOMPARE(writeDicomSeries(uniform, metadata(), dir.filePath(QStringLiteral("dicom"))),
             QString());
    std::vector<FileProblem> problems;
    const std::vector<AssembledVolume> volumes =
        assembleAll(importFolder(dir.filePath(QStringLiteral("dicom"))), &problems);
    QCOMPARE(volumes.size(), std::size_t(1));
    QVERIFY2(volumes[0].ok(), qPrintable(volumes[0].error));
    // Such a volume compresses to a few dozen bytes; that is not a failed write.
    const QString nifti = dir.filePath(QStringLiteral("v.nii.gz"));
    QCOMPARE(writeNifti(volumes[0].volume, nifti), QString());
    const NiftiReadResult read = readNifti(nifti);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(sameVoxels(read.volume, uniform));
}

QTEST_GUILESS_MAIN(TestSliceRules)
#include "TestSliceRules.moc"
