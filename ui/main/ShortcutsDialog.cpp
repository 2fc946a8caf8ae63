#include "ui/main/ShortcutsDialog.h"

#include "ui/main/ShortcutMap.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace brainmd {

ShortcutsDialog::ShortcutsDialog(ShortcutMap *shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_shortcuts(shortcuts)
    , m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(640, 720);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Wheel or ↑/↓ scroll slices, Page Up/Down by 10, Home/End to the ends; left drag "
           "uses the tool, right drag zooms, middle drag pans; click or Shift-move sets the "
           "crosshair; double-click maximises a view. Click a key below to change it."),
        this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Key")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *restore = buttons->addButton(tr("Restore defaults"), QDialogButtonBox::ResetRole);
    connect(restore, &QPushButton::clicked, this, [this] {
        for (const ShortcutEntry &e : m_shortcuts->entries())
            m_shortcuts->setKey(e.id, {});
        fill();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill();
}

void ShortcutsDialog::fill() {
    const auto &entries = m_shortcuts->entries();
    const QStringList conflicts = m_shortcuts->conflicts();
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const ShortcutEntry &e = entries[static_cast<std::size_t>(row)];
        auto *item = new QTableWidgetItem(e.description);
        item->setFlags(Qt::ItemIsEnabled);
        if (conflicts.contains(e.id))
            item->setForeground(Qt::red);
        m_table->setItem(row, 0, item);
        auto *edit = new QKeySequenceEdit(e.key, m_table);
        const QString id = e.id;
        connect(edit, &QKeySequenceEdit::editingFinished, this,
                [this, edit, id] { m_shortcuts->setKey(id, edit->keySequence()); });
        m_table->setCellWidget(row, 1, edit);
    }
    m_table->resizeColumnToContents(1);
}

} // namespace brainmd
