#pragma once

#include <QString>
#include <QStringList>

namespace brainmd {

/// The environment variables searched for an API key, in order: `envName` (from
/// --api-key-env, when given and not one of the two below), then BRAINMD_API_KEY, then
/// OPENAI_API_KEY (the variable the OpenAI SDK, lmms-eval and VLMEvalKit read).
QStringList benchApiKeyVariables(const QString &envName);

/// The API key for a chat-completions server: the first of benchApiKeyVariables() that is
/// set and not empty, else the system keychain (QtKeychain; service "brainmd", key = the
/// base URL's host, or "default"). When no keychain service runs the lookup gives up after
/// a few seconds. `source` says where the key came from, for the terminal, the report and
/// 401/403 messages: "environment variable OPENAI_API_KEY", "system keychain (brainmd/HOST)"
/// or "none". The key itself is never printed or stored.
QString benchApiKey(const QString &envName, const QString &baseUrl, QString *source);

} // namespace brainmd
