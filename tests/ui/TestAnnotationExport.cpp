// The workstation's annotation exports (File ▸ Export annotations): cells that a
// spreadsheet would run as formulas (a reader's free text, a case key from outside) are
// defused through the one CSV writer, and the files are private to their owner (0600)
// like the database they come from.

#include "../db/DbTestData.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SqlStudyStorage.h"
#include "ui/annotation/AnnotationExport.h"
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
    QCOMPARE(exportAnnotationsCsv(db, csvPath), QString());
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
    QCOMPARE(exportAnnotationsJson(db, jsonPath), QString());
    QVERIFY(isPrivate(jsonPath));
}

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "TestAnnotationExport.moc"
