#include "ui/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace brainmd {

namespace {

const char *const kSettingKey = "language";

// Organisation scope: both programs (and their application-scoped QSettings, through
// QSettings' fallbacks) see one choice.
QSettings organisationSettings() {
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName());
}

QString g_currentLanguage = QStringLiteral("en");

bool isEnglish(const QLocale &locale) {
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QString Translations::requestedLanguage() {
    const QString fromEnvironment = qEnvironmentVariable("BRAINMD_LANG").trimmed();
    return fromEnvironment.isEmpty() ? languageSetting() : fromEnvironment;
}

QString Translations::install(QCoreApplication &app) {
    const QString requested = requestedLanguage();
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    g_currentLanguage = QStringLiteral("en");
    if (isEnglish(locale))
        return g_currentLanguage;

    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("brainmd"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return g_currentLanguage;
    }
    QCoreApplication::installTranslator(ours);
    g_currentLanguage = ours->language().isEmpty() ? locale.name() : ours->language();

    // Qt's own strings (standard buttons, --help of QCommandLineParser): optional, since
    // the qt6-translations package may be missing.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return g_currentLanguage;
}

QStringList Translations::availableLanguages() {
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("brainmd_*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes.append(file.mid(8, file.size() - 8 - 3));
    return codes;
}

QString Translations::nativeName(const QString &code) {
    if (code.isEmpty())
        return {};
    const QLocale locale(code);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalHanScript ? QStringLiteral("繁體中文")
                                                                : QStringLiteral("简体中文");
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString Translations::languageSetting() {
    return organisationSettings().value(QLatin1String(kSettingKey)).toString();
}

void Translations::setLanguageSetting(const QString &code) {
    QSettings settings = organisationSettings();
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingKey));
    else
        settings.setValue(QLatin1String(kSettingKey), code);
}

QString Translations::currentLanguage() {
    return g_currentLanguage;
}

QString Translations::cjkFontFile() {
    const QString language = g_currentLanguage.section(QLatin1Char('_'), 0, 0);
    if (language != QLatin1String("zh") && language != QLatin1String("ja") &&
        language != QLatin1String("ko"))
        return {};
    // Debian's packages; the first one present wins (all cover Simplified Chinese).
    const char *const candidates[] = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                                      "/usr/share/fonts/truetype/arphic/uming.ttc",
                                      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"};
    for (const char *candidate : candidates) {
        if (QFile::exists(QLatin1String(candidate)))
            return QLatin1String(candidate);
    }
    return {};
}

} // namespace brainmd
