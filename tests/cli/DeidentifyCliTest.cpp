// `brainmd deidentify` end to end on the phantom: every byte of the release is searched for
// the originals, the release imports like the originals, and the keyed mapping is stable.
#include "privacy/DataSetCleaner.h"

#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmWriter.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/CliProcess.h"

using namespace brainmd;

namespace {
using testing::CliRun;
using testing::runCli;

QStringList filesUnder(const QString &folder) {
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString text(const gdcm::DataSet &ds, std::uint16_t group, std::uint16_t element) {
    const gdcm::Tag t(group, element);
    return ds.FindDataElement(t) ? QString::fromStdString(elementText(ds.GetDataElement(t)))
                                 : QString();
}

/// Every instance UID of `ds`, items of sequences included (not the standard's UIDs).
void collectUids(const gdcm::DataSet &ds, QSet<QString> *uids) {
    for (const gdcm::DataElement &de : ds.GetDES()) {
        const std::string vr = elementVr(de);
        if (vr == "UI") {
            const QString value = QString::fromStdString(elementText(de));
            for (const QString &uid : value.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
                if (!uid.startsWith(QStringLiteral("1.2.840.10008.")))
                    uids->insert(uid);
        } else if (vr == "SQ") {
            const gdcm::SmartPointer<gdcm::SequenceOfItems> items = de.GetValueAsSQ();
            for (gdcm::SequenceOfItems::SizeType i = 1; items && i <= items->GetNumberOfItems();
                 ++i)
                collectUids(items->GetItem(i).GetNestedDataSet(), uids);
        }
    }
}

QJsonObject countsOfImport(const QString &db, const QString &folder) {
    const CliRun run = runCli(
        {QStringLiteral("import"), QStringLiteral("--db"), db, folder, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("counts"))
        .toObject();
}

/// Errors dciodvfy (dicom3tools) reports for `path`.
int validatorErrors(const QString &dciodvfy, const QString &path) {
    QProcess process;
    process.start(dciodvfy, {path});
    process.waitForFinished(60000);
    const QString said =
        QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput());
    return int(
        said.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^Error"))).size());
}

bool writeKey(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray secret(32, '\0');
    for (char &c : secret)
        c = char(QRandomGenerator::global()->bounded(256));
    return file.write(secret) == secret.size();
}
} // namespace

class DeidentifyCliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noOriginalInAnyByte_data();
    void noOriginalInAnyByte();
    void releaseImportsLikeTheOriginals();
    void releaseIsPrivateUntilShared();
    void sameKeySameRelease();
    void otherKeyOtherUids();
    void burnedInAnnotationIsRefused();
    void mapIsPrivateAndApart();
    void mapGrowsWithItsKeyOnly();
    void headersSayWhatWasDone();
    void descriptorsCleanedOrKept();
    void validatorFindsNoNewErrors();
    void brokenFilesAreListedAndTheRunGoesOn();

private:
    CliRun deidentify(const QString &out, const QString &map, const QString &key,
                      bool keepDescriptors = false);

    QTemporaryDir m_dir;
    QString m_input;
    QString m_burned;
    QString m_key, m_otherKey;
    QJsonObject m_originalCounts;
    QSet<QString> m_originalUids;
    QHash<QString, QString> m_studyDateOf; ///< by original SOP Instance UID
    QStringList m_needles; ///< names, ids, birth dates, accession numbers, institutions
    CliRun m_runA;
    CliRun m_runE; ///< with --keep-descriptors
};

CliRun DeidentifyCliTest::deidentify(const QString &out, const QString &map, const QString &key,
                                     bool keepDescriptors) {
    QStringList arguments{
        QStringLiteral("deidentify"), QStringLiteral("--in"),  m_input,
        QStringLiteral("--out"),      m_dir.filePath(out),     QStringLiteral("--map"),
        m_dir.filePath(map),          QStringLiteral("--key"), key};
    if (keepDescriptors)
        arguments.append(QStringLiteral("--keep-descriptors"));
    return runCli(arguments);
}

void DeidentifyCliTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_input = m_dir.filePath(QStringLiteral("phantom"));
    const CliRun gen =
        runCli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("3"),
                QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--resolution"),
                QStringLiteral("2"), QStringLiteral("--out"), m_input});
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
    m_originalCounts = countsOfImport(m_dir.filePath(QStringLiteral("original.sqlite")), m_input);
    QCOMPARE(m_originalCounts.value(QStringLiteral("series_imported")).toInt(), 3);

    const QStringList originals = filesUnder(m_input + QStringLiteral("/dicom"));
    for (const QString &path : originals) {
        gdcm::Reader reader;
        reader.SetFileName(QFile::encodeName(path).constData());
        QVERIFY2(reader.Read(), qPrintable(path));
        const gdcm::DataSet &ds = reader.GetFile().GetDataSet();
        collectUids(ds, &m_originalUids);
        m_studyDateOf.insert(text(ds, 0x0008, 0x0018), text(ds, 0x0008, 0x0020));
        for (const auto &[group, element] :
             std::initializer_list<std::pair<int, int>>{{0x0010, 0x0010},
                                                        {0x0010, 0x0020},
                                                        {0x0010, 0x0030},
                                                        {0x0008, 0x0050},
                                                        {0x0008, 0x0080}}) {
            const QString value = text(ds, std::uint16_t(group), std::uint16_t(element));
            if (!value.isEmpty() && !m_needles.contains(value))
                m_needles.append(value);
        }
    }
    QVERIFY(m_originalUids.size() > originals.size()); // SOP, series, study, frame of reference
    QVERIFY(m_needles.size() >= 3 * 4);

    // One more file, flagged as showing burned-in text: it must be refused, by name.
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(originals.first()).constData());
    QVERIFY(reader.Read());
    gdcm::DataElement burned(gdcm::Tag(0x0028, 0x0301));
    burned.SetVR(gdcm::VR::CS);
    burned.SetByteValue("YES ", 4);
    reader.GetFile().GetDataSet().Replace(burned);
    m_burned = m_input + QStringLiteral("/dicom/extra/BURNED.dcm");
    QVERIFY(QDir().mkpath(m_input + QStringLiteral("/dicom/extra")));
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(m_burned).constData());
    QVERIFY(writer.Write());

    m_key = m_dir.filePath(QStringLiteral("key"));
    m_otherKey = m_dir.filePath(QStringLiteral("other-key"));
    QVERIFY(writeKey(m_key) && writeKey(m_otherKey));
    m_runA = deidentify(QStringLiteral("release-a"), QStringLiteral("private/map-a.json"), m_key);
    QVERIFY2(m_runA.exitCode == 1, qPrintable(m_runA.out + m_runA.err)); // 1: one refused
    m_runE =
        deidentify(QStringLiteral("release-e"), QStringLiteral("private/map-e.json"), m_key, true);
    QCOMPARE(m_runE.exitCode, 1);
}

void DeidentifyCliTest::noOriginalInAnyByte_data() {
    QTest::addColumn<QString>("release");
    QTest::newRow("basic profile") << QStringLiteral("release-a");
    QTest::newRow("clean descriptors") << QStringLiteral("release-e");
}

void DeidentifyCliTest::noOriginalInAnyByte() {
    QFETCH(QString, release);
    const QStringList files = filesUnder(m_dir.filePath(release));
    QCOMPARE(files.size(), filesUnder(m_input + QStringLiteral("/dicom")).size() - 1);
    QList<QByteArray> needles;
    for (const QString &needle : std::as_const(m_needles))
        needles.append(needle.toUtf8());
    for (const QString &uid : std::as_const(m_originalUids))
        needles.append(uid.toLatin1());
    for (const QString &path : files) {
        QVERIFY2(!path.contains(QStringLiteral("PHANTOM")) &&
                     !path.contains(QStringLiteral("case-")),
                 qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : std::as_const(needles))
            QVERIFY2(
                !bytes.contains(needle),
                qPrintable(QStringLiteral("%1 holds %2").arg(path, QString::fromUtf8(needle))));
    }
}

void DeidentifyCliTest::releaseImportsLikeTheOriginals() {
    const QJsonObject counts = countsOfImport(m_dir.filePath(QStringLiteral("release.sqlite")),
                                              m_dir.filePath(QStringLiteral("release-a")));
    for (const char *key :
         {"files_new", "series_imported", "cases_created", "segmentations_linked"})
        QVERIFY2(counts.value(QLatin1String(key)) == m_originalCounts.value(QLatin1String(key)),
                 key);
    QVERIFY(counts.value(QStringLiteral("segmentations_linked")).toInt() >= 1);
}

void DeidentifyCliTest::releaseIsPrivateUntilShared() {
    // Like every file brainmd writes: the owner decides when to share the release.
    constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QString release = m_dir.filePath(QStringLiteral("release-a"));
    QCOMPARE(QFile::permissions(release) & kOthers, QFileDevice::Permissions());
    QDirIterator it(release, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2((QFile::permissions(path) & kOthers) == QFileDevice::Permissions(),
                 qPrintable(path));
    }
}

void DeidentifyCliTest::sameKeySameRelease() {
    const CliRun again =
        deidentify(QStringLiteral("release-b"), QStringLiteral("private/map-b.json"), m_key);
    QCOMPARE(again.exitCode, 1);
    const QDir a(m_dir.filePath(QStringLiteral("release-a")));
    const QDir b(m_dir.filePath(QStringLiteral("release-b")));
    QStringList namesA, namesB;
    for (const QString &path : filesUnder(a.path()))
        namesA.append(a.relativeFilePath(path));
    for (const QString &path : filesUnder(b.path()))
        namesB.append(b.relativeFilePath(path));
    QCOMPARE(namesA, namesB);
    for (const QString &name : std::as_const(namesA)) {
        QFile fa(a.filePath(name)), fb(b.filePath(name));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QVERIFY2(fa.readAll() == fb.readAll(), qPrintable(name));
    }
}

void DeidentifyCliTest::otherKeyOtherUids() {
    const CliRun other =
        deidentify(QStringLiteral("release-c"), QStringLiteral("private/map-c.json"), m_otherKey);
    QCOMPARE(other.exitCode, 1);
    QSet<QString> uidsA, uidsC;
    for (const QString &path : filesUnder(m_dir.filePath(QStringLiteral("release-a"))))
        uidsA.insert(QFileInfo(path).completeBaseName());
    for (const QString &path : filesUnder(m_dir.filePath(QStringLiteral("release-c"))))
        uidsC.insert(QFileInfo(path).completeBaseName());
    QCOMPARE(uidsA.size(), uidsC.size());
    QVERIFY(!uidsA.intersects(uidsC));
}

void DeidentifyCliTest::burnedInAnnotationIsRefused() {
    QVERIFY2(m_runA.out.contains(QStringLiteral("refused: %1: BurnedInAnnotation").arg(m_burned)),
             qPrintable(m_runA.out));
    QVERIFY(m_runA.out.contains(QStringLiteral("1 refused")));
}

void DeidentifyCliTest::mapIsPrivateAndApart() {
    const QString map = m_dir.filePath(QStringLiteral("private/map-a.json"));
    const QFileInfo info(map);
    QVERIFY(info.exists());
    QCOMPARE(info.permissions() &
                 ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
             QFileDevice::Permissions());
    QFile file(map);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("patients")).toArray().size(), 3);
    QCOMPARE(root.value(QStringLiteral("uids")).toObject().size(), m_originalUids.size());
    for (const QString &uid : std::as_const(m_originalUids))
        QVERIFY(root.value(QStringLiteral("uids")).toObject().contains(uid));
    // A map inside the release would ship the way back with it.
    const CliRun inside =
        deidentify(QStringLiteral("release-d"), QStringLiteral("release-d/map.json"), m_key);
    QCOMPARE(inside.exitCode, 2);
    QVERIFY2(inside.err.contains(QStringLiteral("outside the output folder")),
             qPrintable(inside.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("release-d/map.json"))));
}

void DeidentifyCliTest::mapGrowsWithItsKeyOnly() {
    const QString map = m_dir.filePath(QStringLiteral("private/map-a.json"));
    const auto read = [&map] {
        QFile file(map);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    };
    const QJsonObject before = read();
    // Another key must not mix its values into this map: refused, the map as it was.
    const CliRun other =
        deidentify(QStringLiteral("release-g"), QStringLiteral("private/map-a.json"), m_otherKey);
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains(QStringLiteral("another key")), qPrintable(other.err));
    QCOMPARE(read(), before);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("release-g"))));
    // The same key again: the same patients and UIDs, one more run recorded.
    const CliRun same =
        deidentify(QStringLiteral("release-h"), QStringLiteral("private/map-a.json"), m_key);
    QCOMPARE(same.exitCode, 1);
    const QJsonObject after = read();
    QCOMPARE(after.value(QStringLiteral("patients")), before.value(QStringLiteral("patients")));
    QCOMPARE(after.value(QStringLiteral("uids")), before.value(QStringLiteral("uids")));
    QCOMPARE(after.value(QStringLiteral("runs")).toArray().size(),
             before.value(QStringLiteral("runs")).toArray().size() + 1);
}

void DeidentifyCliTest::headersSayWhatWasDone() {
    QFile mapFile(m_dir.filePath(QStringLiteral("private/map-a.json")));
    QVERIFY(mapFile.open(QIODevice::ReadOnly));
    const QJsonObject map = QJsonDocument::fromJson(mapFile.readAll()).object();
    QHash<QString, int> offsetOf;
    for (const QJsonValue &p : map.value(QStringLiteral("patients")).toArray())
        offsetOf.insert(p.toObject().value(QStringLiteral("pseudonym")).toString(),
                        p.toObject().value(QStringLiteral("date_offset_days")).toInt());
    QHash<QString, QString> originalOf;
    const QJsonObject uids = map.value(QStringLiteral("uids")).toObject();
    for (auto it = uids.begin(); it != uids.end(); ++it)
        originalOf.insert(it.value().toString(), it.key());
    int checked = 0;
    for (const QString &path : filesUnder(m_dir.filePath(QStringLiteral("release-a")))) {
        gdcm::Reader reader;
        reader.SetFileName(QFile::encodeName(path).constData());
        QVERIFY(reader.Read());
        const gdcm::DataSet &ds = reader.GetFile().GetDataSet();
        const QString pseudonym = text(ds, 0x0010, 0x0020);
        QCOMPARE(text(ds, 0x0010, 0x0010), pseudonym);
        QVERIFY(offsetOf.contains(pseudonym));
        QCOMPARE(text(ds, 0x0012, 0x0062), QStringLiteral("YES"));
        QCOMPARE(text(ds, 0x0028, 0x0303), QStringLiteral("MODIFIED"));
        QVERIFY(text(ds, 0x0010, 0x0030).isEmpty());
        QCOMPARE(text(ds, 0x0010, 0x0040).size(), 1); // sex kept
        // Every date of a patient moves by the patient's offset.
        const QString original = m_studyDateOf.value(originalOf.value(text(ds, 0x0008, 0x0018)));
        QVERIFY(!original.isEmpty());
        QCOMPARE(text(ds, 0x0008, 0x0020), QDate::fromString(original, QStringLiteral("yyyyMMdd"))
                                               .addDays(offsetOf.value(pseudonym))
                                               .toString(QStringLiteral("yyyyMMdd")));
        const gdcm::Tag codes(0x0012, 0x0064);
        QVERIFY(ds.FindDataElement(codes));
        const auto items = ds.GetDataElement(codes).GetValueAsSQ();
        QVERIFY(items && items->GetNumberOfItems() == 3); // 113100, 113107, 113108
        QCOMPARE(text(items->GetItem(1).GetNestedDataSet(), 0x0008, 0x0100),
                 QStringLiteral("113100"));
        ++checked;
    }
    QVERIFY(checked > 100);
}

void DeidentifyCliTest::descriptorsCleanedOrKept() {
    const CliRun &run = m_runE;
    // The study description names the patient's "PHANTOM"; the series description of the
    // MR series does not.
    QVERIFY2(run.out.contains(QStringLiteral("removed Study Description")), qPrintable(run.out));
    int kept = 0;
    for (const QString &path : filesUnder(m_dir.filePath(QStringLiteral("release-e")))) {
        gdcm::Reader reader;
        reader.SetFileName(QFile::encodeName(path).constData());
        QVERIFY(reader.Read());
        const gdcm::DataSet &ds = reader.GetFile().GetDataSet();
        QVERIFY(text(ds, 0x0008, 0x1030).isEmpty());
        kept += text(ds, 0x0008, 0x103E) == QLatin1String("T1 3D POST-CONTRAST SAG") ? 1 : 0;
    }
    QVERIFY(kept > 100);
}

void DeidentifyCliTest::validatorFindsNoNewErrors() {
    const QString dciodvfy = QStandardPaths::findExecutable(QStringLiteral("dciodvfy"));
    if (dciodvfy.isEmpty())
        QSKIP("dciodvfy (Debian package dicom3tools) is not installed");
    QFile mapFile(m_dir.filePath(QStringLiteral("private/map-a.json")));
    QVERIFY(mapFile.open(QIODevice::ReadOnly));
    const QJsonObject uids = QJsonDocument::fromJson(mapFile.readAll())
                                 .object()
                                 .value(QStringLiteral("uids"))
                                 .toObject();
    QHash<QString, QString> released; // new SOP Instance UID -> file
    for (const QString &path : filesUnder(m_dir.filePath(QStringLiteral("release-a"))))
        released.insert(QFileInfo(path).completeBaseName(), path);
    int compared = 0;
    for (const QString &path : filesUnder(m_input + QStringLiteral("/dicom"))) {
        // Every SEG and a few images of each series is enough to see a pattern.
        if (path == m_burned ||
            (!path.contains(QStringLiteral("SEG")) && !path.endsWith(QStringLiteral("0001.dcm")) &&
             !path.endsWith(QStringLiteral("0040.dcm"))))
            continue;
        gdcm::Reader reader;
        reader.SetFileName(QFile::encodeName(path).constData());
        QVERIFY(reader.Read());
        const QString sop = text(reader.GetFile().GetDataSet(), 0x0008, 0x0018);
        const QString copy = released.value(uids.value(sop).toString());
        QVERIFY2(!copy.isEmpty(), qPrintable(path));
        const int before = validatorErrors(dciodvfy, path);
        const int after = validatorErrors(dciodvfy, copy);
        QVERIFY2(
            after <= before,
            qPrintable(
                QStringLiteral("%1: %2 errors, its copy %3").arg(path).arg(before).arg(after)));
        ++compared;
    }
    QVERIFY(compared >= 3 * 2 + 1);
}

void DeidentifyCliTest::brokenFilesAreListedAndTheRunGoesOn() {
    // A SEG cut inside its header makes GDCM assert (abort); an image cut inside its pixel
    // data reads "fine" in GDCM. Both are listed with their reason; the good file is written.
    const QString folder = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList originals = filesUnder(m_input + QStringLiteral("/dicom"));
    const QString seg = originals.filter(QStringLiteral("SEG")).value(0);
    const QString image = originals.filter(QStringLiteral("IM0010")).value(0);
    QVERIFY(!seg.isEmpty() && !image.isEmpty());
    const auto writePrefix = [](const QString &from, const QString &to, qint64 bytes) {
        QFile in(from), out(to);
        return in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly) &&
               out.write(in.read(bytes)) == bytes;
    };
    QVERIFY(writePrefix(seg, folder + QStringLiteral("/cut-seg.dcm"), 700));
    QVERIFY(writePrefix(image, folder + QStringLiteral("/cut-image.dcm"), 3000));
    QVERIFY(QFile::copy(image, folder + QStringLiteral("/whole.dcm")));
    const CliRun run = runCli(
        {QStringLiteral("deidentify"), QStringLiteral("--in"), folder, QStringLiteral("--out"),
         m_dir.filePath(QStringLiteral("release-f")), QStringLiteral("--map"),
         m_dir.filePath(QStringLiteral("private/map-f.json")), QStringLiteral("--key"), m_key});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(
                 QStringLiteral("problem: %1/cut-seg.dcm: the de-identifier stopped on this file")
                     .arg(folder)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(
                 QStringLiteral("problem: %1/cut-image.dcm: the file ends inside its pixel data")
                     .arg(folder)),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("De-identified 1 of 3 file(s)")));
    QCOMPARE(filesUnder(m_dir.filePath(QStringLiteral("release-f"))).size(), 1);
}

QTEST_GUILESS_MAIN(DeidentifyCliTest)
#include "DeidentifyCliTest.moc"
