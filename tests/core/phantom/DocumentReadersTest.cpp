#include "io/documents/DocumentReaders.h"
#include "io/documents/CsvReader.h"
#include "io/documents/DocumentWriters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

/// What a reader made of a file, reduced to what the table checks.
struct Outcome {
    int rows = 0;
    QStringList problems;
    QString error;
    QString firstValue; ///< text / answer / "view:index:position" of the first row
};

template <typename T> void copyStatus(const ParseResult<T> &result, Outcome *outcome) {
    for (const FileProblem &problem : result.problems)
        outcome->problems << problem.reason;
    outcome->error = result.error;
}

Outcome readWith(const QString &reader, const QString &path) {
    Outcome outcome;
    if (reader == QLatin1String("documents")) {
        const auto result = readDocumentsFile(path);
        copyStatus(result, &outcome);
        outcome.rows = static_cast<int>(result.value.size());
        if (!result.value.empty())
            outcome.firstValue = result.value.front().text;
    } else if (reader == QLatin1String("labels")) {
        const auto result = readLabelFile(path);
        copyStatus(result, &outcome);
        outcome.rows = static_cast<int>(result.value.rows.size());
        if (!result.value.rows.empty())
            outcome.firstValue = result.value.rows.front().answer;
    } else {
        const auto result = readReferenceSliceFile(path);
        copyStatus(result, &outcome);
        outcome.rows = static_cast<int>(result.value.rows.size());
        if (!result.value.rows.empty()) {
            const ReferenceSliceRow &row = result.value.rows.front();
            outcome.firstValue = QStringLiteral("%1:%2:%3")
                                     .arg(QLatin1String(viewName(row.view)))
                                     .arg(row.sliceIndex)
                                     .arg(row.positionMm);
        }
    }
    return outcome;
}

} // namespace

class DocumentReadersTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesCsvRecords_data();
    void parsesCsvRecords();
    void readsFiles_data();
    void readsFiles();
    void writtenFilesReadBack();
    void readsManifest();
    void manifestOfRelativeFolderReadsBack();
    void rejectsBadManifest_data();
    void rejectsBadManifest();
};

void DocumentReadersTest::parsesCsvRecords_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("records"); // fields joined by '|'
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QByteArrayList{"a|b", "1|2"}
                           << QList<int>{1, 2};
    QTest::newRow("crlf and no final newline")
        << QByteArray("a,b\r\n1,2") << QByteArrayList{"a|b", "1|2"} << QList<int>{1, 2};
    QTest::newRow("quoted comma, quote and newline")
        << QByteArray("x\n\"a, \"\"b\"\"\nc\",d\ne,f\n")
        << QByteArrayList{"x", "a, \"b\"\nc|d", "e|f"} << QList<int>{1, 2, 3};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n") << QByteArrayList{"||", "|x|"}
                                  << QList<int>{1, 2};
    QTest::newRow("blank line counted, skipped")
        << QByteArray("a\n\nb\n") << QByteArrayList{"a", "b"} << QList<int>{1, 3};
    QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBF"
                                               "a,b\n")
                                 << QByteArrayList{"a|b"} << QList<int>{1};
}

void DocumentReadersTest::parsesCsvRecords() {
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, records);
    QFETCH(QList<int>, rows);
    const std::vector<CsvRecord> parsed = parseCsv(QString::fromUtf8(text));
    QCOMPARE(static_cast<int>(parsed.size()), records.size());
    for (int n = 0; n < records.size(); ++n) {
        QVERIFY(parsed[n].error.isEmpty());
        QCOMPARE(parsed[n].fields.join(QLatin1Char('|')), QString::fromUtf8(records.at(n)));
        QCOMPARE(parsed[n].row, rows.at(n));
    }
}

void DocumentReadersTest::readsFiles_data() {
    QTest::addColumn<QByteArray>("reader");
    QTest::addColumn<QByteArray>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QByteArrayList>("problems");
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<QByteArray>("firstValue");

    const QByteArray docHeader = "accession_number,patient_id,kind,text\r\n";
    QTest::newRow("documents csv, quoted text with comma, quote, newline")
        << QByteArray("documents") << QByteArray("reports.csv")
        << docHeader +
               "A1,P1,report,\"Mass, left \"\"frontal\"\" lobe.\r\nImpression: glioma.\"\r\n"
               "A2,P2,EHR,seizures\r\n"
        << 2 << QByteArrayList{} << QByteArray("")
        << QByteArray("Mass, left \"frontal\" lobe.\r\nImpression: glioma.");
    // Spreadsheet exports in UTF-16 carry a byte-order mark: read as text, not noise.
    const QString utf16Csv = QString::fromUtf8(docHeader + "A1,P1,report,Läsion frontal\r\n");
    QByteArray utf16Le("\xFF\xFE", 2);
    QByteArray utf16Be("\xFE\xFF", 2);
    for (const QChar c : utf16Csv) {
        const char low = static_cast<char>(c.unicode() & 0xFF);
        const char high = static_cast<char>(c.unicode() >> 8);
        utf16Le.append(low).append(high);
        utf16Be.append(high).append(low);
    }
    QTest::newRow("documents csv, UTF-16 LE with BOM")
        << QByteArray("documents") << QByteArray("reports.csv") << utf16Le << 1 << QByteArrayList{}
        << QByteArray("") << QByteArray("Läsion frontal");
    QTest::newRow("documents csv, UTF-16 BE with BOM")
        << QByteArray("documents") << QByteArray("reports.csv") << utf16Be << 1 << QByteArrayList{}
        << QByteArray("") << QByteArray("Läsion frontal");
    QTest::newRow("documents csv, UTF-8 with BOM")
        << QByteArray("documents") << QByteArray("reports.csv")
        << QByteArray("\xEF\xBB\xBF") + docHeader + "A1,P1,report,Läsion\r\n"
        << 1 << QByteArrayList{} << QByteArray("") << QByteArray("Läsion");
    // Spreadsheets on Western European Windows save "CSV" as Windows-1252: read it (the
    // umlaut and the euro sign survive, never U+FFFD) and say the encoding was guessed.
    QTest::newRow("documents csv, Windows-1252 without mark")
        << QByteArray("documents") << QByteArray("reports.csv")
        << docHeader + "A1,P1,report,L\xE4sion frontal \x80\r\n"
        << 1
        << QByteArrayList{"reports.csv is not UTF-8 (first at line 2); read as Windows-1252 "
                          "(Western European). Check accented names; save the file as UTF-8 "
                          "to be sure"}
        << QByteArray("") << QByteArray("Läsion frontal €");
    QTest::newRow("documents csv, byte neither UTF-8 nor Windows-1252")
        << QByteArray("documents") << QByteArray("reports.csv")
        << docHeader + "A1,P1,report,ok\r\nA2,P2,report,x\x81y\r\n"
        << 0 << QByteArrayList{}
        << QByteArray("reports.csv line 3: byte 0x81 is neither UTF-8 nor Windows-1252; save the "
                      "file as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again")
        << QByteArray("");
    QByteArray utf16LeBare;
    for (const QChar c : utf16Csv)
        utf16LeBare.append(static_cast<char>(c.unicode() & 0xFF))
            .append(static_cast<char>(c.unicode() >> 8));
    QTest::newRow("documents csv, UTF-16 LE without mark")
        << QByteArray("documents") << QByteArray("reports.csv") << utf16LeBare << 1
        << QByteArrayList{"reports.csv: no byte-order mark; read as UTF-16 LE from its zero bytes"}
        << QByteArray("") << QByteArray("Läsion frontal");
    // A NUL would cut the value short in C tools: the row is refused by line, the rest kept.
    QTest::newRow("documents csv, NUL and escape refused by line")
        << QByteArray("documents") << QByteArray("reports.csv")
        << docHeader + QByteArray("A1,P1,report,\"two\nlines\"\nA2,P2,report,cut@here\n"
                                  "A3,P3,report,bell\x1B\nA4,P4,report,fine\n")
                           .replace('@', '\0')
        << 2
        << QByteArrayList{"reports.csv line 4: column 'text' holds the control character NUL "
                          "(U+0000); the row is refused (remove it, or re-export the file as "
                          "plain text)",
                          "reports.csv line 5: column 'text' holds the control character U+001B; "
                          "the row is refused (remove it, or re-export the file as plain text)"}
        << QByteArray("") << QByteArray("two\nlines");
    QTest::newRow("labels json, escaped NUL refused")
        << QByteArray("labels") << QByteArray("labels.json")
        << QByteArray(R"({"format":"brainmd-labels","version":1,"labels":[
             {"accession_number":"A1\u0000x","question":"oedema","answer":"no"},
             {"accession_number":"A2","question":"oedema","answer":"yes"}]})")
        << 1
        << QByteArrayList{"labels.json entry 1: 'accession_number' holds the control character "
                          "NUL (U+0000); the entry is refused"}
        << QByteArray("") << QByteArray("yes");
    QTest::newRow("documents csv, row and line differ after a quoted line break")
        << QByteArray("documents") << QByteArray("reports.csv")
        << docHeader + "A1,P1,report,\"a\nb\"\nA2,P2,letter,x\n"
        << 1
        << QByteArrayList{"reports.csv row 3 (line 4): unknown kind 'letter' (report, ehr or "
                          "demographics)"}
        << QByteArray("") << QByteArray("a\nb");
    QTest::newRow("documents csv, unknown kind and no ids")
        << QByteArray("documents") << QByteArray("reports.csv")
        << docHeader + "A1,,letter,x\n,,report,y\nA3,P3,report,z\n"
        << 1
        << QByteArrayList{"reports.csv row 2: unknown kind 'letter' (report, ehr or demographics)",
                          "reports.csv row 3: neither accession_number nor patient_id is given"}
        << QByteArray("") << QByteArray("z");
    QTest::newRow("documents csv, unterminated quote")
        << QByteArray("documents") << QByteArray("reports.csv")
        << docHeader + "A1,P1,report,ok\nA2,P2,report,\"open\n"
        << 1 << QByteArrayList{"reports.csv row 3: a quoted field is not closed"} << QByteArray("")
        << QByteArray("ok");
    QTest::newRow("documents json, fields and missing kind")
        << QByteArray("documents") << QByteArray("ehr.json")
        << QByteArray(R"({"format":"brainmd-documents","version":1,"documents":[
             {"accession_number":"A1","kind":"demographics","fields":{"age":54,"sex":"F"}},
             {"patient_id":"P2","text":"x"}, 7]})")
        << 1
        << QByteArrayList{"ehr.json entry 2: missing 'kind'", "ehr.json entry 3: not an object"}
        << QByteArray("") << QByteArray("{\n  \"age\": 54,\n  \"sex\": \"F\"\n}");
    QTest::newRow("labels csv, row without answer")
        << QByteArray("labels") << QByteArray("labels.csv")
        << QByteArray("accession_number,patient_id,question,answer\n"
                      "A1,P1,lesion_present,yes\nA1,P1,lesion_side\nA1,P1,oedema,\n")
        << 1
        << QByteArrayList{"labels.csv row 3: missing column 'answer'",
                          "labels.csv row 4: empty 'answer'"}
        << QByteArray("") << QByteArray("yes");
    QTest::newRow("labels csv, header without answer")
        << QByteArray("labels") << QByteArray("labels.csv")
        << QByteArray("accession_number,question\nA1,x\n") << 0 << QByteArrayList{}
        << QByteArray("labels.csv: missing column 'answer'") << QByteArray("");
    QTest::newRow("labels json, unknown format")
        << QByteArray("labels") << QByteArray("labels.json")
        << QByteArray(R"({"format":"other","version":1})") << 0 << QByteArrayList{}
        << QByteArray("labels.json: unknown format 'other' (expected 'brainmd-labels')")
        << QByteArray("");
    QTest::newRow("labels json, newer version")
        << QByteArray("labels") << QByteArray("labels.json")
        << QByteArray(R"({"format":"brainmd-labels","version":2})") << 0 << QByteArrayList{}
        << QByteArray("labels.json: version 2 is not supported (this program reads up to 1)")
        << QByteArray("");
    QTest::newRow("labels json, not json")
        << QByteArray("labels") << QByteArray("labels.json") << QByteArray("{\"format\": ") << 0
        << QByteArrayList{} << QByteArray("labels.json: not a JSON object") << QByteArray("");
    QTest::newRow("labels json, boolean answer")
        << QByteArray("labels") << QByteArray("labels.json")
        << QByteArray(R"({"format":"brainmd-labels","version":1,"name":"n","labels":[
             {"accession_number":"A1","question":"oedema","answer":true}]})")
        << 1 << QByteArrayList{} << QByteArray("") << QByteArray("yes");
    QTest::newRow("references csv, unknown view and non-integer index")
        << QByteArray("references") << QByteArray("refs.csv")
        << QByteArray("accession_number,patient_id,view,index,position_mm\n"
                      "A1,P1,Axial,40,-12.5\nA1,P1,oblique,3,0\nA1,P1,coronal,12.5,0\n"
                      "A1,P1,sagittal,9,left\n")
        << 1
        << QByteArrayList{"refs.csv row 3: unknown view 'oblique' (axial, coronal or sagittal)",
                          "refs.csv row 4: index '12.5' is not a slice number",
                          "refs.csv row 5: position_mm 'left' is not a number"}
        << QByteArray("") << QByteArray("axial:40:-12.5");
    QTest::newRow("references json, non-integer and negative index")
        << QByteArray("references") << QByteArray("refs.json")
        << QByteArray(R"({"format":"brainmd-reference-slices","version":1,"slices":[
             {"accession_number":"A1","view":"coronal","index":3.5},
             {"accession_number":"A1","view":"coronal","index":-1},
             {"accession_number":"A1","view":"sagittal","index":7}]})")
        << 1
        << QByteArrayList{"refs.json entry 1: index '3.5' is not a slice number",
                          "refs.json entry 2: index '-1' is not a slice number"}
        << QByteArray("") << QByteArray("sagittal:7:0");
    QTest::newRow("references json, slices not an array")
        << QByteArray("references") << QByteArray("refs.json")
        << QByteArray(R"({"format":"brainmd-reference-slices","version":1,"slices":{}})") << 0
        << QByteArrayList{} << QByteArray("refs.json: \"slices\" must be an array")
        << QByteArray("");
}

void DocumentReadersTest::readsFiles() {
    QFETCH(QByteArray, reader);
    QFETCH(QByteArray, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, rows);
    QFETCH(QByteArrayList, problems);
    QFETCH(QByteArray, error);
    QFETCH(QByteArray, firstValue);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QString::fromUtf8(fileName), content);
    QVERIFY(!path.isEmpty());
    const Outcome outcome = readWith(QString::fromUtf8(reader), path);
    QStringList expectedProblems;
    for (const QByteArray &problem : problems)
        expectedProblems << QString::fromUtf8(problem);
    QCOMPARE(outcome.error, QString::fromUtf8(error));
    QCOMPARE(outcome.problems, expectedProblems);
    QCOMPARE(outcome.rows, rows);
    QCOMPARE(outcome.firstValue, QString::fromUtf8(firstValue));
}

void DocumentReadersTest::writtenFilesReadBack() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaseDocument report{u"A1"_s, u"P1"_s, u"report"_s, u"Line one, \"quoted\".\nLine two."_s,
                        {},      0};
    CaseDocument record{
        u"A1"_s, u"P1"_s, u"ehr"_s, u"{\n  \"symptoms\": [\n    \"headache\"\n  ]\n}"_s, {}, 0};
    QCOMPARE(writeDocumentsJson({report, record}, dir.filePath(u"docs.json"_s)), QString());
    const auto documents = readDocumentsFile(dir.filePath(u"docs.json"_s));
    QVERIFY(documents.ok());
    QCOMPARE(static_cast<int>(documents.value.size()), 2);
    QCOMPARE(documents.value[0].text, report.text);
    QCOMPARE(documents.value[1].text, record.text);
    QCOMPARE(documents.value[1].sourceRow, 2);

    LabelFile labels{u"truth"_s,
                     u"phantom"_s,
                     u"brainbench-default"_s,
                     {{u"A1"_s, u"P1"_s, u"oedema"_s, u"no"_s, 0}}};
    QCOMPARE(writeLabelFileJson(labels, dir.filePath(u"labels.json"_s)), QString());
    const auto readLabels = readLabelFile(dir.filePath(u"labels.json"_s));
    QVERIFY(readLabels.ok());
    QCOMPARE(readLabels.value.name, u"truth"_s);
    QCOMPARE(readLabels.value.kind, u"phantom"_s);
    QCOMPARE(readLabels.value.taskPack, u"brainbench-default"_s);
    QCOMPARE(readLabels.value.rows.front().answer, u"no"_s);

    ReferenceSliceFile references{
        u"truth"_s, u"basis"_s, {{u"A1"_s, u"P1"_s, View::Sagittal, 31, -4.25, 0}}};
    QCOMPARE(writeReferenceSliceFileJson(references, dir.filePath(u"refs.json"_s)), QString());
    const auto readRefs = readReferenceSliceFile(dir.filePath(u"refs.json"_s));
    QVERIFY(readRefs.ok());
    QCOMPARE(readRefs.value.basis, u"basis"_s);
    QCOMPARE(readRefs.value.rows.front().view, View::Sagittal);
    QCOMPARE(readRefs.value.rows.front().sliceIndex, 31);
    QCOMPARE(readRefs.value.rows.front().positionMm, -4.25);
}

void DocumentReadersTest::readsManifest() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatasetManifest manifest;
    QString error;
    QVERIFY(readDatasetManifest(dir.path(), &manifest, &error)); // no manifest: fine, empty
    QVERIFY(manifest.documentFiles.isEmpty());

    QVERIFY(QDir(dir.path()).mkpath(u"side"_s));
    QVERIFY(!writeFile(dir, u"side/reports.csv"_s, "accession_number,kind,text\n").isEmpty());
    QVERIFY(!writeFile(dir, u"labels.json"_s, "{}").isEmpty());
    DatasetManifest written;
    written.documentFiles = {dir.filePath(u"side/reports.csv"_s)};
    written.labelFiles = {dir.filePath(u"labels.json"_s)};
    QCOMPARE(writeDatasetManifest(dir.path(), written), QString());
    QVERIFY2(readDatasetManifest(dir.path(), &manifest, &error), qPrintable(error));
    QCOMPARE(manifest.documentFiles, written.documentFiles);
    QCOMPARE(manifest.labelFiles, written.labelFiles);
    QVERIFY(manifest.referenceFiles.isEmpty());
}

// "brainmd demo-data --out data" then "brainmd import data": the manifest named
// "data/labels.json", looked up as data/data/labels.json, and no side file was linked.
void DocumentReadersTest::manifestOfRelativeFolderReadsBack() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    QVERIFY(QDir().mkpath(u"data/side"_s));
    QVERIFY(!writeFile(dir, u"data/side/reports.csv"_s, "accession_number,kind,text\n").isEmpty());
    DatasetManifest written;
    written.documentFiles = {u"data/side/reports.csv"_s};
    const QString error = writeDatasetManifest(u"data"_s, written);
    DatasetManifest manifest;
    QString readError;
    const bool read = readDatasetManifest(u"data"_s, &manifest, &readError);
    QVERIFY(QDir::setCurrent(before));
    QCOMPARE(error, QString());
    QVERIFY2(read, qPrintable(readError));
    QCOMPARE(manifest.documentFiles, QStringList{dir.filePath(u"data/side/reports.csv"_s)});
}

void DocumentReadersTest::rejectsBadManifest_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("unknown format") << QByteArray(R"({"format":"brainmd-labels","version":1})")
                                    << QByteArray("brainmd-dataset.json: unknown format "
                                                  "'brainmd-labels' (expected 'brainmd-dataset')");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"brainmd-dataset","version":3})")
        << QByteArray("brainmd-dataset.json: version 3 is not supported (this "
                      "program reads up to 1)");
    QTest::newRow("missing file")
        << QByteArray(R"({"format":"brainmd-dataset","version":1,"labels":["gone.json"]})")
        << QByteArray("brainmd-dataset.json entry 1: 'gone.json' does not exist");
    QTest::newRow("not a name")
        << QByteArray(R"({"format":"brainmd-dataset","version":1,"references":[4]})")
        << QByteArray("brainmd-dataset.json entry 1: \"references\" must list file names");
}

void DocumentReadersTest::rejectsBadManifest() {
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!writeFile(dir, u"brainmd-dataset.json"_s, content).isEmpty());
    DatasetManifest manifest;
    QString message;
    QVERIFY(!readDatasetManifest(dir.path(), &manifest, &message));
    QCOMPARE(message, QString::fromUtf8(error));
}

QTEST_GUILESS_MAIN(DocumentReadersTest)
#include "DocumentReadersTest.moc"
