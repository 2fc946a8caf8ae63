// File → De-identified copy of DICOM files: the dialog runs the workflow as a job of the
// workspace (no study needs to be open) and says what it wrote and where the map is.

#include "io/phantom/PhantomGenerator.h"
#include "ui/jobs/Workspace.h"
#include "ui/main/DeidentifyDialog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestDeidentifyDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deidentifiesAFolderInTheBackground();
};

void TestDeidentifyDialog::deidentifiesAFolderInTheBackground() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PhantomOptions options;
    options.cases = 1;
    options.seed = 4;
    options.outDir = dir.filePath(QStringLiteral("phantom"));
    QVERIFY(generatePhantomDataset(options, nullptr).ok());
    const QString key = dir.filePath(QStringLiteral("key"));
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write("a secret of the test, 32 bytes..");
    keyFile.close();

    Workspace workspace;
    DeidentifyDialog dialog(workspace);
    dialog.setPaths(options.outDir, dir.filePath(QStringLiteral("release")),
                    dir.filePath(QStringLiteral("private/map.json")), key);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy done(&dialog, &DeidentifyDialog::finished);
    dialog.start();
    QVERIFY(done.wait(60000));
    const auto report = done.first().first().value<DeidentifyReport>();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.written > 20);
    QCOMPARE(report.patients, 1);
    QVERIFY(report.refused.empty() && report.failed.empty());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("private/map.json"))));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("de-identified")),
             qPrintable(dialog.resultText()));

    const QString shots = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(dialog.grab().save(shots + QStringLiteral("/deidentify-dialog.png")));
}

QTEST_MAIN(TestDeidentifyDialog)
#include "TestDeidentifyDialog.moc"
