// Where the API key comes from: --api-key-env NAME, then BRAINMD_API_KEY, then
// OPENAI_API_KEY (then the keychain, off here: no session bus). The source is named, the
// key never.
#include "ui/platform/BenchApiKey.h"

#include <QtTest>

using namespace brainmd;

class TestBenchApiKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        for (const char *name :
             {"MY_VLM_KEY", "BRAINMD_API_KEY", "OPENAI_API_KEY", "DBUS_SESSION_BUS_ADDRESS"})
            qunsetenv(name);
    }

    void order_data() {
        QTest::addColumn<QString>("envName");
        QTest::addColumn<QStringList>("set"); ///< NAME=value
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("source");
        const QString named = QStringLiteral("MY_VLM_KEY");
        QTest::newRow("named first")
            << named
            << QStringList{QStringLiteral("MY_VLM_KEY=a"), QStringLiteral("BRAINMD_API_KEY=b"),
                           QStringLiteral("OPENAI_API_KEY=c")}
            << QStringLiteral("a") << QStringLiteral("environment variable MY_VLM_KEY");
        QTest::newRow("named unset: brainmd")
            << named
            << QStringList{QStringLiteral("BRAINMD_API_KEY=b"), QStringLiteral("OPENAI_API_KEY=c")}
            << QStringLiteral("b") << QStringLiteral("environment variable BRAINMD_API_KEY");
        QTest::newRow("openai only")
            << QStringLiteral("BRAINMD_API_KEY") << QStringList{QStringLiteral("OPENAI_API_KEY=c")}
            << QStringLiteral("c") << QStringLiteral("environment variable OPENAI_API_KEY");
        QTest::newRow("empty value skipped")
            << QString()
            << QStringList{QStringLiteral("BRAINMD_API_KEY= "), QStringLiteral("OPENAI_API_KEY=c")}
            << QStringLiteral("c") << QStringLiteral("environment variable OPENAI_API_KEY");
        QTest::newRow("none") << named << QStringList{} << QString() << QStringLiteral("none");
    }

    void order() {
        QFETCH(QString, envName);
        QFETCH(QStringList, set);
        QFETCH(QString, key);
        QFETCH(QString, source);
        for (const QString &pair : set) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            qputenv(pair.left(eq).toLatin1().constData(), pair.mid(eq + 1).toUtf8());
        }
        QString found;
        QCOMPARE(benchApiKey(envName, QStringLiteral("http://127.0.0.1:8000/v1"), &found), key);
        QCOMPARE(found, source);
        QVERIFY(key.isEmpty() || !found.contains(key + QLatin1Char(' ')));
    }

    void variablesListedOnce() {
        QCOMPARE(
            benchApiKeyVariables(QStringLiteral("OPENAI_API_KEY")),
            (QStringList{QStringLiteral("BRAINMD_API_KEY"), QStringLiteral("OPENAI_API_KEY")}));
        QCOMPARE(benchApiKeyVariables(QStringLiteral("X")).first(), QStringLiteral("X"));
    }
};

QTEST_GUILESS_MAIN(TestBenchApiKey)
#include "TestBenchApiKey.moc"
