#pragma once

#include "db/CaseBrowserRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

#include <vector>

namespace brainmd {

class Database;

/// The case table, loaded lazily: the first page on reset, more through fetchMore() as
/// the view scrolls (CaseBrowserRepository pages of 200 rows), so 100,000 cases open
/// at once. Sorting and filtering re-query the database. Thumbnails are set from outside.
class CaseTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Thumbnail,
        CaseKey,
        Accession,
        Description,
        Dims,
        Status,
        Readers,
        Selections,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseTableModel(const Database &db, QObject *parent = nullptr);

    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }
    /// Reloads from the database (keeping the filter and sort).
    void refresh();
    /// Re-reads the loaded rows of these cases (e.g. after a selection was stored).
    void refreshCases(const QList<qint64> &caseIds);
    int totalCount() const { return m_total; }
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;
    void setThumbnail(qint64 caseId, const QPixmap &pixmap);
    /// The status as the list shows it: "new", "in progress", "read by 2", "adjudicated".
    static QString statusText(const QString &status, int committedReaders);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    /// Rows became visible whose thumbnails are not known yet.
    void thumbnailsWanted(const QList<qint64> &caseIds);

private:
    const Database &m_db;
    CaseQuery m_query;
    std::vector<CaseRow> m_rows;
    int m_total = 0;
    QHash<qint64, QPixmap> m_thumbnails;
};

} // namespace brainmd
