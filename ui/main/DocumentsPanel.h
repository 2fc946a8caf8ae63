#pragma once

#include <QWidget>

class QTextBrowser;

namespace brainmd {

class Database;

/// The case's report, EHR and demographics as text, reports first.
class DocumentsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DocumentsPanel(const Database &db, QWidget *parent = nullptr);
    void setCase(qint64 caseId);
    QString text() const;

private:
    const Database &m_db;
    QTextBrowser *m_text;
};

} // namespace brainmd
