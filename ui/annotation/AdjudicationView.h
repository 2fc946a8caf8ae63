#pragma once

#include "reading/AnnotationTypes.h"
#include "ui/annotation/ReaderQuestions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace brainmd {

class BlindingPolicy;
class Database;
class ReaderSlices;
class Volume;
struct WindowLevel;

/// Adjudication of one case: every rater's marks and answers side by side (a column per
/// reader and pass), a consensus column the adjudicator sets (stored at once, append-
/// only), and the agreement summary over all cases (mean slice distance per view,
/// Cohen's or Fleiss' κ per question). Asks the session's BlindingPolicy: shows nothing
/// while it withholds others' work, and lets only an adjudicator who did not read the
/// case set the consensus. A consensus slice may be any slice, not only a reader's.
class AdjudicationView final : public QWidget {
    Q_OBJECT

public:
    AdjudicationView(const Database &db, std::vector<ReaderQuestion> questions,
                     QWidget *parent = nullptr);

    void setAdjudicator(const Reader &adjudicator) { m_adjudicator = adjudicator; }
    /// The policy asked before anything is shown or stored (nullptr: nothing withheld).
    void setPolicy(const BlindingPolicy *policy) { m_policy = policy; }
    /// The case's RAS volume shown in the viewer: the readers' slices are drawn from it.
    void setVolume(std::shared_ptr<const Volume> rasVolume, const WindowLevel &window);
    ReaderSlices *readerSlices() const { return m_slices; }
    /// Whether the consensus controls are live (policy and adjudicator allow it).
    bool consensusEditable() const;
    void setCase(qint64 caseId, const QString &caseKey);
    qint64 caseId() const { return m_caseId; }
    /// Sets the consensus of every item to the raters' majority (ties: left unset).
    void useMajority();
    /// Sets one consensus item ("view:axial" or a question id); "" clears it.
    void setConsensus(const QString &item, const QString &value);
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void updateFromModel();

Q_SIGNALS:
    /// A consensus value of `caseId` was stored.
    void consensusChanged(qint64 caseId);

private:
    void updateAgreement();
    bool mayShow() const;
    QWidget *consensusEditor(int row, const QStringList &candidates, const QString &current);

    const Database &m_db;
    std::vector<ReaderQuestion> m_questions;
    Reader m_adjudicator;
    const BlindingPolicy *m_policy = nullptr;
    QWidget *m_majority = nullptr;
    qint64 m_caseId = 0;
    QString m_caseKey;
    QLabel *m_title;
    ReaderSlices *m_slices;
    QTableWidget *m_table;
    QTextBrowser *m_agreement;
};

} // namespace brainmd
