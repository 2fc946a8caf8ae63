#include "ui/platform/BenchApiKey.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace brainmd {

namespace {
constexpr int kKeychainTimeoutMs = 3000;

QString keychainSecret(const QString &key) {
    QKeychain::ReadPasswordJob job(QStringLiteral("brainmd"));
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    // Without a secret service on the session bus the job may never answer.
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}
} // namespace

QStringList benchApiKeyVariables(const QString &envName) {
    QStringList names{QStringLiteral("BRAINMD_API_KEY"), QStringLiteral("OPENAI_API_KEY")};
    const QString named = envName.trimmed();
    if (!named.isEmpty() && !names.contains(named))
        names.prepend(named);
    return names;
}

QString benchApiKey(const QString &envName, const QString &baseUrl, QString *source) {
    for (const QString &name : benchApiKeyVariables(envName)) {
        const QString value = qEnvironmentVariable(name.toLocal8Bit().constData()).trimmed();
        if (!value.isEmpty()) {
            *source = QCoreApplication::translate("brainmd", "environment variable %1").arg(name);
            return value;
        }
    }
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        const QString host = QUrl(baseUrl).host();
        for (const QString &entry : {host, QStringLiteral("default")}) {
            if (entry.isEmpty())
                continue;
            const QString key = keychainSecret(entry);
            if (!key.isEmpty()) {
                *source = QCoreApplication::translate("brainmd", "system keychain (brainmd/%1)")
                              .arg(entry);
                return key;
            }
        }
    }
    *source = QStringLiteral("none");
    return {};
}

} // namespace brainmd
