#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace brainmd {

/// The newest version of the brainmd-* JSON side-file formats this program reads.
inline constexpr int kDocumentFormatVersion = 1;

/// Reads a whole file as text (see decodeTextBytes for the encodings). On failure `error`
/// names the file and the reason; `note`, when given, says how a guessed encoding was read.
bool readTextFile(const QString &path, QString *text, QString *error, QString *note = nullptr);

/// True when the file should be read as JSON: a .json suffix, or (for other suffixes
/// except .csv) content that starts with '{'.
bool isJsonDocument(const QString &path, const QString &text);

/// Parses a brainmd side file and checks its "format" (must equal `expectedFormat`) and
/// "version" (an integer from 1 to kDocumentFormatVersion). On failure returns false
/// with `error` naming the file.
bool parseJsonDocument(const QString &path, const QString &text, const char *expectedFormat,
                       nlohmann::json *root, QString *error);

/// The array `key` of `root`; an absent key gives an empty array, any other type fails.
bool jsonArrayMember(const QString &path, const nlohmann::json &root, const char *key,
                     nlohmann::json *array, QString *error);

/// A member as text: strings as they are, integers, numbers and booleans ("yes"/"no")
/// converted. Returns false when the member is absent, null, an object or an array.
bool jsonText(const nlohmann::json &object, const char *key, QString *value);

/// "<file> entry <n>: <message>" for problems with one array element (n is 1-based).
QString jsonEntryMessage(const QString &path, int entry, const QString &message);

} // namespace brainmd
