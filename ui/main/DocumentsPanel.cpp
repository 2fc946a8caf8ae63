#include "ui/main/DocumentsPanel.h"

#include "db/DocumentRepository.h"
#include "reading/BlindingPolicy.h"
#include "reading/ReportRedaction.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace brainmd {

DocumentsPanel::DocumentsPanel(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_text(new QTextBrowser(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_text);
    setCase(0);
}

void DocumentsPanel::setPolicy(const BlindingPolicy *policy) {
    m_policy = policy;
    refresh();
}

void DocumentsPanel::setCase(qint64 caseId) {
    m_caseId = caseId;
    refresh();
}

void DocumentsPanel::refresh() {
    QString html;
    const DocumentAccess access =
        m_policy == nullptr ? DocumentAccess::Full : m_policy->documentAccess();
    if (m_caseId == 0) {
        html = tr("<i>No case open.</i>");
    } else if (access == DocumentAccess::None) {
        html = tr("<i>The documents are hidden while you read this case blind; they show "
                  "once you commit it.</i>");
    } else {
        const std::vector<StoredDocument> documents =
            DocumentRepository(m_db).documentsForCase(m_caseId);
        if (documents.empty())
            html = tr("<i>No report, EHR or demographics linked to this case.</i>");
        else if (access == DocumentAccess::IndicationOnly)
            html = tr("<p style='color:#d9a441'><b>Blind reading:</b> findings and impression "
                      "are withheld until you commit the case.</p>");
        const QString placeholder = tr("[withheld until you commit]");
        for (const StoredDocument &d : documents) {
            const QString kind = d.kind == QLatin1String("report") ? tr("Report")
                                 : d.kind == QLatin1String("ehr")  ? tr("EHR")
                                                                   : tr("Demographics");
            const QString text = access == DocumentAccess::Full
                                     ? d.text
                                     : withholdFindings(d.kind, d.text, placeholder);
            html += QStringLiteral("<h3>%1</h3><pre style='white-space: pre-wrap'>%2</pre>")
                        .arg(kind, text.toHtmlEscaped());
        }
    }
    if (html == m_shownHtml)
        return; // keeps the reader's scroll position when nothing changed
    m_shownHtml = html;
    m_text->setHtml(html);
}

QString DocumentsPanel::text() const {
    return m_text->toPlainText();
}

} // namespace brainmd
