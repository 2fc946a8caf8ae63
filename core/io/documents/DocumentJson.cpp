#include "io/documents/DocumentJson.h"

#include "io/documents/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace brainmd {

namespace {

QString fileName(const QString &path) {
    return QFileInfo(path).fileName();
}

} // namespace

bool readTextFile(const QString &path, QString *text, QString *error, QString *note) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("brainmd", "%1: cannot open (%2)")
                     .arg(fileName(path), file.errorString());
        return false;
    }
    DecodedText decoded = decodeTextBytes(file.readAll(), fileName(path));
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    if (note)
        *note = decoded.note;
    *text = std::move(decoded.text);
    return true;
}

bool isJsonDocument(const QString &path, const QString &text) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return true;
    if (suffix == QLatin1String("csv"))
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xFEFF))
            continue;
        return c == QLatin1Char('{');
    }
    return false;
}

bool parseJsonDocument(const QString &path, const QString &text, const char *expectedFormat,
                       nlohmann::json *root, QString *error) {
    const QByteArray utf8 = text.toUtf8();
    *root = nlohmann::json::parse(utf8.constData(), utf8.constData() + utf8.size(), nullptr, false);
    if (root->is_discarded() || !root->is_object()) {
        *error =
            QCoreApplication::translate("brainmd", "%1: not a JSON object").arg(fileName(path));
        return false;
    }
    QString format;
    if (!jsonText(*root, "format", &format)) {
        *error = QCoreApplication::translate("brainmd", "%1: no \"format\"").arg(fileName(path));
        return false;
    }
    if (format != QLatin1String(expectedFormat)) {
        *error = QCoreApplication::translate("brainmd", "%1: unknown format '%2' (expected '%3')")
                     .arg(fileName(path), format, QLatin1String(expectedFormat));
        return false;
    }
    const auto version = root->find("version");
    if (version == root->end() || !version->is_number_integer()) {
        *error = QCoreApplication::translate("brainmd", "%1: \"version\" must be an integer")
                     .arg(fileName(path));
        return false;
    }
    const auto number = version->get<long long>();
    if (number < 1 || number > kDocumentFormatVersion) {
        *error = QCoreApplication::translate(
                     "brainmd", "%1: version %2 is not supported (this program reads up to %3)")
                     .arg(fileName(path), QString::number(number),
                          QString::number(kDocumentFormatVersion));
        return false;
    }
    return true;
}

bool jsonArrayMember(const QString &path, const nlohmann::json &root, const char *key,
                     nlohmann::json *array, QString *error) {
    const auto it = root.find(key);
    if (it == root.end()) {
        *array = nlohmann::json::array();
        return true;
    }
    if (!it->is_array()) {
        *error = QCoreApplication::translate("brainmd", "%1: \"%2\" must be an array")
                     .arg(fileName(path), QLatin1String(key));
        return false;
    }
    *array = *it;
    return true;
}

bool jsonText(const nlohmann::json &object, const char *key, QString *value) {
    const auto it = object.find(key);
    if (it == object.end())
        return false;
    if (it->is_string()) {
        *value = QString::fromStdString(it->get<std::string>()).trimmed();
        return true;
    }
    if (it->is_boolean()) {
        *value = it->get<bool>() ? QStringLiteral("yes") : QStringLiteral("no");
        return true;
    }
    if (it->is_number()) {
        *value = QString::fromStdString(it->dump());
        return true;
    }
    return false;
}

QString jsonEntryMessage(const QString &path, int entry, const QString &message) {
    return QCoreApplication::translate("brainmd", "%1 entry %2: %3")
        .arg(fileName(path), QString::number(entry), message);
}

} // namespace brainmd
