#include "ui/main/DocumentsPanel.h"

#include "db/DocumentRepository.h"

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

void DocumentsPanel::setCase(qint64 caseId) {
    if (caseId == 0) {
        m_text->setHtml(tr("<i>No case open.</i>"));
        return;
    }
    const std::vector<StoredDocument> documents = DocumentRepository(m_db).documentsForCase(caseId);
    if (documents.empty()) {
        m_text->setHtml(tr("<i>No report, EHR or demographics linked to this case.</i>"));
        return;
    }
    QString html;
    for (const StoredDocument &d : documents) {
        const QString kind = d.kind == QLatin1String("report") ? tr("Report")
                             : d.kind == QLatin1String("ehr")  ? tr("EHR")
                                                               : tr("Demographics");
        html += QStringLiteral("<h3>%1</h3><pre style='white-space: pre-wrap'>%2</pre>")
                    .arg(kind, d.text.toHtmlEscaped());
    }
    m_text->setHtml(html);
}

QString DocumentsPanel::text() const {
    return m_text->toPlainText();
}

} // namespace brainmd
