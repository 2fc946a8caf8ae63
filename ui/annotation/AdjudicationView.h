#pragma once

#include "db/AnnotationTypes.h"
#include "ui/annotation/TaskQuestions.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace brainmd {

class Database;

/// Adjudication of one case: every rater's marks and answers side by side (a column per
/// reader and pass), a consensus column the adjudicator sets (stored at once, append-
/// only), and the agreement summary over all cases (mean slice distance per view,
/// Cohen's or Fleiss' κ per question).
class AdjudicationView final : public QWidget {
    Q_OBJECT

public:
    AdjudicationView(const Database &db, std::vector<TaskQuestion> questions,
                     QWidget *parent = nullptr);

    void setAdjudicator(const Reader &adjudicator) { m_adjudicator = adjudicator; }
    void setCase(qint64 caseId, const QString &caseKey);
    qint64 caseId() const { return m_caseId; }
    /// Sets the consensus of every item to the raters' majority (ties: left unset).
    void useMajority();
    /// Sets one consensus item ("view:axial" or a question id); "" clears it.
    void setConsensus(const QString &item, const QString &value);
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void updateFromModel();

private:
    void updateAgreement();

    const Database &m_db;
    std::vector<TaskQuestion> m_questions;
    Reader m_adjudicator;
    qint64 m_caseId = 0;
    QString m_caseKey;
    QLabel *m_title;
    QTableWidget *m_table;
    QTextBrowser *m_agreement;
};

} // namespace brainmd
