#pragma once

#include <QWidget>

class QTextBrowser;

namespace brainmd {

class BlindingPolicy;
class Database;

/// The case's report, EHR and demographics as text, reports first. Asks the session's
/// BlindingPolicy what it may show: during a blind reading the findings and impression
/// (and EHR entries naming a diagnosis) are withheld and the clinical indication kept,
/// or the documents are hidden, as the session is configured.
class DocumentsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DocumentsPanel(const Database &db, QWidget *parent = nullptr);
    /// The policy asked on every redraw (nullptr: nothing withheld). Not owned.
    void setPolicy(const BlindingPolicy *policy);
    void setCase(qint64 caseId);
    /// Redraws the current case (after the policy changed).
    void refresh();
    QString text() const;

private:
    const Database &m_db;
    const BlindingPolicy *m_policy = nullptr;
    QTextBrowser *m_text;
    qint64 m_caseId = 0;
    QString m_shownHtml;
};

} // namespace brainmd
