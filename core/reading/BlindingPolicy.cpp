#include "reading/BlindingPolicy.h"

namespace brainmd {

QString sessionKindName(SessionKind kind) {
    switch (kind) {
    case SessionKind::OpenReading:
        return QStringLiteral("open");
    case SessionKind::Verify:
        return QStringLiteral("verify");
    case SessionKind::Adjudication:
        return QStringLiteral("adjudication");
    case SessionKind::BlindReading:
        break;
    }
    return QStringLiteral("blind");
}

SessionKind sessionKindFromName(const QString &name) {
    for (SessionKind kind :
         {SessionKind::OpenReading, SessionKind::Verify, SessionKind::Adjudication}) {
        if (name == sessionKindName(kind))
            return kind;
    }
    return SessionKind::BlindReading;
}

QString documentAccessName(DocumentAccess access) {
    switch (access) {
    case DocumentAccess::Full:
        return QStringLiteral("full");
    case DocumentAccess::None:
        return QStringLiteral("none");
    case DocumentAccess::IndicationOnly:
        break;
    }
    return QStringLiteral("indication");
}

DocumentAccess documentAccessFromName(const QString &name) {
    if (name == QLatin1String("full"))
        return DocumentAccess::Full;
    return name == QLatin1String("none") ? DocumentAccess::None : DocumentAccess::IndicationOnly;
}

void BlindingPolicy::setSession(SessionKind kind, const BlindingOptions &options) {
    m_session = true;
    m_kind = kind;
    m_options = options;
}

void BlindingPolicy::clearSession() {
    *this = BlindingPolicy();
}

void BlindingPolicy::setCase(bool inWorklist, bool committed, bool readByReader) {
    m_inWorklist = inWorklist;
    m_committed = committed;
    m_readByReader = readByReader;
}

void BlindingPolicy::setWorklistCommitted(bool allCommitted) {
    m_worklistCommitted = allCommitted;
}

bool BlindingPolicy::withholding(bool hiddenByOption) const {
    return m_session && m_kind == SessionKind::BlindReading && m_inWorklist && !m_committed &&
           hiddenByOption;
}

bool BlindingPolicy::isBlinding() const {
    return withholding(true);
}

bool BlindingPolicy::mayShowOthersWork() const {
    return !withholding(m_options.hideOthersWork);
}

bool BlindingPolicy::mayShowImportedLabels() const {
    return !withholding(m_options.hideImportedLabels);
}

bool BlindingPolicy::mayShowReferenceSlices() const {
    return !withholding(m_options.hideReferenceSlices);
}

bool BlindingPolicy::mayShowModelOutputs() const {
    return !withholding(m_options.hideModelOutputs);
}

DocumentAccess BlindingPolicy::documentAccess() const {
    return withholding(true) ? m_options.documents : DocumentAccess::Full;
}

bool BlindingPolicy::mayShowAdjudication() const {
    return mayShowOthersWork() && mayShowImportedLabels() && mayShowReferenceSlices() &&
           mayShowModelOutputs();
}

bool BlindingPolicy::maySetConsensus() const {
    return m_session && m_kind == SessionKind::Adjudication && !m_readByReader;
}

bool BlindingPolicy::mayExportAnnotations() const {
    return mayOpenDashboard();
}

bool BlindingPolicy::mayOpenDashboard() const {
    return !(m_session && m_kind == SessionKind::BlindReading && !m_worklistCommitted);
}

bool BlindingPolicy::mayVerify() const {
    return m_session && m_kind == SessionKind::Verify;
}

} // namespace brainmd
