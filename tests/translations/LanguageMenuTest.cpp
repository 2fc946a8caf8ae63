// The workstation's View ▸ Language menu: lists the compiled-in languages, stores the
// choice for the next start, and a translated start shows translated menus.

#include "ui/i18n/Translations.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace brainmd;

namespace {

QString s(const char *utf8) {
    return QString::fromUtf8(utf8);
}

QMenu *languageMenu(MainWindow &window) {
    const auto menus = window.menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->data().toString() == QLatin1String("de"))
                return menu;
        }
    }
    return nullptr;
}

QStringList topMenuTitles(MainWindow &window) {
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (QAction *action : actions)
        titles << action->text();
    return titles;
}

} // namespace

class LanguageMenuTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(s("BrainMD-language-menu-test"));
        Translations::setLanguageSetting({});
    }

    void cleanupTestCase() { Translations::setLanguageSetting({}); }

    void listsLanguagesAndStoresTheChoice() {
        MainWindow window;
        QMenu *menu = languageMenu(window);
        QVERIFY(menu != nullptr);
        QStringList codes, names;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            codes << action->data().toString();
            names << action->text();
        }
        QCOMPARE(codes, (QStringList{QString(), s("en"), s("de"), s("zh_CN")}));
        QCOMPARE(names.mid(1), (QStringList{s("English"), s("Deutsch"), s("简体中文")}));
        QVERIFY(actions.at(0)->isChecked()); // no setting: follow the system

        // Choosing tells the user it applies at the next start (a message box, closed here).
        bool informed = false;
        QTimer::singleShot(0, this, [&informed] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                informed = true;
                box->close();
            }
        });
        actions.at(2)->trigger();
        QVERIFY(informed);
        QCOMPARE(Translations::languageSetting(), s("de"));
        QVERIFY(actions.at(2)->isChecked());

        MainWindow next;
        QMenu *again = languageMenu(next);
        QVERIFY(again != nullptr);
        QVERIFY(again->actions().at(2)->isChecked());
    }

    void translatedStartShowsTranslatedMenus_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("de") << s("de") << QStringList{s("&Datei"), s("&Ansicht"), s("&Sitzung")};
        QTest::newRow("zh_CN") << s("zh_CN")
                               << QStringList{s("文件(&F)"), s("视图(&V)"), s("会话(&S)")};
    }

    void translatedStartShowsTranslatedMenus() {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        Translations::setLanguageSetting(language);
        QCOMPARE(Translations::install(*qApp), language);
        {
            MainWindow window;
            const QStringList shown = topMenuTitles(window);
            for (const QString &title : titles)
                QVERIFY2(shown.contains(title), qPrintable(shown.join(s(" | "))));
        }
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(LanguageMenuTest)
#include "LanguageMenuTest.moc"
