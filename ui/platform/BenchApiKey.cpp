#include "ui/platform/BenchApiKey.h"

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

QString benchApiKey(const QString &envName, const QString &baseUrl, QString *source) {
    const QString fromEnvironment =
        envName.isEmpty() ? QString() : qEnvironmentVariable(envName.toLocal8Bit().constData());
    if (!fromEnvironment.isEmpty()) {
        *source = QStringLiteral("environment");
        return fromEnvironment;
    }
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        const QString host = QUrl(baseUrl).host();
        QString key = keychainSecret(host.isEmpty() ? QStringLiteral("default") : host);
        if (key.isEmpty() && !host.isEmpty())
            key = keychainSecret(QStringLiteral("default"));
        if (!key.isEmpty()) {
            *source = QStringLiteral("keychain");
            return key;
        }
    }
    *source = QStringLiteral("none");
    return {};
}

} // namespace brainmd
