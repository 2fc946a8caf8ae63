#include "ui/browser/CaseBrowser.h"

#include "db/CaseBrowserRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/browser/ThumbnailCache.h"
#include "ui/jobs/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace brainmd {

CaseBrowser::CaseBrowser(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(workspace.database())
    , m_model(new CaseTableModel(m_db, this))
    , m_thumbnails(new ThumbnailCache(workspace, this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_reader(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QFormLayout;
    m_text->setPlaceholderText(tr("Case, accession or description (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_label->setPlaceholderText(tr("e.g. lesion_present=yes"));
    filters->addRow(tr("Find"), m_text);
    filters->addRow(tr("Status"), m_status);
    filters->addRow(tr("Reader"), m_reader);
    filters->addRow(tr("Label"), m_label);
    filters->addRow(tr("Selection"), m_method);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_table);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseTableModel::CaseKey, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(ThumbnailCache::kSize + 4);
    m_table->verticalHeader()->hide();
    m_table->setIconSize(QSize(ThumbnailCache::kSize, ThumbnailCache::kSize));
    m_table->horizontalHeader()->resizeSection(CaseTableModel::Thumbnail,
                                               ThumbnailCache::kSize + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT caseActivated(m_model->caseIdAt(index.row()));
    });
    connect(m_model, &CaseTableModel::thumbnailsWanted, m_thumbnails, &ThumbnailCache::request);
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](qint64 id, const QImage &image) {
        m_model->setThumbnail(id, QPixmap::fromImage(image));
    });
    connect(m_text, &QLineEdit::textChanged, this, &CaseBrowser::applyFilter);
    connect(m_label, &QLineEdit::editingFinished, this, &CaseBrowser::applyFilter);
    for (QComboBox *box : {m_status, m_reader, m_method})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseBrowser::applyFilter);
    reload();
}

CaseBrowser::~CaseBrowser() {
    // Its ready() connects to this widget: stop it before this part of the object goes.
    m_thumbnails->stop();
}

void CaseBrowser::reload() {
    if (!m_db.isOpen())
        return;
    refreshFilters();
    applyFilter();
}

void CaseBrowser::refreshFilters() {
    if (!m_db.isOpen())
        return;
    const auto refill = [](QComboBox *box, const QStringList &items) {
        const QSignalBlocker blocker(box);
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(tr("any"), QString());
        for (const QString &item : items)
            box->addItem(item, item);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_status, CaseRepository::statuses());
    for (int i = 1; i < m_status->count(); ++i) {
        const QString status = m_status->itemData(i).toString();
        m_status->setItemText(i, status == QLatin1String("read")
                                     ? tr("read (by one reader or more)")
                                     : CaseTableModel::statusText(status, 0));
    }
    QStringList readers;
    for (const Reader &r : ReaderRepository(m_db).readers())
        readers << r.name;
    refill(m_reader, readers);
    refill(m_method, CaseBrowserRepository(m_db).selectionMethods());
}

void CaseBrowser::setRevealingFiltersAllowed(bool labels, bool selections) {
    const QString hint = tr("Not available while you read blind");
    bool changed = false;
    if (!labels && !m_label->text().isEmpty()) {
        const QSignalBlocker blocker(m_label);
        m_label->clear();
        changed = true;
    }
    if (!selections && m_method->currentIndex() != 0) {
        const QSignalBlocker blocker(m_method);
        m_method->setCurrentIndex(0);
        changed = true;
    }
    m_label->setEnabled(labels);
    m_label->setToolTip(labels ? QString() : hint);
    m_method->setEnabled(selections);
    m_method->setToolTip(selections ? QString() : hint);
    if (changed)
        applyFilter();
}

void CaseBrowser::applyFilter() {
    CaseQuery query = m_model->query();
    query.text = m_text->text();
    query.status = m_status->currentData().toString();
    query.readerName = m_reader->currentData().toString();
    query.label = m_label->text();
    query.selectionMethod = m_method->currentData().toString();
    m_model->setQuery(query);
    m_count->setText(tr("%n case(s)", nullptr, m_model->totalCount()));
}

QList<qint64> CaseBrowser::selectedCaseIds(bool allWhenNone) const {
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->caseIdAt(index.row());
    if (ids.isEmpty() && allWhenNone)
        ids = filteredCaseIds();
    return ids;
}

QList<qint64> CaseBrowser::filteredCaseIds() const {
    CaseQuery all = m_model->query();
    all.limit = 0;
    all.offset = 0;
    QList<qint64> ids;
    for (const CaseRow &r : CaseBrowserRepository(m_db).list(all))
        ids << r.id;
    return ids;
}

void CaseBrowser::focusFilter() {
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace brainmd
