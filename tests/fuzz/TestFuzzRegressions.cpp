// Replays every input in tests/fuzz/regressions/<target>/ (inputs that once crashed a fuzz
// target, kept after the fix) and the generated seeds through the same entry functions the
// libFuzzer targets use, so that the fixes stay in place in the ordinary gcc build.

#include "FuzzEntries.h"
#include "FuzzSeeds.h"

#include "io/dicom/DicomScanner.h"
#include "io/nifti/NiftiIO.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();
    void everyRegressionFolderIsATarget();
    void seedsAreValidInputs();

private:
    QTemporaryDir m_seeds;
};

void TestFuzzRegressions::initTestCase() {
    QVERIFY(m_seeds.isValid());
    for (const fuzz::Target &target : fuzz::targets())
        QCOMPARE(fuzz::writeSeeds(target.name, m_seeds.filePath(target.name)), QString());
}

void TestFuzzRegressions::replay_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QString regressions = QStringLiteral(BRAINMD_SOURCE_DIR "/tests/fuzz/regressions");
    for (const fuzz::Target &target : fuzz::targets()) {
        QTest::addRow("%s/empty", qPrintable(target.name)) << target.name << QString();
        for (const QString &root :
             {m_seeds.filePath(target.name), QDir(regressions).filePath(target.name)}) {
            const QString kind = root.startsWith(regressions) ? QStringLiteral("regression")
                                                              : QStringLiteral("seed");
            QDirIterator it(root, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::addRow("%s/%s/%s", qPrintable(target.name), qPrintable(kind),
                              qPrintable(QFileInfo(path).fileName()))
                    << target.name << path;
            }
        }
    }
}

void TestFuzzRegressions::replay() {
    QFETCH(QString, target);
    QFETCH(QString, path);
    QByteArray bytes;
    if (!path.isEmpty()) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        bytes = file.readAll();
    }
    const fuzz::Entry entry = fuzz::entryOf(target);
    QVERIFY(entry != nullptr);
    // A regression fails by crashing or by a sanitizer report (in the asan build).
    QCOMPARE(entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                   static_cast<std::size_t>(bytes.size())),
             0);
}

void TestFuzzRegressions::everyRegressionFolderIsATarget() {
    const QDir regressions(QStringLiteral(BRAINMD_SOURCE_DIR "/tests/fuzz/regressions"));
    for (const QString &folder : regressions.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY2(fuzz::entryOf(folder) != nullptr, qPrintable(folder));
}

void TestFuzzRegressions::seedsAreValidInputs() {
    // The seeds must reach the deep end of each path: whole volumes, not early rejections.
    DicomScanResult scan = scanDicom({m_seeds.filePath(QStringLiteral("dicom"))}, {}, nullptr);
    for (const FileProblem &problem : scan.problems)
        QFAIL(qPrintable(problem.path + QStringLiteral(": ") + problem.reason));
    QCOMPARE(scan.images.size(), std::size_t(6));
    int volumes = 0;
    for (const SeriesGroup &group : groupIntoSeries(std::move(scan.images))) {
        const AssembledVolume assembled = assembleVolume(group, nullptr);
        QVERIFY2(assembled.ok(), qPrintable(assembled.error));
        ++volumes;
    }
    QVERIFY(volumes >= 1);
    const QDir nifti(m_seeds.filePath(QStringLiteral("nifti")));
    for (const QString &name : nifti.entryList(QDir::Files)) {
        const NiftiReadResult read = readNifti(nifti.filePath(name));
        QVERIFY2(read.ok(), qPrintable(read.error));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
