#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace brainmd {

class CaseTableModel;
class Database;
class ThumbnailCache;
class Workspace;

/// The case browser: filters (text, status, reader, label "question=answer", selection
/// method) over a lazily loaded, sortable case table with thumbnails. Double-click or
/// Enter opens a case.
class CaseBrowser final : public QWidget {
    Q_OBJECT

public:
    /// Lists the cases of the workspace's open study; thumbnails are workspace jobs.
    explicit CaseBrowser(Workspace &workspace, QWidget *parent = nullptr);
    ~CaseBrowser() override;

    CaseTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Re-reads the case list (after an import or when the database changed).
    void reload();
    /// Ids of the selected cases (all loaded rows when none is selected and `allWhenNone`).
    QList<qint64> selectedCaseIds(bool allWhenNone) const;
    /// Ids of every case matching the current filter (reads the database).
    QList<qint64> filteredCaseIds() const;
    void focusFilter();
    /// Re-reads the filter choices (readers, statuses, selection methods) keeping the
    /// current choice, e.g. after a reader was added by a new session.
    void refreshFilters();
    /// While a blind reader reads, filters that would reveal imported labels or model
    /// selections (a case showing up under "lesion_side=left") are cleared and disabled.
    void setRevealingFiltersAllowed(bool labels, bool selections);

Q_SIGNALS:
    void caseActivated(qint64 caseId);

private:
    void applyFilter();

    const Database &m_db;
    CaseTableModel *m_model;
    ThumbnailCache *m_thumbnails;
    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_reader;
    QLineEdit *m_label;
    QComboBox *m_method;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace brainmd
