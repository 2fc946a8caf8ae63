#pragma once

#include "ui/dashboard/DashboardData.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace brainmd {

class Database;
class SentImagesStrip;

/// The predictions behind a chart element: a table of cases, and for the selected one
/// the images sent (from the stored PNGs), the prompt, the raw answer, the parsed answer
/// and the manual label. "Open in
/// viewer" asks the owner to show that case at the slice the model saw.
class CaseDrillDown final : public QWidget {
    Q_OBJECT

public:
    explicit CaseDrillDown(QWidget *parent = nullptr);

    /// Shows the predictions of `input` matching `filter`; `db` supplies the stored
    /// requests and answers (it must outlive the widget's use of it).
    void showPredictions(const Database *db, std::shared_ptr<const BenchReportInput> input,
                         const DrillFilter &filter);
    void clear();
    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *prompt() const { return m_prompt; }
    QPlainTextEdit *rawAnswer() const { return m_raw; }
    QLabel *verdict() const { return m_verdict; }
    QPushButton *openButton() const { return m_open; }
    SentImagesStrip *sentImagesStrip() const { return m_images; }

Q_SIGNALS:
    /// The user wants the case in the viewer, as seen under `condition`.
    void openCaseRequested(qint64 caseId, const QString &condition);

private:
    void showDetails();
    void showImagesArea(bool show);
    const StoredPrediction *current() const;

    const Database *m_db = nullptr;
    std::shared_ptr<const BenchReportInput> m_input; ///< kept alive while it is listed
    std::vector<int> m_rows;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    SentImagesStrip *m_images = nullptr;
    QLabel *m_imagesTitle = nullptr;
    QScrollArea *m_imageScroll = nullptr;
    QPushButton *m_open = nullptr;
};

/// The text of a stored chat request (images left out), role by role.
QString promptText(const QString &requestJson);

} // namespace brainmd
