#include "bench/RunLease.h"

namespace brainmd {

bool LeaseRenewingProgress::report(double fraction, const QString &message) {
    {
        QMutexLocker lock(&m_mutex);
        if (!m_lost && m_clock.elapsed() >= m_lease.renewIntervalMs()) {
            m_clock.restart();
            m_lost = !m_lease.renew();
        }
        if (m_lost)
            return false;
    }
    return reportProgress(m_parent, fraction, message);
}

} // namespace brainmd
