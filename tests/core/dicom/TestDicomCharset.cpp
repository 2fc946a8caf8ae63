// Text values are decoded per Specific Character Set (0008,0005). The byte strings are the
// patient names of pydicom's character-set test files (pydicom/data/charset_files, taken
// from the examples of DICOM PS3.5 Annexes H, I and J); before, everything but UTF-8 was
// read as Latin-1 and a GB18030 or ISO 2022 name was stored as mojibake.

#include "DicomTestUtil.h"

#include "io/dicom/DicomCharset.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;
using namespace brainmd::test;
using brainmd::dicom::decodeDicomText;
using brainmd::dicom::DicomTextKind;

class TestDicomCharset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesPersonNames_data();
    void decodesPersonNames();
    void plainTextKeepsBackslashValues();
    void headerReaderUsesDeclaredCharset();
};

void TestDicomCharset::decodesPersonNames_data() {
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ISO_IR 100 (German)") << QByteArray("ISO_IR 100")
                                         << QByteArray("\xc4neas^R\xfc"
                                                       "diger")
                                         << QStringLiteral("Äneas^Rüdiger");
    QTest::newRow("ISO_IR 144 (Cyrillic)") << QByteArray("ISO_IR 144")
                                           << QByteArray("\xbb\xee\xda"
                                                         "ce\xdc\xd1yp\xd3")
                                           << QStringLiteral("Люкceмбypг");
    QTest::newRow("ISO_IR 126 (Greek)")
        << QByteArray("ISO_IR 126") << QByteArray("\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2")
        << QStringLiteral("Διονυσιος");
    QTest::newRow("ISO_IR 138 (Hebrew)")
        << QByteArray("ISO_IR 138") << QByteArray("\xf9\xf8\xe5\xef^\xe3\xe1\xe5\xf8\xe4")
        << QStringLiteral("שרון^דבורה");
    QTest::newRow("ISO_IR 192 (UTF-8)")
        << QByteArray("ISO_IR 192")
        << QByteArray("Wang^XiaoDong=\xe7\x8e\x8b^\xe5\xb0\x8f\xe6\x9d\xb1=")
        << QStringLiteral("Wang^XiaoDong=王^小東=");
    QTest::newRow("GB18030") << QByteArray("GB18030")
                             << QByteArray("Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab=")
                             << QStringLiteral("Wang^XiaoDong=王^小东=");
    QTest::newRow("ISO 2022 IR 87 (Japanese kanji, escapes)")
        << QByteArray("\\ISO 2022 IR 87")
        << QByteArray("Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^\x1b$B$?"
                      "$m$&\x1b(B")
        << QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう");
    QTest::newRow("ISO 2022 IR 13 + IR 87 (half-width katakana, kanji)")
        << QByteArray("ISO 2022 IR 13\\ISO 2022 IR 87")
        << QByteArray("\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J=\x1b$B$d$^$@"
                      "\x1b(J^\x1b$B$?$m$&\x1b(J")
        << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
    QTest::newRow("ISO 2022 IR 149 (Korean)")
        << QByteArray("\\ISO 2022 IR 149")
        << QByteArray("Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7=\x1b$)C\xc8\xab^\x1b$)"
                      "C\xb1\xe6\xb5\xbf")
        << QStringLiteral("Hong^Gildong=洪^吉洞=홍^길동");
}

void TestDicomCharset::decodesPersonNames() {
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(decodeDicomText(raw.toStdString(), charset.toStdString(), DicomTextKind::PersonName),
             expected);
}

void TestDicomCharset::plainTextKeepsBackslashValues() {
    // A study description in Latin-9 with two values: the euro sign is 0xA4 there.
    QCOMPARE(decodeDicomText(std::string("Kopf \xa4\\MRT"), "ISO_IR 203"),
             QStringLiteral("Kopf €\\MRT"));
    // An unknown term keeps the bytes readable rather than dropping the value.
    QCOMPARE(decodeDicomText(std::string("Ren\xe9"), "NOT A CHARSET"), QStringLiteral("René"));
    QCOMPARE(decodeDicomText("plain ascii", "GB18030"), QStringLiteral("plain ascii"));
}

void TestDicomCharset::headerReaderUsesDeclaredCharset() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Volume volume = syntheticVolume({8, 8, 2}, Eigen::Vector3d(1.0, 1.0, 2.0),
                                          Eigen::Vector3d(0, 0, 0), Eigen::Matrix3d::Identity());
    QCOMPARE(writeDicomSeries(volume, metadata(), dir.path()), QString());
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    const QString path = QDir(dir.path()).filePath(files.first());
    QVERIFY(setRawTag(path, 0x0008, 0x0005, QStringLiteral("CS"), "GB18030"));
    QVERIFY(setRawTag(path, 0x0010, 0x0010, QStringLiteral("PN"),
                      "Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab="));
    QVERIFY(setRawTag(path, 0x0008, 0x1030, QStringLiteral("LO"), "\xc4\xd4\xb2\xbf MRI"));
    const DicomHeaderResult result = readDicomHeader(path);
    const auto *info = std::get_if<DicomFileInfo>(&result);
    QVERIFY2(info, std::holds_alternative<FileProblem>(result)
                       ? qPrintable(std::get<FileProblem>(result).reason)
                       : "");
    QCOMPARE(info->patientName, QStringLiteral("Wang^XiaoDong=王^小东="));
    QCOMPARE(info->studyDescription, QStringLiteral("脑部 MRI"));
}

QTEST_GUILESS_MAIN(TestDicomCharset)
#include "TestDicomCharset.moc"
