// The pieces of de-identification that need no files: keyed values, date shifting, the
// profile's decisions, and the helper's containment of a dying process.
#include "privacy/ContainedDeidentifier.h"
#include "privacy/DateShift.h"
#include "privacy/DeidentifyProfile.h"
#include "privacy/PseudonymKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class PrivacyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decimalOfBytes_data();
    void decimalOfBytes();
    void keyedValuesAreStableAndKeyed();
    void shortKeyIsRefused();
    void datesShift_data();
    void datesShift();
    void profileDecisions_data();
    void profileDecisions();
    void helperDeathCostsOneFile();
};

void PrivacyTest::decimalOfBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("decimal");
    QTest::newRow("zero") << QByteArray(4, '\0') << QStringLiteral("0");
    QTest::newRow("256") << QByteArray::fromHex("0100") << QStringLiteral("256");
    QTest::newRow("2^64-1") << QByteArray::fromHex("ffffffffffffffff")
                            << QStringLiteral("18446744073709551615");
    QTest::newRow("2^128-1") << QByteArray::fromHex("ffffffffffffffffffffffffffffffff")
                             << QStringLiteral("340282366920938463463374607431768211455");
}

void PrivacyTest::decimalOfBytes() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, decimal);
    QCOMPARE(bigEndianDecimal(bytes), decimal);
}

void PrivacyTest::keyedValuesAreStableAndKeyed() {
    const PseudonymKey a(QByteArray("0123456789abcdef-a"));
    const PseudonymKey again(QByteArray("0123456789abcdef-a"));
    const PseudonymKey b(QByteArray("0123456789abcdef-b"));
    const QString uid = QStringLiteral("1.2.3.4.5");
    QCOMPARE(a.mapUid(uid), again.mapUid(uid));
    QVERIFY(a.mapUid(uid) != b.mapUid(uid));
    QVERIFY(a.mapUid(uid) != a.mapUid(QStringLiteral("1.2.3.4.6")));
    QVERIFY(a.mapUid(uid).startsWith(QStringLiteral("2.25.")));
    QVERIFY(a.mapUid(uid).size() <= 64);
    QCOMPARE(a.patientPseudonym(QStringLiteral("P1")),
             again.patientPseudonym(QStringLiteral("P1")));
    QVERIFY(a.patientPseudonym(QStringLiteral("P1")) != b.patientPseudonym(QStringLiteral("P1")));
    for (const char *id : {"P1", "P2", "P3", "PHANTOM0001"}) {
        const int days = a.dateOffsetDays(QString::fromLatin1(id));
        QVERIFY2(days <= -366 && days >= -3652, qPrintable(QString::number(days)));
        QCOMPARE(days, again.dateOffsetDays(QString::fromLatin1(id)));
    }
}

void PrivacyTest::shortKeyIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("short\n");
    file.close();
    QString error;
    QVERIFY(!PseudonymKey::fromFile(path, &error).isValid());
    QVERIFY(error.contains(QStringLiteral("16")));
    QVERIFY(!PseudonymKey::fromFile(dir.filePath(QStringLiteral("none")), &error).isValid());
}

void PrivacyTest::datesShift_data() {
    QTest::addColumn<QString>("vr");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("shifted");
    QTest::newRow("date") << QStringLiteral("DA") << QStringLiteral("20240301") << -1
                          << QStringLiteral("20240229");
    QTest::newRow("year back") << QStringLiteral("DA") << QStringLiteral("20240301") << -366
                               << QStringLiteral("20230301");
    QTest::newRow("values") << QStringLiteral("DA") << QStringLiteral("20240301\\20240302") << -1
                            << QStringLiteral("20240229\\20240301");
    QTest::newRow("range") << QStringLiteral("DA") << QStringLiteral("20240301-20240310") << -1
                           << QStringLiteral("20240229-20240309");
    QTest::newRow("old form") << QStringLiteral("DA") << QStringLiteral("2024.03.01") << -1
                              << QStringLiteral("");
    QTest::newRow("empty") << QStringLiteral("DA") << QStringLiteral("") << -5
                           << QStringLiteral("");
    QTest::newRow("datetime") << QStringLiteral("DT") << QStringLiteral("20240301083000.5-0500")
                              << -1 << QStringLiteral("20240229083000.5-0500");
    QTest::newRow("year only") << QStringLiteral("DT") << QStringLiteral("2024") << -1
                               << QStringLiteral("");
}

void PrivacyTest::datesShift() {
    QFETCH(QString, vr);
    QFETCH(QString, value);
    QFETCH(int, days);
    QFETCH(QString, shifted);
    QCOMPARE(vr == QLatin1String("DA") ? shiftDicomDate(value, days)
                                       : shiftDicomDateTime(value, days),
             shifted);
}

void PrivacyTest::profileDecisions_data() {
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("element");
    QTest::addColumn<QString>("vr");
    QTest::addColumn<bool>("cleanDescriptors");
    QTest::addColumn<int>("action");
    const auto row = [](const char *name, int g, int e, const char *vr, bool clean, TagAction a) {
        QTest::newRow(name) << g << e << QString::fromLatin1(vr) << clean << int(a);
    };
    row("patient name", 0x0010, 0x0010, "PN", false, TagAction::Pseudonym);
    row("patient id", 0x0010, 0x0020, "LO", false, TagAction::Pseudonym);
    row("birth date", 0x0010, 0x0030, "DA", false, TagAction::Empty);
    row("sex kept", 0x0010, 0x0040, "CS", false, TagAction::Keep);
    row("weight kept", 0x0010, 0x1030, "DS", false, TagAction::Keep);
    row("accession", 0x0008, 0x0050, "SH", false, TagAction::Empty);
    row("institution", 0x0008, 0x0080, "LO", false, TagAction::Remove);
    row("study date", 0x0008, 0x0020, "DA", false, TagAction::ShiftDate);
    row("study time", 0x0008, 0x0030, "TM", false, TagAction::Keep);
    row("study uid", 0x0020, 0x000D, "UI", false, TagAction::MapUid);
    row("referenced sop", 0x0008, 0x1155, "UI", false, TagAction::MapUid);
    row("sop class", 0x0008, 0x0016, "UI", false, TagAction::Keep);
    row("referenced class", 0x0008, 0x1150, "UI", false, TagAction::Keep);
    row("private", 0x0029, 0x1010, "OB", false, TagAction::Remove);
    row("overlay data", 0x6000, 0x3000, "OW", false, TagAction::Remove);
    row("overlay rows", 0x6000, 0x0010, "US", false, TagAction::Remove);
    row("icon image", 0x0088, 0x0200, "SQ", false, TagAction::Remove);
    row("trial subject", 0x0012, 0x0040, "LO", false, TagAction::Remove);
    row("other person", 0x0040, 0xA123, "PN", false, TagAction::Empty);
    row("series description", 0x0008, 0x103E, "LO", false, TagAction::Remove);
    row("series description cleaned", 0x0008, 0x103E, "LO", true, TagAction::CleanDescriptor);
    row("device serial", 0x0018, 0x1000, "LO", false, TagAction::Dummy);
    row("rows", 0x0028, 0x0010, "US", false, TagAction::Keep);
    row("source images", 0x0008, 0x2112, "SQ", false, TagAction::Keep);
}

void PrivacyTest::profileDecisions() {
    QFETCH(int, group);
    QFETCH(int, element);
    QFETCH(QString, vr);
    QFETCH(bool, cleanDescriptors);
    QFETCH(int, action);
    DeidentifyOptions options;
    options.cleanDescriptors = cleanDescriptors;
    const std::string code = vr.toStdString();
    QCOMPARE(
        int(DeidentifyProfile(options).action(std::uint16_t(group), std::uint16_t(element), code)),
        action);
}

void PrivacyTest::helperDeathCostsOneFile() {
    // A helper that dies at once stands for one that GDCM aborts in: the file fails with a
    // reason, and the next file gets a fresh helper.
    QTemporaryDir dir;
    ContainedDeidentifier deidentifier(PseudonymKey(QByteArray(32, 'k')), DeidentifyOptions{},
                                       dir.filePath(QStringLiteral("out")),
                                       QStringLiteral("/bin/false"));
    QVERIFY(deidentifier.contained());
    for (int i = 0; i < 2; ++i) {
        const FileDeidentification result =
            deidentifier.process(dir.filePath(QStringLiteral("x.dcm")));
        QCOMPARE(result.outcome, FileDeidentification::Outcome::Failed);
        QVERIFY2(result.reason.contains(QStringLiteral("stopped")), qPrintable(result.reason));
    }
    QCOMPARE(deidentifier.starts(), 2);
}

QTEST_GUILESS_MAIN(PrivacyTest)
#include "PrivacyTest.moc"
