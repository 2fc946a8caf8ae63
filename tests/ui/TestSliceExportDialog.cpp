// File → Export representative slices: the dialog runs the export as a job of the
// workspace and says what it wrote and what it could not.

#include "../db/DbTestData.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SqlStudyStorage.h"
#include "ui/annotation/SliceExportDialog.h"
#include "ui/jobs/Workspace.h"
#include "workflows/ImportService.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestSliceExportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsAReadersSlicesInTheBackground();
};

void TestSliceExportDialog::exportsAReadersSlicesInTheBackground() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("DLG1"), 1, 1, 1}, data),
             QString());
    Workspace workspace;
    QCOMPARE(workspace.open(dir.filePath(QStringLiteral("cases.db"))), QString());
    Database &db = workspace.database();
    QVERIFY(ImportService(borrowedStorage(db)).import({data}, {}, nullptr).problems.empty());
    const qint64 caseId = CaseRepository(db).caseByKey(QStringLiteral("DLG1"))->id;
    const auto bob =
        ReaderRepository(db).ensureReader(QStringLiteral("bob"), QStringLiteral("reader"));
    QVERIFY(AnnotationRepository(db).addMark({bob->id, 0}, caseId, View::Axial, 3, 0.0) > 0);

    SliceExportDialog dialog(workspace);
    QVERIFY(!dialog.setSource(QStringLiteral("reader:nobody")));
    QVERIFY(dialog.setSource(QStringLiteral("reader:bob")));
    dialog.setFolder(dir.filePath(QStringLiteral("out")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy done(&dialog, &SliceExportDialog::finished);
    dialog.startExport();
    QVERIFY(done.wait(30000));
    const auto report = done.first().first().value<SliceExportReport>();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.cases, 1);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/DLG1/DLG1_axial.nii.gz"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/DLG1/DLG1_best-in-set.dcm"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/brainmd-select.json"))));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("1 case(s) exported")),
             qPrintable(dialog.resultText()));

    const QString shots = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(dialog.grab().save(shots + QStringLiteral("/slice-export-dialog.png")));
}

QTEST_MAIN(TestSliceExportDialog)
#include "TestSliceExportDialog.moc"
