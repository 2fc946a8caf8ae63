#pragma once

#include <QString>

namespace brainmd {

/// The API key for a chat-completions server: the environment variable `envName` when
/// set, else the system keychain (QtKeychain; service "brainmd", key = the base URL's
/// host, or "default"). When no keychain service runs the lookup gives up after a few
/// seconds. `source` says where the key came from ("environment", "keychain", "none");
/// the key itself is never printed or stored.
QString benchApiKey(const QString &envName, const QString &baseUrl, QString *source);

} // namespace brainmd
