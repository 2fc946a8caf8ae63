#include "io/phantom/PhantomGenerator.h"
#include "io/dicom/DicomScanner.h"
#include "io/documents/DocumentReaders.h"
#include "io/nifti/NiftiIO.h"
#include "volume/SliceImage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace brainmd;
using namespace Qt::StringLiterals;

namespace {

constexpr std::uint64_t kSeed = 7;

PhantomOptions smallOptions(const QString &outDir, std::uint64_t seed) {
    PhantomOptions options;
    options.cases = 3;
    options.seed = seed;
    options.resolutionMm = 2;
    options.outDir = outDir;
    options.writeNifti = true;
    return options;
}

/// Relative path → bytes of every file under `root`.
std::map<QString, QByteArray> folderContents(const QString &root) {
    std::map<QString, QByteArray> contents;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            contents[QDir(root).relativeFilePath(path)] = file.readAll();
    }
    return contents;
}

/// Answers per accession number and question.
std::map<QString, std::map<QString, QString>> answersByCase(const LabelFile &labels) {
    std::map<QString, std::map<QString, QString>> answers;
    for (const LabelRow &row : labels.rows)
        answers[row.accessionNumber][row.questionId] = row.answer;
    return answers;
}

/// Reads a case's series back through the DICOM import path.
Volume readSeries(const QString &folder) {
    const DicomScanResult scan = scanDicom({folder}, {}, nullptr);
    const std::vector<SeriesGroup> groups = groupIntoSeries(scan.images);
    if (groups.size() != 1)
        return {};
    AssembledVolume assembled = assembleVolume(groups.front(), nullptr);
    return assembled.ok() ? assembled.volume : Volume();
}

class CancelAfterFirst final : public ProgressReporter {
public:
    bool report(double, const QString &message) override {
        return !message.startsWith(u"Phantom case"_s);
    }
};

} // namespace

class PhantomGeneratorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesFilesAndManifest();
    void labelsAgreeWithReports();
    void seriesMatchTruth();
    void referenceSlicesShowTheLesion();
    void sameSeedSameBytes();
    void differentSeedsDiffer();
    void lesionShareIsExact_data();
    void lesionShareIsExact();
    void cancelSkipsSideFiles();

private:
    QTemporaryDir m_first;
    QTemporaryDir m_second;
    PhantomResult m_result;
};

void PhantomGeneratorTest::initTestCase() {
    QVERIFY(m_first.isValid() && m_second.isValid());
    m_result = generatePhantomDataset(smallOptions(m_first.path(), kSeed), nullptr);
    QVERIFY2(m_result.ok(), qPrintable(m_result.error));
    QCOMPARE(static_cast<int>(m_result.cases.size()), 3);
}

void PhantomGeneratorTest::writesFilesAndManifest() {
    const QDir dir(m_first.path());
    QVERIFY(QFile::exists(dir.filePath(u"README.txt"_s)));
    DatasetManifest manifest;
    QString error;
    QVERIFY2(readDatasetManifest(dir.path(), &manifest, &error), qPrintable(error));
    QCOMPARE(manifest.documentFiles,
             QStringList({dir.filePath(u"reports.json"_s), dir.filePath(u"ehr.json"_s)}));
    QCOMPARE(manifest.labelFiles, QStringList{dir.filePath(u"labels.json"_s)});
    QCOMPARE(manifest.referenceFiles, QStringList{dir.filePath(u"reference-slices.json"_s)});
    // The lesion summary is part of the dataset but not data to import.
    QCOMPARE(manifest.otherFiles, QStringList({dir.filePath(u"README.txt"_s),
                                               dir.filePath(u"lesion-positions.json"_s)}));
    for (const PhantomCaseTruth &truth : m_result.cases) {
        const QDir series(dir.filePath(u"dicom/"_s + truth.caseKey));
        QCOMPARE(static_cast<int>(series.entryList({u"IM*.dcm"_s}, QDir::Files).size()),
                 truth.dims[2]);
    }
    const auto ehr = readDocumentsFile(dir.filePath(u"ehr.json"_s));
    QVERIFY(ehr.ok() && ehr.problems.empty());
    QCOMPARE(static_cast<int>(ehr.value.size()), 6); // an EHR and a demographics record each
    const auto labels = readLabelFile(dir.filePath(u"labels.json"_s));
    QVERIFY(labels.ok() && labels.problems.empty());
    QCOMPARE(labels.value.name, u"phantom-truth"_s);
    QCOMPARE(labels.value.kind, u"phantom"_s);
    QCOMPARE(labels.value.taskPack, u"brainbench-default"_s);
    const auto references = readReferenceSliceFile(dir.filePath(u"reference-slices.json"_s));
    QVERIFY(references.ok() && references.problems.empty());
    QVERIFY(references.value.basis.startsWith(u"phantom truth"_s));
    QVERIFY(references.value.basis.contains(u"not chosen by a reader"_s));
    QCOMPARE(static_cast<int>(references.value.rows.size()), 9);
}

void PhantomGeneratorTest::labelsAgreeWithReports() {
    const QDir dir(m_first.path());
    const auto labels = answersByCase(readLabelFile(dir.filePath(u"labels.json"_s)).value);
    const auto reports = readDocumentsFile(dir.filePath(u"reports.json"_s));
    QVERIFY(reports.ok());
    QCOMPARE(static_cast<int>(reports.value.size()), 3);
    int lesionCases = 0;
    const QRegularExpression sizePattern(u"(\\d+) mm (rim-enhancing|non-enhancing)"_s);
    for (const CaseDocument &report : reports.value) {
        QCOMPARE(report.kind, u"report"_s);
        const auto &answers = labels.at(report.accessionNumber);
        QCOMPARE(static_cast<int>(answers.size()), 7);
        if (answers.at(u"lesion_present"_s) == u"no"_s) {
            QVERIFY(report.text.contains(u"No focal parenchymal lesion"_s));
            QCOMPARE(answers.at(u"size_class"_s), u"none"_s);
            QCOMPARE(answers.at(u"lesion_side"_s), u"none"_s);
            continue;
        }
        ++lesionCases;
        const QRegularExpressionMatch match = sizePattern.match(report.text);
        QVERIFY2(match.hasMatch(), qPrintable(report.text));
        const int diameter = match.captured(1).toInt();
        const QString sizeClass = diameter < 20    ? u"small"_s
                                  : diameter <= 40 ? u"medium"_s
                                                   : u"large"_s;
        QCOMPARE(answers.at(u"size_class"_s), sizeClass);
        QCOMPARE(match.captured(2) == u"rim-enhancing"_s, answers.at(u"enhancement"_s) == u"yes"_s);
        const QString lobe = answers.at(u"lesion_lobe"_s);
        if (lobe != u"other"_s)
            QVERIFY2(report.text.contains(answers.at(u"lesion_side"_s) + u' ' + lobe + u" lobe"_s),
                     qPrintable(report.text));
        QCOMPARE(report.text.contains(u"vasogenic oedema"_s), answers.at(u"oedema"_s) == u"yes"_s);
        QCOMPARE(report.text.contains(u"No mass effect"_s),
                 answers.at(u"mass_effect"_s) == u"no"_s);
    }
    QCOMPARE(lesionCases, 2); // round(0.6 × 3)
}

void PhantomGeneratorTest::seriesMatchTruth() {
    for (const PhantomCaseTruth &truth : m_result.cases) {
        const Volume dicom = readSeries(QDir(m_first.path()).filePath(u"dicom/"_s + truth.caseKey));
        QVERIFY2(!dicom.isEmpty(), qPrintable(truth.caseKey));
        const NiftiReadResult nifti =
            readNifti(QDir(m_first.path()).filePath(u"nifti/%1.nii.gz"_s.arg(truth.caseKey)));
        QVERIFY2(nifti.ok(), qPrintable(nifti.error));
        QVERIFY(dicom.geometry().sameGrid(nifti.volume.geometry(), 1e-3));
        QCOMPARE(dicom.voxelCount(), nifti.volume.voxelCount());
        QVERIFY(std::equal(dicom.int16Data(), dicom.int16Data() + dicom.voxelCount(),
                           nifti.volume.int16Data()));
        QVERIFY(dicom.range().second > 100.0f);
    }
}

void PhantomGeneratorTest::referenceSlicesShowTheLesion() {
    const auto references =
        readReferenceSliceFile(QDir(m_first.path()).filePath(u"reference-slices.json"_s)).value;
    int checked = 0;
    for (const PhantomCaseTruth &truth : m_result.cases) {
        const Volume ras =
            reorientToRas(readSeries(QDir(m_first.path()).filePath(u"dicom/"_s + truth.caseKey)));
        QVERIFY(!ras.isEmpty());
        const float bright = 0.8f * ras.range().second;
        for (const ReferenceSliceRow &row : references.rows) {
            if (row.accessionNumber != truth.accessionNumber)
                continue;
            QVERIFY(row.sliceIndex >= 0 && row.sliceIndex < sliceCount(ras, row.view));
            QVERIFY(std::abs(extractSlice(ras, row.view, row.sliceIndex).slicePositionMm -
                             row.positionMm) < 0.01);
            if (!truth.lesion.present || !truth.lesion.enhancing)
                continue;
            // The rim is the brightest tissue: the truth slice must cut through it about as
            // fully as any slice does.
            std::vector<int> counts;
            for (int index = 0; index < sliceCount(ras, row.view); ++index) {
                const SliceImage slice = extractSlice(ras, row.view, index);
                counts.push_back(
                    static_cast<int>(std::count_if(slice.pixels.begin(), slice.pixels.end(),
                                                   [&](float v) { return v >= bright; })));
            }
            const int atReference = counts[static_cast<std::size_t>(row.sliceIndex)];
            QVERIFY2(atReference > 0 &&
                         atReference * 2 >= *std::max_element(counts.begin(), counts.end()),
                     qPrintable(u"%1 %2"_s.arg(truth.caseKey, QLatin1String(viewName(row.view)))));
            ++checked;
        }
    }
    QVERIFY2(checked >= 3, "the test seed should give at least one enhancing tumour");
}

void PhantomGeneratorTest::sameSeedSameBytes() {
    PhantomOptions options = smallOptions(m_second.path(), kSeed);
    options.threads = 1; // the bytes must not depend on how cases were spread over threads
    const PhantomResult again = generatePhantomDataset(options, nullptr);
    QVERIFY2(again.ok(), qPrintable(again.error));
    const auto first = folderContents(m_first.path());
    const auto second = folderContents(m_second.path());
    QVERIFY(first.size() > 10);
    QCOMPARE(first.size(), second.size());
    for (const auto &[name, bytes] : first) {
        QVERIFY2(second.count(name) == 1, qPrintable(name));
        QVERIFY2(second.at(name) == bytes, qPrintable(name));
    }
}

void PhantomGeneratorTest::differentSeedsDiffer() {
    QTemporaryDir other;
    PhantomOptions options = smallOptions(other.path(), kSeed + 1);
    options.writeNifti = false;
    const PhantomResult result = generatePhantomDataset(options, nullptr);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto first = folderContents(m_first.path());
    const auto second = folderContents(other.path());
    for (const QString &name : {u"reports.json"_s, u"dicom/case-0001/IM0001.dcm"_s})
        QVERIFY2(first.at(name) != second.at(name), qPrintable(name));
}

void PhantomGeneratorTest::lesionShareIsExact_data() {
    QTest::addColumn<int>("cases");
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("lesions");
    QTest::newRow("60 % of 10") << 10 << 0.6 << 6;
    QTest::newRow("60 % of 3") << 3 << 0.6 << 2;
    QTest::newRow("none") << 5 << 0.0 << 0;
    QTest::newRow("all") << 4 << 1.0 << 4;
}

void PhantomGeneratorTest::lesionShareIsExact() {
    QFETCH(int, cases);
    QFETCH(double, share);
    QFETCH(int, lesions);
    const std::vector<bool> assignment = phantomLesionAssignment(cases, share, kSeed);
    QCOMPARE(static_cast<int>(std::count(assignment.begin(), assignment.end(), true)), lesions);
}

void PhantomGeneratorTest::cancelSkipsSideFiles() {
    QTemporaryDir dir;
    PhantomOptions options = smallOptions(dir.path(), kSeed);
    options.threads = 1;
    options.writeNifti = false;
    CancelAfterFirst reporter;
    const PhantomResult result = generatePhantomDataset(options, &reporter);
    QVERIFY(result.cancelled);
    QVERIFY(result.error.isEmpty());
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"labels.json"_s)));
    QVERIFY(!QDir(dir.path()).exists(u"dicom/case-0002"_s));
}

QTEST_GUILESS_MAIN(PhantomGeneratorTest)
#include "PhantomGeneratorTest.moc"
