// The interface language: Translations::install() honours BRAINMD_LANG and the setting,
// and the real `brainmd` prints its help and its messages in German and Chinese.

#include "ui/i18n/Translations.h"
#include "support/CliProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace brainmd;

namespace {

QString s(const char *utf8) {
    return QString::fromUtf8(utf8);
}

void uninstallAll() {
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

testing::CliRun cliIn(const QString &language, const QStringList &arguments) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRAINMD_LANG"), language);
    return testing::runCli(arguments, environment, 120'000);
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-translations-test"));
        Translations::setLanguageSetting({});
    }

    void cleanup() {
        uninstallAll();
        qunsetenv("BRAINMD_LANG");
        Translations::setLanguageSetting({});
    }

    void languagesAreCompiledIn() {
        const QStringList languages = Translations::availableLanguages();
        QCOMPARE(languages.value(0), s("en"));
        QVERIFY(languages.contains(s("de")));
        QVERIFY(languages.contains(s("zh_CN")));
        QCOMPARE(Translations::nativeName(s("de")), s("Deutsch"));
        QCOMPARE(Translations::nativeName(s("zh_CN")), s("简体中文"));
        QCOMPARE(Translations::nativeName(s("en")), s("English"));
    }

    void environmentChoosesLanguage_data() {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << s("de") << s("de") << s("Datenbank öffnen");
        QTest::newRow("de_AT falls back to de") << s("de_AT") << s("de") << s("Datenbank öffnen");
        QTest::newRow("zh_CN") << s("zh_CN") << s("zh_CN") << s("打开数据库");
        QTest::newRow("en") << s("en") << s("en") << s("Open database");
        QTest::newRow("untranslated language") << s("fr") << s("en") << s("Open database");
    }

    void environmentChoosesLanguage() {
        QFETCH(QString, variable);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        qputenv("BRAINMD_LANG", variable.toUtf8());
        QCOMPARE(Translations::install(*QCoreApplication::instance()), language);
        QCOMPARE(QCoreApplication::translate("brainmd", "Open database"), expected);
    }

    void pluralsFollowTheLanguage() {
        qputenv("BRAINMD_LANG", "de");
        QCOMPARE(Translations::install(*QCoreApplication::instance()), s("de"));
        QCOMPARE(QCoreApplication::translate("brainmd::CaseBrowser", "%n case(s)", nullptr, 1),
                 s("1 Fall"));
        QCOMPARE(QCoreApplication::translate("brainmd::CaseBrowser", "%n case(s)", nullptr, 3),
                 s("3 Fälle"));
    }

    void cjkFontOnlyForChinese() {
        qputenv("BRAINMD_LANG", "de");
        Translations::install(*QCoreApplication::instance());
        QCOMPARE(Translations::currentLanguage(), s("de"));
        QCOMPARE(Translations::cjkFontFile(), QString());
        uninstallAll();
        qputenv("BRAINMD_LANG", "zh_CN");
        Translations::install(*QCoreApplication::instance());
        QCOMPARE(Translations::currentLanguage(), s("zh_CN"));
        const QString font = Translations::cjkFontFile();
        QVERIFY(font.isEmpty() || QFile::exists(font)); // present only with a CJK font package
    }

    void settingAppliesUnlessEnvironmentOverrides() {
        Translations::setLanguageSetting(s("zh_CN"));
        QCOMPARE(Translations::languageSetting(), s("zh_CN"));
        QCOMPARE(Translations::requestedLanguage(), s("zh_CN"));
        QCOMPARE(Translations::install(*QCoreApplication::instance()), s("zh_CN"));
        uninstallAll();
        qputenv("BRAINMD_LANG", "de");
        QCOMPARE(Translations::requestedLanguage(), s("de"));
        QCOMPARE(Translations::install(*QCoreApplication::instance()), s("de"));
    }

    void cliHelpIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << s("en")
                            << QStringList{s("Usage: brainmd <command> [options]"),
                                           s("Global options:"), s("Create a case database")};
        QTest::newRow("de") << s("de")
                            << QStringList{s("Aufruf: brainmd <Befehl> [Optionen]"),
                                           s("Globale Optionen:"), s("Eine Falldatenbank anlegen")};
        QTest::newRow("zh_CN") << s("zh_CN")
                               << QStringList{s("用法：brainmd <命令> [选项]"), s("全局选项："),
                                              s("创建病例数据库")};
    }

    void cliHelpIsTranslated() {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const testing::CliRun run = cliIn(language, {s("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const QString &text : expected)
            QVERIFY2(run.out.contains(text), qPrintable(text + s(" not in:\n") + run.out));
    }

    // Messages of db/ (a plain class's file-local tr(): context "brainmd" at run time) and of
    // a command's own usage text.
    void cliMessagesAreTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("created");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("cannotOpen");
        QTest::newRow("en") << s("en") << s("Created ") << s("The case database (SQLite file).")
                            << s("brainmd init: Cannot open ");
        QTest::newRow("de") << s("de") << s(" angelegt (Schemaversion ")
                            << s("Die Falldatenbank (SQLite-Datei).")
                            << s(" kann nicht geöffnet werden: ");
        QTest::newRow("zh_CN") << s("zh_CN") << s("已创建 ") << s("病例数据库（SQLite 文件）。")
                               << s("brainmd init：无法打开 ");
    }

    void cliMessagesAreTranslated() {
        QFETCH(QString, language);
        QFETCH(QString, created);
        QFETCH(QString, usage);
        QFETCH(QString, cannotOpen);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const testing::CliRun init =
            cliIn(language, {s("init"), s("--db"), dir.filePath(s("cases.sqlite"))});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(created), qPrintable(init.out));
        const testing::CliRun help = cliIn(language, {s("cases"), s("--help")});
        QVERIFY2(help.out.contains(usage) || help.err.contains(usage),
                 qPrintable(help.out + help.err));

        QFile notADatabase(dir.filePath(s("notes.sqlite")));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        const testing::CliRun broken =
            cliIn(language, {s("init"), s("--db"), notADatabase.fileName()});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(cannotOpen), qPrintable(broken.err));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
