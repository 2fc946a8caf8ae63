// Answer parsing from a table of real-looking model outputs, and task-pack validation.
#include "bench/AnswerParser.h"
#include "bench/TaskPack.h"

#include <QtTest>

using namespace brainmd;

class BenchParserTest : public QObject {
    Q_OBJECT

private:
    TaskPack m_pack;

private Q_SLOTS:
    void initTestCase() {
        const TaskPackResult result = defaultTaskPack();
        QVERIFY2(result.pack.has_value(), qPrintable(result.error));
        m_pack = *result.pack;
        QCOMPARE(m_pack.questions.size(), std::size_t(8));
    }

    void parse_data() {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("value");
        const QString present = QStringLiteral("lesion_present");
        const QString side = QStringLiteral("lesion_side");
        const QString lobe = QStringLiteral("lesion_lobe");
        const QString size = QStringLiteral("size_class");
        const QString plane = QStringLiteral("imaging_plane");
        const QString answered = QStringLiteral("answered");
        QTest::newRow("bare yes") << present << QStringLiteral("Yes") << answered
                                  << QStringLiteral("yes");
        QTest::newRow("yes with reason")
            << present
            << QStringLiteral("Yes, there is an enhancing mass in the left frontal lobe.")
            << answered << QStringLiteral("yes");
        QTest::newRow("no period")
            << present << QStringLiteral("No.") << answered << QStringLiteral("no");
        QTest::newRow("negated present") << present << QStringLiteral("There is no lesion present.")
                                         << answered << QStringLiteral("no");
        QTest::newRow("not visible")
            << present << QStringLiteral("A lesion is not visible on this slice") << answered
            << QStringLiteral("no");
        QTest::newRow("affirmative sentence")
            << present << QStringLiteral("A focal lesion is present.") << answered
            << QStringLiteral("yes");
        QTest::newRow("letter A") << present << QStringLiteral("A") << answered
                                  << QStringLiteral("yes");
        QTest::newRow("letter paren")
            << present << QStringLiteral("(B)") << answered << QStringLiteral("no");
        QTest::newRow("json") << present << QStringLiteral("```json\n{\"answer\": \"yes\"}\n```")
                              << answered << QStringLiteral("yes");
        QTest::newRow("json bool")
            << present << QStringLiteral("{\"answer\": false, \"confidence\": 0.7}") << answered
            << QStringLiteral("no");
        QTest::newRow("think block")
            << present << QStringLiteral("<think>maybe yes? no.</think>\nAnswer: No") << answered
            << QStringLiteral("no");
        QTest::newRow("markdown bold")
            << present << QStringLiteral("**Yes**") << answered << QStringLiteral("yes");
        QTest::newRow("cannot tell") << present << QStringLiteral("Cannot tell from this image.")
                                     << QStringLiteral("abstained") << QString();
        QTest::newRow("unable to determine")
            << side << QStringLiteral("I am unable to determine the side.")
            << QStringLiteral("abstained") << QString();
        QTest::newRow("empty") << present << QString() << QStringLiteral("unparsed") << QString();
        QTest::newRow("gibberish") << present << QStringLiteral("The image shows a brain MRI.")
                                   << QStringLiteral("unparsed") << QString();
        QTest::newRow("side text")
            << side << QStringLiteral("The lesion is in the left hemisphere.") << answered
            << QStringLiteral("left");
        QTest::newRow("side letter")
            << side << QStringLiteral("B) right") << answered << QStringLiteral("right");
        QTest::newRow("side option word")
            << side << QStringLiteral("Option C") << answered << QStringLiteral("none");
        QTest::newRow("side both named") << side << QStringLiteral("Could be left or right.")
                                         << QStringLiteral("unparsed") << QString();
        QTest::newRow("side leading option")
            << side << QStringLiteral("left; the right hemisphere is normal") << answered
            << QStringLiteral("left");
        QTest::newRow("side no lesion")
            << side << QStringLiteral("There is no lesion.") << answered << QStringLiteral("none");
        QTest::newRow("lobe sentence") << lobe << QStringLiteral("It involves the temporal lobe.")
                                       << answered << QStringLiteral("temporal");
        QTest::newRow("lobe article not letter")
            << lobe << QStringLiteral("a parietal mass") << answered << QStringLiteral("parietal");
        QTest::newRow("lobe letter out of range")
            << lobe << QStringLiteral("H") << QStringLiteral("unparsed") << QString();
        QTest::newRow("size synonym")
            << size << QStringLiteral("Moderate.") << answered << QStringLiteral("medium");
        QTest::newRow("size json") << size << QStringLiteral("{\"answer\":\"large\"}") << answered
                                   << QStringLiteral("large");
        QTest::newRow("plane synonym") << plane << QStringLiteral("Transverse (axial) plane")
                                       << answered << QStringLiteral("axial");
        QTest::newRow("plane letter")
            << plane << QStringLiteral("c.") << answered << QStringLiteral("sagittal");
    }

    void parse() {
        QFETCH(QString, question);
        QFETCH(QString, raw);
        QFETCH(QString, status);
        QFETCH(QString, value);
        const TaskQuestion *q = m_pack.question(question);
        QVERIFY(q != nullptr);
        const ParsedAnswer parsed = parseAnswer(raw, *q);
        QCOMPARE(parsedStatusName(parsed.status), status);
        QCOMPARE(parsed.value, value);
    }

    void lettersFollowShownOrder() {
        const TaskQuestion *q = m_pack.question(QStringLiteral("lesion_side"));
        const QStringList rotated{QStringLiteral("none"), QStringLiteral("left"),
                                  QStringLiteral("right")};
        QCOMPARE(parseAnswer(QStringLiteral("A"), *q, rotated).value, QStringLiteral("none"));
        QCOMPARE(parseAnswer(QStringLiteral("C"), *q, rotated).value, QStringLiteral("right"));
    }

    void rejectionOption() {
        const TaskQuestion *q = m_pack.question(QStringLiteral("lesion_lobe"));
        QStringList shown = q->optionValues();
        shown.append(QStringLiteral("none of the above"));
        const ParsedAnswer byText = parseAnswer(QStringLiteral("None of the above"), *q, shown,
                                                QStringLiteral("none of the above"));
        QCOMPARE(byText.status, ParsedAnswer::Status::Rejected);
        const ParsedAnswer byLetter =
            parseAnswer(QStringLiteral("G"), *q, shown, QStringLiteral("none of the above"));
        QCOMPARE(byLetter.status, ParsedAnswer::Status::Rejected);
    }

    void invalidPacks_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"x"})") << QStringLiteral("format");
        QTest::newRow("no questions")
            << QByteArray(
                   R"({"format":"brainbench-taskpack","format_version":1,"name":"n","version":"1"})")
            << QStringLiteral("questions");
        QTest::newRow("binary three options")
            << QByteArray(
                   R"({"format":"brainbench-taskpack","format_version":1,"name":"n","version":"1","questions":[{"id":"q","prompt":"p","type":"binary","options":["a","b","c"]}]})")
            << QStringLiteral("questions[0].options: a binary question needs exactly two options");
        QTest::newRow("bad type")
            << QByteArray(
                   R"({"format":"brainbench-taskpack","format_version":1,"name":"n","version":"1","questions":[{"id":"q","prompt":"p","type":"scale"}]})")
            << QStringLiteral("questions[0].type");
        QTest::newRow("duplicate id")
            << QByteArray(
                   R"({"format":"brainbench-taskpack","format_version":1,"name":"n","version":"1","questions":[{"id":"q","prompt":"p","type":"free_text"},{"id":"q","prompt":"p","type":"free_text"}]})")
            << QStringLiteral("questions[1].id: duplicate id 'q'");
        QTest::newRow("id with a path")
            << QByteArray(
                   R"({"format":"brainbench-taskpack","format_version":1,"name":"n","version":"1","questions":[{"id":"../../x","prompt":"p","type":"free_text"}]})")
            << QStringLiteral("questions[0].id: '../../x' must be");
        QTest::newRow("bad positive")
            << QByteArray(
                   R"({"format":"brainbench-taskpack","format_version":1,"name":"n","version":"1","questions":[{"id":"q","prompt":"p","type":"binary","options":["a","b"],"positive":"c"}]})")
            << QStringLiteral("questions[0].positive");
    }

    void invalidPacks() {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const TaskPackResult result = parseTaskPack(json);
        QVERIFY(!result.pack.has_value());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(BenchParserTest)
#include "tst_bench_parser.moc"
