#include "ui/browser/CaseTableModel.h"

#include "db/Database.h"

#include <algorithm>

namespace brainmd {

CaseTableModel::CaseTableModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db) {}

void CaseTableModel::setQuery(const CaseQuery &query) {
    m_query = query;
    refresh();
}

void CaseTableModel::refresh() {
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (!m_db.isOpen()) { // the window before a database is chosen
        endResetModel();
        return;
    }
    const CaseBrowserRepository repo(m_db);
    m_total = repo.count(m_query);
    CaseQuery page = m_query;
    page.limit = kPageSize;
    page.offset = 0;
    m_rows = repo.list(page);
    endResetModel();
    QList<qint64> ids;
    for (const CaseRow &r : m_rows)
        ids << r.id;
    Q_EMIT thumbnailsWanted(ids);
}

void CaseTableModel::refreshCases(const QList<qint64> &caseIds) {
    // Re-reading the whole loaded range is cheap enough and keeps the sort order honest.
    const CaseBrowserRepository repo(m_db);
    CaseQuery page = m_query;
    page.limit = static_cast<int>(m_rows.size());
    page.offset = 0;
    if (page.limit == 0 || !m_db.isOpen())
        return;
    std::vector<CaseRow> rows = repo.list(page);
    if (rows.size() != m_rows.size()) {
        refresh();
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (caseIds.contains(rows[i].id) || rows[i].id != m_rows[i].id) {
            m_rows[i] = rows[i];
            Q_EMIT dataChanged(index(static_cast<int>(i), 0),
                               index(static_cast<int>(i), ColumnCount - 1));
        }
    }
}

qint64 CaseTableModel::caseIdAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size())
               ? m_rows[static_cast<std::size_t>(row)].id
               : 0;
}

int CaseTableModel::rowOfCase(qint64 caseId) const {
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const CaseRow &r) { return r.id == caseId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

void CaseTableModel::setThumbnail(qint64 caseId, const QPixmap &pixmap) {
    m_thumbnails.insert(caseId, pixmap);
    const int row = rowOfCase(caseId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, Thumbnail), index(row, Thumbnail), {Qt::DecorationRole});
}

int CaseTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const CaseRow &r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == CaseIdRole)
        return r.id;
    if (role == Qt::DecorationRole && index.column() == Thumbnail)
        return m_thumbnails.value(r.id);
    if (role == Qt::ToolTipRole)
        return tr("%1 · %2 · created %3").arg(r.caseKey, r.description, r.createdAt);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseKey:
        return r.caseKey;
    case Accession:
        return r.accession;
    case Description:
        return r.modality.isEmpty() ? r.description
                                    : QStringLiteral("%1 (%2)").arg(r.description, r.modality);
    case Dims:
        return r.dims;
    case Status:
        return statusText(r.status, r.committedReaders);
    case Readers:
        return r.readerCount;
    case Selections:
        return r.selectionMethods;
    default:
        return {};
    }
}

QString CaseTableModel::statusText(const QString &status, int committedReaders) {
    if (status == QLatin1String("new"))
        return tr("new");
    if (status == QLatin1String("in_progress"))
        return tr("in progress");
    if (status == QLatin1String("read"))
        return tr("read by %n", nullptr, committedReaders);
    if (status == QLatin1String("adjudicated"))
        return tr("adjudicated");
    if (status == QLatin1String("done"))
        return tr("done");
    if (status == QLatin1String("excluded"))
        return tr("excluded");
    return status;
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Thumbnail:
        return QString();
    case CaseKey:
        return tr("Case");
    case Accession:
        return tr("Accession");
    case Description:
        return tr("Series");
    case Dims:
        return tr("Voxels");
    case Status:
        return tr("Status");
    case Readers:
        return tr("Readers");
    case Selections:
        return tr("Selections");
    default:
        return {};
    }
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && static_cast<int>(m_rows.size()) < m_total;
}

void CaseTableModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    CaseQuery page = m_query;
    page.limit = kPageSize;
    page.offset = static_cast<int>(m_rows.size());
    std::vector<CaseRow> more = CaseBrowserRepository(m_db).list(page);
    if (more.empty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
    QList<qint64> ids;
    for (const CaseRow &r : more)
        ids << r.id;
    Q_EMIT thumbnailsWanted(ids);
}

void CaseTableModel::sort(int column, Qt::SortOrder order) {
    static constexpr CaseSortColumn columns[ColumnCount] = {
        CaseSortColumn::CaseKey,     CaseSortColumn::CaseKey,   CaseSortColumn::Accession,
        CaseSortColumn::Description, CaseSortColumn::CaseKey,   CaseSortColumn::Status,
        CaseSortColumn::Readers,     CaseSortColumn::Selections};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = columns[column];
    m_query.ascending = order == Qt::AscendingOrder;
    refresh();
}

} // namespace brainmd
