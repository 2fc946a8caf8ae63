// Two files with the same SOPInstanceUID and different pixels: one copy is chosen by a fixed
// rule after decoding, the other is reported, and importing the folder again changes
// nothing (it used to swap them on every re-import: "1 new, 1 updated").

#include "DbTestData.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "workflows/ImportService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <cstring>

using namespace brainmd;

namespace {

/// Adds `delta` to every 16-bit stored value of a native file: same header, other pixels.
bool changePixels(const QString &path, int delta) {
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return false;
    gdcm::DataSet &ds = reader.GetFile().GetDataSet();
    gdcm::DataElement pixels = ds.GetDataElement(gdcm::Tag(0x7fe0, 0x0010));
    const gdcm::ByteValue *bv = pixels.GetByteValue();
    if (bv == nullptr)
        return false;
    std::vector<char> bytes(bv->GetPointer(), bv->GetPointer() + bv->GetLength());
    for (std::size_t n = 0; n + 1 < bytes.size(); n += 2) {
        std::int16_t v;
        std::memcpy(&v, bytes.data() + n, 2);
        v = static_cast<std::int16_t>(v + delta);
        std::memcpy(bytes.data() + n, &v, 2);
    }
    pixels.SetByteValue(bytes.data(), static_cast<std::uint32_t>(bytes.size()));
    ds.Replace(pixels);
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(path).constData());
    return writer.Write();
}

} // namespace

class TestImportDuplicates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void differentPixelsStayResolvedTheSameWay();
};

void TestImportDuplicates::differentPixelsStayResolvedTheSameWay() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("s1"));
    QCOMPARE(
        test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("ACC001"), 1, 1, 1}, folder),
        QString());
    const QString original = QDir(folder).filePath(QStringLiteral("IM0005.dcm"));
    const QString copy = QDir(folder).filePath(QStringLiteral("IM0005-copy.dcm"));
    QVERIFY(QFile::copy(original, copy));
    QVERIFY(changePixels(copy, 11));
    Database db;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("cases.db"))), QString());
    const QString pathOfCopies =
        QStringLiteral("SELECT file_path FROM instances WHERE file_path LIKE '%IM0005%'");
    QString chosen;
    for (int round = 0; round < 3; ++round) {
        const ImportReport report =
            ImportService(borrowedStorage(db)).import({folder}, {}, nullptr);
        QCOMPARE(report.problems.size(), std::size_t(1));
        // Of the copies that decode, the first by path ("-" sorts before ".").
        QCOMPARE(report.problems.front().path, original);
        QVERIFY2(report.problems.front().reason.contains(
                     QStringLiteral("duplicate SOPInstanceUID with different pixels")),
                 test::describe(report).constData());
        QCOMPARE(report.counts.seriesImported, round == 0 ? 1 : 0);
        QCOMPARE(report.counts.seriesUpdated, 0);
        QCOMPARE(test::rowCount(db, QStringLiteral("instances")), 10);
        const QString stored = test::scalar(db, pathOfCopies).toString();
        QVERIFY(stored.endsWith(QStringLiteral("IM0005-copy.dcm")));
        if (round > 0)
            QCOMPARE(stored, chosen);
        chosen = stored;
    }
}

QTEST_GUILESS_MAIN(TestImportDuplicates)
#include "TestImportDuplicates.moc"
