// The `brainmd` executable end to end on phantom data: real processes, real files.
#include "io/nifti/NiftiIO.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/CliProcess.h"

using namespace brainmd;

namespace {
using testing::CliRun;
using testing::runCli;

QJsonObject jsonObject(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

class CliEndToEndTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndUsage();
    void usageErrors_data();
    void usageErrors();
    void importIsIdempotent();
    void casesListsPhantomWithSideFiles();
    void exportVolumeKeepsGeometry();
    void exportSliceWritesViewerPng();
    void badFilesAreListedAndImportGoesOn();
    void segReferenceSlicesAgreeWithPhantomTruth();
    void demoRunsTheMainJob();

private:
    QTemporaryDir m_dir;
    QString m_data;
    QString m_db;
};

void CliEndToEndTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("phantom"));
    m_db = m_dir.filePath(QStringLiteral("study.sqlite"));
    const CliRun gen =
        runCli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("3"),
                QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--resolution"),
                QStringLiteral("2"), QStringLiteral("--out"), m_data});
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
    QVERIFY(QFile::exists(m_data + QStringLiteral("/brainmd-dataset.json")));
    // Where the lesions lie is printed and written beside the truth, the same figures.
    QFile positions(m_data + QStringLiteral("/lesion-positions.json"));
    QVERIFY(positions.open(QIODevice::ReadOnly));
    const QJsonObject summary = QJsonDocument::fromJson(positions.readAll()).object();
    QVERIFY(summary.value(QStringLiteral("lesion_cases")).toInt() > 0);
    const double axial = summary.value(QStringLiteral("mean_distance_mm"))
                             .toObject()
                             .value(QStringLiteral("axial"))
                             .toDouble();
    QVERIFY2(gen.out.contains(QStringLiteral("|reference slice - centre slice|")),
             qPrintable(gen.out));
    QVERIFY2(
        gen.out.contains(QStringLiteral("axial: %1 mm").arg(QLocale().toString(axial, 'f', 1))),
        qPrintable(gen.out));
    QVERIFY2(gen.out.contains(QStringLiteral("Largest lesion per side: ")), qPrintable(gen.out));
    const CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db});
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains(QStringLiteral("schema version")));
}

void CliEndToEndTest::versionAndUsage() {
    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("brainmd ")));
    QVERIFY(version.out.contains(QStringLiteral("git ")));
    const CliRun help = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("Usage: brainmd import")));
    QVERIFY(help.out.contains(QStringLiteral("--labels")));
}

void CliEndToEndTest::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage: brainmd");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("import without db")
        << QStringList{QStringLiteral("import"), QStringLiteral("/tmp")}
        << QStringLiteral("--db FILE is required");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("cases"), QStringLiteral("--bogus")}
        << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("bad resolution")
        << QStringList{QStringLiteral("demo-data"), QStringLiteral("--resolution"),
                       QStringLiteral("3"), QStringLiteral("--out"), QStringLiteral("/tmp/x")}
        << QStringLiteral("--resolution 1 or 2");
    QTest::newRow("export what") << QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                                QStringLiteral("/tmp/x.sqlite")}
                                 << QStringLiteral("say what to export");
}

void CliEndToEndTest::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void CliEndToEndTest::importIsIdempotent() {
    const CliRun first = runCli(
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, m_data, QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0 || first.exitCode == 1, qPrintable(first.err));
    const QJsonObject a = jsonObject(first.out).value(QStringLiteral("counts")).toObject();
    QCOMPARE(a.value(QStringLiteral("series_imported")).toInt(), 3);
    QCOMPARE(a.value(QStringLiteral("cases_created")).toInt(), 3);
    QVERIFY(a.value(QStringLiteral("files_new")).toInt() > 100);
    QCOMPARE(a.value(QStringLiteral("labels_linked")).toInt(), 3 * 7);
    // The phantom writes each lesion case's truth mask as a DICOM SEG beside the series.
    const int masks = a.value(QStringLiteral("segmentations_linked")).toInt();
    int segFiles = 0;
    const QDir dicom(m_data + QStringLiteral("/dicom"));
    for (const QString &folder : dicom.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        segFiles += QFile::exists(dicom.filePath(folder + QStringLiteral("/SEG0001.dcm"))) ? 1 : 0;
    QVERIFY(segFiles >= 1);
    QCOMPARE(masks, segFiles);

    const CliRun second = runCli(
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, m_data, QStringLiteral("--json")});
    const QJsonObject b = jsonObject(second.out).value(QStringLiteral("counts")).toObject();
    QCOMPARE(b.value(QStringLiteral("files_new")).toInt(), 0);
    QCOMPARE(b.value(QStringLiteral("files_unchanged")).toInt(),
             a.value(QStringLiteral("files_new")).toInt());
    QCOMPARE(b.value(QStringLiteral("series_imported")).toInt(), 0);
    QCOMPARE(b.value(QStringLiteral("cases_created")).toInt(), 0);
    QCOMPARE(b.value(QStringLiteral("segmentations_linked")).toInt(), 0);
}

void CliEndToEndTest::casesListsPhantomWithSideFiles() {
    const CliRun run =
        runCli({QStringLiteral("cases"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray cases = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(cases.size(), 3);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QVERIFY(c.value(QStringLiteral("case")).toString().startsWith(QStringLiteral("BMD")));
        QCOMPARE(c.value(QStringLiteral("labels")).toInt(), 7);
        // The phantom truth's three, and three more from the DICOM SEG of a lesion case.
        const int references = c.value(QStringLiteral("reference_slices")).toInt();
        QVERIFY2(references == 3 || references == 6, qPrintable(QString::number(references)));
        QVERIFY(c.value(QStringLiteral("documents")).toInt() >= 1);
        // No patient names or ids in the listing: only the pseudonymous key.
        QVERIFY(!QJsonDocument(c).toJson().contains("PHANTOM^"));
    }
    const CliRun filtered = runCli({QStringLiteral("cases"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("--filter"), QStringLiteral("BMD0002")});
    QCOMPARE(filtered.exitCode, 0);
    QVERIFY(filtered.out.contains(QStringLiteral("BMD0002")));
    QVERIFY(!filtered.out.contains(QStringLiteral("BMD0001")));
}

void CliEndToEndTest::exportVolumeKeepsGeometry() {
    const QString out = m_dir.filePath(QStringLiteral("case2.nii.gz"));
    const CliRun run =
        runCli({QStringLiteral("export"), QStringLiteral("volume"), QStringLiteral("--db"), m_db,
                QStringLiteral("--case"), QStringLiteral("BMD0002"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const NiftiReadResult exported = readNifti(out);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    // The phantom can write the same case as NIfTI directly: the exported volume must
    // match it voxel for voxel and in geometry (DICOM → Volume → NIfTI).
    const QString direct = m_dir.filePath(QStringLiteral("direct"));
    const CliRun gen =
        runCli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("3"),
                QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--resolution"),
                QStringLiteral("2"), QStringLiteral("--nifti"), QStringLiteral("--out"), direct});
    QCOMPARE(gen.exitCode, 0);
    const QStringList niftis =
        QDir(direct + QStringLiteral("/nifti")).entryList({QStringLiteral("*.nii.gz")});
    QCOMPARE(niftis.size(), 3);
    const NiftiReadResult truth = readNifti(direct + QStringLiteral("/nifti/") + niftis.at(1));
    QVERIFY2(truth.ok(), qPrintable(truth.error));
    QVERIFY(exported.volume.geometry().sameGrid(truth.volume.geometry(), 1e-4));
    QCOMPARE(exported.volume.toFloat(), truth.volume.toFloat());

    const CliRun missing =
        runCli({QStringLiteral("export"), QStringLiteral("volume"), QStringLiteral("--db"), m_db,
                QStringLiteral("--case"), QStringLiteral("NOPE"), QStringLiteral("--out"), out});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("no case 'NOPE'")));
}

void CliEndToEndTest::exportSliceWritesViewerPng() {
    const QString out = m_dir.filePath(QStringLiteral("slice.png"));
    const CliRun run =
        runCli({QStringLiteral("export"), QStringLiteral("slice"), QStringLiteral("--db"), m_db,
                QStringLiteral("--case"), QStringLiteral("BMD0001"), QStringLiteral("--view"),
                QStringLiteral("coronal"), QStringLiteral("--reference"),
                QStringLiteral("phantom-truth"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QImage image(out);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 50 && image.height() > 50);
    // A brain is in the picture: the centre is brighter than the corner (background).
    QVERIFY(qGray(image.pixel(image.width() / 2, image.height() / 2)) >
            qGray(image.pixel(1, 1)) + 20);

    const CliRun badView =
        runCli({QStringLiteral("export"), QStringLiteral("slice"), QStringLiteral("--db"), m_db,
                QStringLiteral("--case"), QStringLiteral("BMD0001"), QStringLiteral("--view"),
                QStringLiteral("oblique"), QStringLiteral("--out"), out});
    QCOMPARE(badView.exitCode, 2);
    QVERIFY(badView.err.contains(QStringLiteral("axial, coronal or sagittal")));
    const CliRun badIndex =
        runCli({QStringLiteral("export"), QStringLiteral("slice"), QStringLiteral("--db"), m_db,
                QStringLiteral("--case"), QStringLiteral("BMD0001"), QStringLiteral("--view"),
                QStringLiteral("axial"), QStringLiteral("--index"), QStringLiteral("9999"),
                QStringLiteral("--out"), out});
    QCOMPARE(badIndex.exitCode, 2);
}

void CliEndToEndTest::badFilesAreListedAndImportGoesOn() {
    const QString folder = m_dir.filePath(QStringLiteral("mixed"));
    QVERIFY(QDir().mkpath(folder));
    const QString series = m_data + QStringLiteral("/dicom");
    const QString firstCase = QDir(series).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
    const QStringList files = QDir(series + QLatin1Char('/') + firstCase).entryList(QDir::Files);
    for (const QString &f : files)
        QVERIFY(QFile::copy(series + QLatin1Char('/') + firstCase + QLatin1Char('/') + f,
                            folder + QLatin1Char('/') + f));
    QFile junk(folder + QStringLiteral("/notes.dcm"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not DICOM");
    junk.close();
    const QString db = m_dir.filePath(QStringLiteral("mixed.sqlite"));
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, folder});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("problem: %1").arg(junk.fileName())),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("1 imported")));
}

// The lesion mask comes back through DICOM SEG (written by the phantom, read by the import)
// and gives the same largest cross-section as the phantom's own truth file, and exports
// as a label map on the case's grid.
void CliEndToEndTest::segReferenceSlicesAgreeWithPhantomTruth() {
    int compared = 0;
    for (const QString &key :
         {QStringLiteral("BMD0001"), QStringLiteral("BMD0002"), QStringLiteral("BMD0003")}) {
        const QString mask = m_dir.filePath(key + QStringLiteral("-mask.nii.gz"));
        const CliRun exported =
            runCli({QStringLiteral("export"), QStringLiteral("mask"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--case"), key, QStringLiteral("--out"), mask});
        if (exported.exitCode != 0) {
            QVERIFY2(exported.err.contains(QStringLiteral("no lesion mask")),
                     qPrintable(exported.err));
            continue;
        }
        const NiftiReadResult labels = readNifti(mask);
        QVERIFY2(labels.ok(), qPrintable(labels.error));
        const QString volume = m_dir.filePath(key + QStringLiteral("-volume.nii.gz"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("volume"), QStringLiteral("--db"),
                         m_db, QStringLiteral("--case"), key, QStringLiteral("--out"), volume})
                     .exitCode,
                 0);
        QVERIFY(labels.volume.geometry().sameGrid(readNifti(volume).volume.geometry(), 1e-4));
        QVERIFY(labels.volume.range().second >= 1.0f);
        for (const QString &view :
             {QStringLiteral("axial"), QStringLiteral("coronal"), QStringLiteral("sagittal")}) {
            QStringList images;
            for (const QString &source :
                 {QStringLiteral("DICOM SEG"), QStringLiteral("phantom-truth")}) {
                const QString png =
                    m_dir.filePath(QStringLiteral("%1-%2-%3.png").arg(key, view, source.left(5)));
                const CliRun slice = runCli(
                    {QStringLiteral("export"), QStringLiteral("slice"), QStringLiteral("--db"),
                     m_db, QStringLiteral("--case"), key, QStringLiteral("--view"), view,
                     QStringLiteral("--reference"), source, QStringLiteral("--out"), png});
                QVERIFY2(slice.exitCode == 0, qPrintable(slice.err));
                images.append(png);
            }
            QCOMPARE(QImage(images[0]), QImage(images[1]));
        }
        ++compared;
    }
    QVERIFY(compared >= 1);
}

void CliEndToEndTest::demoRunsTheMainJob() {
    const QString out = m_dir.filePath(QStringLiteral("demo"));
    const CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("--out"), out,
                               QStringLiteral("--cases"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("2 case(s)")));
    // What the BrainBench numbers can show, for the size the demo ran.
    QVERIFY2(run.out.contains(QStringLiteral("the other 1 are scored")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("With 1 evaluated cases")));
    QVERIFY(QFile::exists(out + QStringLiteral("/brainmd.sqlite")));
    // A second run reuses everything and adds nothing.
    const CliRun again = runCli({QStringLiteral("demo"), QStringLiteral("--out"), out,
                                 QStringLiteral("--cases"), QStringLiteral("2")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("0 new")));
}

QTEST_GUILESS_MAIN(CliEndToEndTest)
#include "CliEndToEndTest.moc"
