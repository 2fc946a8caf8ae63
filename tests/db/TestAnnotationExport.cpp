// The annotation exports (File ▸ Export annotations, `brainmd annotations export`): cells that a
// spreadsheet would run as formulas (a reader's free text, a case key from outside) are
// defused through the one CSV writer, and the files are private to their owner (0600)
// like the database they come from.

#include "DbTestData.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SqlStudyStorage.h"
#include "support/CliProcess.h"
#include "workflows/AnnotationExport.h"
#include "workflows/ImportService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

/// Readable and writable by its owner, nothing for the group or others (0600).
bool isPrivate(const QString &path) {
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & others);
}

} // namespace

class TestAnnotationExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvDefusesFormulasAndIsPrivate();
};

void TestAnnotationExport::csvDefusesFormulasAndIsPrivate() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(
        test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("PP1"), 1, 1, 1, {16, 16, 4}},
                              dir.filePath(QStringLiteral("data/1"))),
        QString());
    Database db;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("cases.db"))), QString());
    QVERIFY(ImportService(borrowedStorage(db))
                .import({dir.filePath(QStringLiteral("data"))}, {}, nullptr)
                .problems.empty());
    const qint64 caseId = CaseRepository(db).list().front().id;
    const ReaderRepository readers(db);
    const std::optional<Reader> reader =
        readers.ensureReader(QStringLiteral("@reader"), QStringLiteral("reader"));
    QVERIFY(reader.has_value());
    const std::optional<ReadingSession> session = readers.startSession(reader->id, {caseId});
    QVERIFY(session.has_value());
    const Authorship who{reader->id, session->id};
    const AnnotationRepository repo(db);
    QVERIFY(repo.addAnswer(who, caseId, QStringLiteral("finding"),
                           QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")) > 0);
    QVERIFY(repo.addMark(who, caseId, View::Axial, 2, -3.5) > 0);

    const QString csvPath = dir.filePath(QStringLiteral("out/annotations.csv"));
    QCOMPARE(exportAnnotationsCsv(*borrowedStorage(db), csvPath), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(",'@reader,")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(text.contains(QStringLiteral("-3.500"))); // a number stays a number
    QVERIFY(isPrivate(csvPath));

    const QString jsonPath = dir.filePath(QStringLiteral("out/annotations.json"));
    QCOMPARE(exportAnnotationsJson(*borrowedStorage(db), jsonPath), QString());
    QVERIFY(isPrivate(jsonPath));

    // The command line writes the same bytes: one implementation for both front ends.
    const QString viaCli = dir.filePath(QStringLiteral("out/cli.csv"));
    const testing::CliRun run =
        testing::runCli({QStringLiteral("annotations"), QStringLiteral("export"),
                         QStringLiteral("--db"), db.path(), QStringLiteral("--out"), viaCli});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile cliFile(viaCli);
    QVERIFY(cliFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(cliFile.readAll()), text);
    QVERIFY(isPrivate(viaCli));
    const QString agreement = dir.filePath(QStringLiteral("out/agreement.html"));
    const testing::CliRun page =
        testing::runCli({QStringLiteral("annotations"), QStringLiteral("agreement"),
                         QStringLiteral("--db"), db.path(), QStringLiteral("--out"), agreement});
    QVERIFY2(page.exitCode == 0, qPrintable(page.err));
    QFile html(agreement);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<table"));
    const testing::CliRun wrong = testing::runCli(
        {QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--db"), db.path(),
         QStringLiteral("--out"), viaCli, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(QLatin1String("csv or json")));
}

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "TestAnnotationExport.moc"
