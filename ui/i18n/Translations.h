#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace brainmd {

/// Chooses the interface language and installs the translators for it. The language comes
/// from, in this order: the environment variable BRAINMD_LANG, the setting "language"
/// (organisation-wide, so the workstation's choice also applies to the `brainmd` CLI), the
/// system locale. Codes are "en", "de", "zh_CN"; empty means "follow the system". Our own
/// messages come from :/i18n/brainmd_<lang>.qm (compiled in), Qt's from qtbase_<lang>.qm
/// in Qt's translations folder when it is installed. English needs no translator.
class Translations {
public:
    /// Installs the translators on `app` (call once, after the organisation name is set).
    /// Returns the language in use: "de", "zh_CN", ... or "en" when untranslated.
    static QString install(QCoreApplication &app);
    /// The requested language code before any fallback ("" = system).
    static QString requestedLanguage();
    /// The languages with a translation, "en" first.
    static QStringList availableLanguages();
    /// A language's own name, e.g. "Deutsch" for "de"; "" for the system default.
    static QString nativeName(const QString &code);
    /// The stored setting ("" = follow the system).
    static QString languageSetting();
    /// Stores the setting; it takes effect at the next start.
    static void setLanguageSetting(const QString &code);
    /// The language install() chose ("en" before it ran).
    static QString currentLanguage();
    /// A font file with Chinese / Japanese / Korean glyphs for renderers that do not fall
    /// back on the system's fonts (VTK text), when the language in use needs one and such a
    /// font is installed (fonts-wqy-microhei, fonts-noto-cjk, ...); "" otherwise.
    static QString cjkFontFile();
};

} // namespace brainmd
