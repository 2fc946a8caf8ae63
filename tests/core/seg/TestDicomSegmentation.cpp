// DICOM Segmentation: write with dcmseg, read back, place on the image grid; refusals of
// what cannot be used; the phantom's lesion SEG.

#include "core/dicom/DicomTestUtil.h"
#include "io/phantom/PhantomCasePlan.h"
#include "io/phantom/PhantomGenerator.h"
#include "io/phantom/PhantomRenderer.h"
#include "io/phantom/PhantomTemplate.h"
#include "io/seg/CieLab.h"
#include "io/seg/ContainedSegmentationReader.h"
#include "io/seg/DicomSegmentation.h"
#include "io/seg/SegmentationCodec.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace brainmd;
using namespace Qt::StringLiterals;

namespace {

Geometry axialGrid() {
    Geometry g;
    g.dims = {7, 5, 6}; // 35 pixels a frame: frames do not end on a byte boundary
    g.spacing = {0.9, 1.1, 2.5};
    g.origin = {-12.5, 30.25, -4.0};
    return g;
}

Geometry sagittalGrid() {
    Geometry g;
    g.dims = {9, 8, 5};
    g.spacing = {1.0, 1.2, 3.0};
    g.origin = {40.0, -60.0, 80.0};
    g.direction.col(0) = Eigen::Vector3d(0, 1, 0);
    g.direction.col(1) = Eigen::Vector3d(0, 0, -1);
    g.direction.col(2) = Eigen::Vector3d(-1, 0, 0);
    return g;
}

/// Two segments: a box (1) and a ball (2) beside it, on some slices only.
Volume twoSegments(const Geometry &g) {
    Volume labels(g, VoxelType::Int16);
    for (int k = 1; k < g.dims[2] - 1; ++k)
        for (int j = 0; j < g.dims[1]; ++j)
            for (int i = 0; i < g.dims[0]; ++i) {
                std::int16_t value = 0;
                if (i < 3 && j >= 1 && j < 4)
                    value = 1;
                else if (i >= 4 && (i - 5) * (i - 5) + (j - 2) * (j - 2) <= 2 && k > 1)
                    value = 2;
                labels.int16Data()[labels.linearIndex(i, j, k)] = value;
            }
    return labels;
}

std::vector<SegmentDescription> segmentList() {
    SegmentDescription lesion;
    lesion.number = 1;
    lesion.label = u"Lesion"_s;
    lesion.rgb = {230, 70, 40};
    SegmentDescription oedema;
    oedema.number = 2;
    oedema.label = u"Oedema"_s;
    oedema.category = u"Tissue"_s;
    oedema.type = u"Brain"_s;
    oedema.algorithmName = u"BrainMD phantom"_s;
    oedema.rgb = {60, 160, 230};
    return {lesion, oedema};
}

SegmentationSource sourceFor(const Geometry &g) {
    SegmentationSource source;
    source.patientName = u"Phantom^Seg"_s;
    source.patientId = u"SEG-1"_s;
    source.patientBirthDate = u"19700101"_s;
    source.patientSex = u"F"_s;
    source.studyInstanceUid = u"1.2.826.0.1.3680043.10.1.1"_s;
    source.studyDate = u"20240102"_s;
    source.studyTime = u"101500"_s;
    source.accessionNumber = u"ACC1"_s;
    source.studyId = u"1"_s;
    source.referencedSeriesInstanceUid = u"1.2.826.0.1.3680043.10.1.2"_s;
    source.frameOfReferenceUid = u"1.2.826.0.1.3680043.10.1.3"_s;
    for (int k = 0; k < g.dims[2]; ++k)
        source.referencedSopInstanceUids << u"1.2.826.0.1.3680043.10.1.4.%1"_s.arg(k + 1);
    source.segSeriesInstanceUid = u"1.2.826.0.1.3680043.10.1.5"_s;
    source.segSopInstanceUid = u"1.2.826.0.1.3680043.10.1.6"_s;
    source.contentDate = u"20240103"_s;
    source.contentTime = u"120000"_s;
    return source;
}

QString writeTwoSegments(const QString &path, const Geometry &g) {
    return writeSegmentation(path, twoSegments(g), segmentList(), sourceFor(g));
}

bool sameLabels(const Volume &a, const Volume &b) {
    if (a.voxelCount() != b.voxelCount() || a.int16Data() == nullptr || b.int16Data() == nullptr)
        return false;
    return std::equal(a.int16Data(), a.int16Data() + a.voxelCount(), b.int16Data());
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int labelledVoxels(const Volume &labels) {
    return static_cast<int>(std::count_if(labels.int16Data(),
                                          labels.int16Data() + labels.voxelCount(),
                                          [](std::int16_t v) { return v != 0; }));
}

std::size_t countNonZero(const std::vector<std::uint8_t> &mask) {
    return static_cast<std::size_t>(
        std::count_if(mask.begin(), mask.end(), [](std::uint8_t v) { return v != 0; }));
}

} // namespace

class TestDicomSegmentation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cieLabRoundTrip();
    void roundTrip_data();
    void roundTrip();
    void sameInputSameBytes();
    void overlapIsNoted();
    void framesOffTheGridAreDropped();
    void refusesAnMrImage();
    void refusesAnotherOrientation();
    void refusesAHugeFrameCount();
    void refusesATruncatedFile();
    void pydicomReadsIt();
    void readsPydicomsSegWithoutNumberOfFrames();
    void phantomWritesLesionSegmentation();
    void readsAFractionalSegmentation();
    void containedReaderGivesTheSameObject();
    void containedReaderSurvivesACrashingHelper();

private:
    QTemporaryDir m_dir;
};

void TestDicomSegmentation::cieLabRoundTrip() {
    for (const std::array<std::uint8_t, 3> rgb : {std::array<std::uint8_t, 3>{230, 70, 40},
                                                  {0, 0, 0},
                                                  {255, 255, 255},
                                                  {60, 160, 230},
                                                  {1, 254, 128}}) {
        QCOMPARE(dicomLabToRgb(rgbToDicomLab(rgb)), rgb);
    }
    // White is L* 100, a* = b* = 0 (scaled: 65535, 32896, 32896).
    const DicomLab white = rgbToDicomLab({255, 255, 255});
    QCOMPARE(int(white[0]), 65535);
    QVERIFY(std::abs(int(white[1]) - 32896) <= 2 && std::abs(int(white[2]) - 32896) <= 2);
}

void TestDicomSegmentation::roundTrip_data() {
    QTest::addColumn<bool>("sagittal");
    QTest::newRow("axial") << false;
    QTest::newRow("sagittal") << true;
}

void TestDicomSegmentation::roundTrip() {
    QFETCH(bool, sagittal);
    const Geometry grid = sagittal ? sagittalGrid() : axialGrid();
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".dcm"_s);
    const QString written = writeTwoSegments(path, grid);
    QVERIFY2(written.isEmpty(), qPrintable(written));

    QString error;
    const SegmentationObject seg = readSegmentation(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(seg.sopInstanceUid, sourceFor(grid).segSopInstanceUid);
    QCOMPARE(seg.seriesInstanceUid, sourceFor(grid).segSeriesInstanceUid);
    QCOMPARE(seg.referencedSeriesInstanceUid, sourceFor(grid).referencedSeriesInstanceUid);
    QCOMPARE(seg.frameOfReferenceUid, sourceFor(grid).frameOfReferenceUid);
    QCOMPARE(seg.rows, grid.dims[1]);
    QCOMPARE(seg.columns, grid.dims[0]);
    QVERIFY(!seg.fractional);
    QCOMPARE(static_cast<int>(seg.segments.size()), 2);
    const std::vector<SegmentDescription> expected = segmentList();
    for (std::size_t s = 0; s < 2; ++s) {
        QCOMPARE(seg.segments[s].number, expected[s].number);
        QCOMPARE(seg.segments[s].label, expected[s].label);
        QCOMPARE(seg.segments[s].rgb, expected[s].rgb);
        QCOMPARE(seg.segments[s].algorithmName, expected[s].algorithmName);
    }
    QCOMPARE(seg.segments[0].category, u"Morphologically Altered Structure"_s);
    QCOMPARE(seg.segments[0].categoryCode, u"SCT:49755003"_s);
    QCOMPARE(seg.segments[0].typeCode, u"SCT:108369006"_s);
    QCOMPARE(seg.segments[1].typeCode, u"SCT:12738006"_s);
    for (const SegmentationFrame &frame : seg.frames) {
        const int k = static_cast<int>(std::lround(grid.lpsToIndexPoint(frame.position).z()));
        QCOMPARE(frame.referencedSopInstanceUid, sourceFor(grid).referencedSopInstanceUids.at(k));
    }

    const SegmentationOnGrid placed = placeOnGrid(seg, grid);
    QVERIFY2(placed.error.isEmpty(), qPrintable(placed.error));
    QVERIFY2(placed.notes.isEmpty(), qPrintable(placed.notes.join(u"; "_s)));
    QVERIFY(placed.labels.geometry().sameGrid(grid));
    QVERIFY(sameLabels(placed.labels, twoSegments(grid)));
}

void TestDicomSegmentation::sameInputSameBytes() {
    const QString a = m_dir.filePath(u"same-a.dcm"_s), b = m_dir.filePath(u"same-b.dcm"_s);
    QVERIFY(writeTwoSegments(a, axialGrid()).isEmpty());
    QTest::qWait(1100); // a clock in the output would show after a second
    QVERIFY(writeTwoSegments(b, axialGrid()).isEmpty());
    QCOMPARE(fileBytes(a), fileBytes(b));
}

void TestDicomSegmentation::overlapIsNoted() {
    const Geometry grid = axialGrid();
    const QString path = m_dir.filePath(u"overlap.dcm"_s);
    QVERIFY(writeTwoSegments(path, grid).isEmpty());
    QString error;
    SegmentationObject seg = readSegmentation(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Segment 2 also covers the whole of slice 2, over segment 1's box (3 × 3 voxels).
    SegmentationFrame extra;
    extra.index = static_cast<int>(seg.frames.size());
    extra.segmentNumber = 2;
    extra.position = grid.indexToLpsPoint({0, 0, 2});
    extra.pixels.assign(std::size_t(grid.dims[0]) * grid.dims[1], 1);
    seg.frames.push_back(extra);
    const SegmentationOnGrid placed = placeOnGrid(seg, grid);
    QVERIFY2(placed.error.isEmpty(), qPrintable(placed.error));
    QCOMPARE(placed.notes.size(), 1);
    QVERIFY2(placed.notes.front().contains(u"9 voxel"_s), qPrintable(placed.notes.front()));
    QCOMPARE(int(placed.labels.valueAt(0, 1, 2)), 2); // the higher number wins
}

void TestDicomSegmentation::framesOffTheGridAreDropped() {
    const Geometry grid = axialGrid();
    const QString path = m_dir.filePath(u"off.dcm"_s);
    QVERIFY(writeTwoSegments(path, grid).isEmpty());
    QString error;
    SegmentationObject seg = readSegmentation(path, &error);
    QVERIFY(error.isEmpty());
    seg.frames.front().position += 0.5 * grid.spacing[2] * grid.direction.col(2);
    SegmentationOnGrid placed = placeOnGrid(seg, grid);
    QVERIFY(placed.error.isEmpty());
    QCOMPARE(placed.notes.size(), 1);
    QVERIFY2(placed.notes.front().contains(u"frame 1"_s), qPrintable(placed.notes.front()));

    Geometry shifted = grid;
    shifted.origin += Eigen::Vector3d(0, 0, 100);
    placed = placeOnGrid(seg, shifted);
    QVERIFY(placed.error.contains(u"none of the"_s));
}

void TestDicomSegmentation::refusesAnMrImage() {
    const QDir folder(m_dir.filePath(u"mr"_s));
    const Volume volume =
        test::syntheticVolume({4, 4, 2}, {1, 1, 1}, {0, 0, 0}, Eigen::Matrix3d::Identity());
    QVERIFY(writeDicomSeries(volume, test::metadata(), folder.path()).isEmpty());
    QString error;
    const SegmentationObject seg = readSegmentation(folder.filePath(u"IM0001.dcm"_s), &error);
    QVERIFY2(error.contains(u"not a DICOM Segmentation"_s), qPrintable(error));
    QVERIFY2(error.contains(u"1.2.840.10008.5.1.4.1.1.4"_s), qPrintable(error));
    QVERIFY(seg.frames.empty());
}

void TestDicomSegmentation::refusesAnotherOrientation() {
    const QString path = m_dir.filePath(u"orientation.dcm"_s);
    QVERIFY(writeTwoSegments(path, axialGrid()).isEmpty());
    QString error;
    const SegmentationObject seg = readSegmentation(path, &error);
    QVERIFY(error.isEmpty());
    Geometry coronal = axialGrid();
    coronal.direction.col(1) = Eigen::Vector3d(0, 0, -1);
    coronal.direction.col(2) = Eigen::Vector3d(0, 1, 0);
    const SegmentationOnGrid placed = placeOnGrid(seg, coronal);
    QVERIFY2(placed.error.contains(u"orientation"_s), qPrintable(placed.error));
    QVERIFY(placed.labels.isEmpty());

    Geometry finer = axialGrid();
    finer.spacing[0] = 0.8;
    QVERIFY(placeOnGrid(seg, finer).error.contains(u"pixel spacing"_s));
}

void TestDicomSegmentation::refusesAHugeFrameCount() {
    const QString path = m_dir.filePath(u"huge.dcm"_s);
    QVERIFY(writeTwoSegments(path, axialGrid()).isEmpty());
    {
        DcmFileFormat file;
        QVERIFY(file.loadFile(path.toUtf8().constData()).good());
        QVERIFY(file.getDataset()->putAndInsertString(DCM_NumberOfFrames, "2147483647").good());
        QVERIFY(file.saveFile(path.toUtf8().constData(), EXS_LittleEndianExplicit).good());
    }
    QString error;
    const SegmentationObject seg = readSegmentation(path, &error);
    QVERIFY2(error.contains(u"2147483647"_s) && error.contains(u"far more"_s), qPrintable(error));
    QVERIFY(seg.frames.empty());
}

void TestDicomSegmentation::refusesATruncatedFile() {
    const QString path = m_dir.filePath(u"truncated.dcm"_s);
    QVERIFY(writeTwoSegments(path, axialGrid()).isEmpty());
    QFile file(path);
    QVERIFY(file.resize(file.size() - 6));
    QString error;
    const SegmentationObject seg = readSegmentation(path, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(seg.frames.empty());
    QVERIFY(file.resize(file.size() / 2));
    readSegmentation(path, &error);
    QVERIFY(!error.isEmpty());
}

// pydicom's liver_1frame.dcm, a real-world SEG, leaves out NumberOfFrames; it was refused
// as "0 frames" before.
void TestDicomSegmentation::readsPydicomsSegWithoutNumberOfFrames() {
    const QString path =
        QStringLiteral("/usr/lib/python3/dist-packages/pydicom/data/test_files/liver_1frame.dcm");
    if (!QFile::exists(path))
        QSKIP("python3-pydicom's test files are not installed");
    QString error;
    const SegmentationObject seg = readSegmentation(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(seg.rows, 512);
    QCOMPARE(seg.columns, 512);
    QCOMPARE(seg.frames.size(), std::size_t(1));
    QVERIFY(!seg.segments.empty());
    QVERIFY(!seg.referencedSeriesInstanceUid.isEmpty());
    long set = 0;
    for (const std::uint8_t bit : seg.frames.front().pixels)
        set += bit;
    QVERIFY(set > 0);
}

void TestDicomSegmentation::pydicomReadsIt() {
    // Debian's python3 (with python3-pydicom) before any other on the PATH.
    QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString path = m_dir.filePath(u"pydicom.dcm"_s);
    QVERIFY(writeTwoSegments(path, axialGrid()).isEmpty());
    QProcess process;
    process.start(python, {u"-c"_s,
                           u"import sys, pydicom\n"
                           "d = pydicom.dcmread(sys.argv[1])\n"
                           "bits = sum(bin(b).count('1') for b in d.PixelData)\n"
                           "print(d.SOPClassUID, d.NumberOfFrames, len(d.SegmentSequence),\n"
                           "      d.ReferencedSeriesSequence[0].SeriesInstanceUID, bits)\n"_s,
                           path});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (err.contains(u"No module named"_s))
        QSKIP("pydicom is not installed");
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    const int frames = 4 + 3; // segment 1 on slices 1..4, segment 2 on 2..4
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             u"1.2.840.10008.5.1.4.1.1.66.4 %1 2 %2 %3"_s.arg(frames)
                 .arg(sourceFor(axialGrid()).referencedSeriesInstanceUid)
                 .arg(labelledVoxels(twoSegments(axialGrid()))));
}

void TestDicomSegmentation::phantomWritesLesionSegmentation() {
    PhantomOptions options;
    options.cases = 2;
    options.seed = 11;
    options.resolutionMm = 2;
    options.lesionShare = 0.5;
    options.outDir = m_dir.filePath(u"phantom"_s);
    const PhantomResult result = generatePhantomDataset(options, nullptr);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(static_cast<int>(result.cases.size()), 2);
    PhantomTemplate anatomy;
    QVERIFY(anatomy.load(options.templateDir).isEmpty());
    int withLesion = 0;
    for (const PhantomCaseTruth &truth : result.cases) {
        const QDir folder(options.outDir + u"/dicom/"_s + truth.caseKey);
        const QString segPath = folder.filePath(u"SEG0001.dcm"_s);
        QCOMPARE(QFile::exists(segPath), truth.lesion.present);
        if (!truth.lesion.present)
            continue;
        ++withLesion;
        // The series still imports as one series beside its SEG.
        const test::Imported imported = test::importFolder(folder.path());
        QCOMPARE(static_cast<int>(imported.groups.size()), 1);
        const AssembledVolume series = assembleVolume(imported.groups.front(), nullptr);
        QVERIFY2(series.ok(), qPrintable(series.error));

        QString error;
        const SegmentationObject seg = readSegmentation(segPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(static_cast<int>(seg.segments.size()), 1);
        QCOMPARE(seg.segments.front().label, u"Lesion"_s);
        QCOMPARE(seg.referencedSeriesInstanceUid, imported.groups.front().seriesInstanceUid);
        const SegmentationOnGrid placed = placeOnGrid(seg, series.volume.geometry());
        QVERIFY2(placed.error.isEmpty(), qPrintable(placed.error));

        const PhantomImage image =
            renderPhantomCase(anatomy, planPhantomCase(anatomy, options, truth.caseIndex, true));
        std::size_t labelled = 0;
        bool same = true;
        for (std::size_t n = 0; n < placed.labels.voxelCount(); ++n) {
            labelled += placed.labels.int16Data()[n] != 0;
            same = same && (placed.labels.int16Data()[n] != 0) == (image.lesionMask[n] != 0);
        }
        QVERIFY(labelled > 0);
        QCOMPARE(labelled, countNonZero(image.lesionMask));
        QVERIFY(same);
    }
    QCOMPARE(withLesion, 1);
}

void TestDicomSegmentation::readsAFractionalSegmentation() {
    // A FRACTIONAL SEG (8-bit probabilities, PS3.3 C.8.20.2) made from the binary one by
    // pydicom: set pixels become 200 of 255, a faint halo next to them 100 of 255. Read
    // and placed, the mask is thresholded at half the maximum: the set pixels, no halo.
    QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const Geometry grid = axialGrid();
    const QString binary = m_dir.filePath(u"binary-for-fractional.dcm"_s);
    const QString fractional = m_dir.filePath(u"fractional.dcm"_s);
    QVERIFY(writeTwoSegments(binary, grid).isEmpty());
    QProcess process;
    process.start(python, {u"-c"_s,
                           u"import sys, pydicom\n"
                           "d = pydicom.dcmread(sys.argv[1])\n"
                           "n = int(d.NumberOfFrames) * d.Rows * d.Columns\n"
                           "bits = [(d.PixelData[i // 8] >> (i % 8)) & 1 for i in range(n)]\n"
                           "out = bytearray(200 if b else 0 for b in bits)\n"
                           "for i in range(1, n):\n"
                           "    if bits[i - 1] and not bits[i]: out[i] = 100\n"
                           "d.SegmentationType = 'FRACTIONAL'\n"
                           "d.SegmentationFractionalType = 'PROBABILITY'\n"
                           "d.MaximumFractionalValue = 255\n"
                           "d.BitsAllocated = 8; d.BitsStored = 8; d.HighBit = 7\n"
                           "d.PixelData = bytes(out)\n"
                           "d.save_as(sys.argv[2])\n"_s,
                           binary, fractional});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (err.contains(u"No module named"_s))
        QSKIP("pydicom is not installed");
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QString error;
    const SegmentationObject seg = readSegmentation(fractional, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(seg.fractional);
    QCOMPARE(seg.maximumFractionalValue, 255);
    const SegmentationOnGrid placed = placeOnGrid(seg, grid);
    QVERIFY2(placed.error.isEmpty(), qPrintable(placed.error));
    QVERIFY(sameLabels(placed.labels, twoSegments(grid)));
}

void TestDicomSegmentation::containedReaderGivesTheSameObject() {
    const Geometry grid = sagittalGrid();
    const QString path = m_dir.filePath(u"contained.dcm"_s);
    QVERIFY(writeTwoSegments(path, grid).isEmpty());
    QString inProcessError, containedError;
    const SegmentationObject direct = readSegmentation(path, &inProcessError);
    QVERIFY2(inProcessError.isEmpty(), qPrintable(inProcessError));
    ContainedSegmentationReader reader;
    QVERIFY2(reader.contained(), qPrintable(reader.containmentProblem()));
    const SegmentationObject viaHelper = reader.read(path, &containedError);
    QVERIFY2(containedError.isEmpty(), qPrintable(containedError));
    QCOMPARE(reader.starts(), 1);
    // The encoding carries every field: the two objects encode to the same bytes, and the
    // helper's object places on the grid exactly as the direct one.
    QCOMPARE(encodeSegmentation(viaHelper), encodeSegmentation(direct));
    QCOMPARE(viaHelper.frames.size(), direct.frames.size());
    QCOMPARE(viaHelper.segments.at(1).label, direct.segments.at(1).label);
    QVERIFY(sameLabels(placeOnGrid(viaHelper, grid).labels, twoSegments(grid)));
    // A file that is no SEG is refused with the reader's own reason, through the helper.
    const QString notSeg = m_dir.filePath(u"not-a-seg.dcm"_s);
    QFile junk(notSeg);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not DICOM at all");
    junk.close();
    QString refused;
    reader.read(notSeg, &refused);
    QVERIFY(!refused.isEmpty());
    QString direct2;
    readSegmentation(notSeg, &direct2);
    QCOMPARE(refused, direct2);
    QCOMPARE(reader.starts(), 1); // the helper went on
}

void TestDicomSegmentation::containedReaderSurvivesACrashingHelper() {
    // A helper that dies on its first file the way a library assertion would.
    const QString script = m_dir.filePath(u"crashing-helper.sh"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nread line\necho 'dcmseg: assertion failed: frame count' >&2\n"
               "kill -ABRT $$\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ExeOwner));
    const QString path = m_dir.filePath(u"for-the-crash.dcm"_s);
    QVERIFY(writeTwoSegments(path, axialGrid()).isEmpty());
    ContainedSegmentationReader reader(script);
    QString error;
    const SegmentationObject seg = reader.read(path, &error);
    QVERIFY(seg.frames.empty());
    QVERIFY2(error.contains(u"stopped on this file"_s), qPrintable(error));
    QVERIFY2(error.contains(u"assertion failed: frame count"_s), qPrintable(error));
    // The next file gets a new helper (which dies again here, but this process goes on).
    reader.read(path, &error);
    QCOMPARE(reader.starts(), 2);
}

QTEST_GUILESS_MAIN(TestDicomSegmentation)
#include "TestDicomSegmentation.moc"
