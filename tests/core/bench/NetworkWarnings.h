#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace brainmd::test {

/// Records the Qt warnings that a misused QNetworkReply prints ("QIODevice::read
/// (QNetworkReplyHttpImpl): device not open", "... must only be called once") while it
/// is installed; other messages go to the previous handler.
class NetworkWarnings {
public:
    NetworkWarnings() {
        s_instance = this;
        m_previous = qInstallMessageHandler(&NetworkWarnings::handle);
    }
    ~NetworkWarnings() {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    NetworkWarnings(const NetworkWarnings &) = delete;
    NetworkWarnings &operator=(const NetworkWarnings &) = delete;

    QStringList seen() const {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text) {
        NetworkWarnings *self = s_instance;
        const bool network = text.contains(QLatin1String("QIODevice")) ||
                             text.contains(QLatin1String("QNetworkReply")) ||
                             text.contains(QLatin1String("must only be called once"));
        if (self != nullptr && type != QtDebugMsg && type != QtInfoMsg && network) {
            QMutexLocker lock(&self->m_mutex);
            self->m_seen.append(text);
        }
        if (self != nullptr && self->m_previous != nullptr)
            self->m_previous(type, context, text);
    }

    static inline NetworkWarnings *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_seen;
};

} // namespace brainmd::test
