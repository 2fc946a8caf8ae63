#pragma once

#include <QDialog>

class QTableWidget;

namespace brainmd {

class ShortcutMap;

/// The help overlay: every shortcut with its description; double-click a key to change
/// it (stored in the settings at once), "Restore defaults" resets them all.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(ShortcutMap *shortcuts, QWidget *parent = nullptr);

private:
    void fill();

    ShortcutMap *m_shortcuts;
    QTableWidget *m_table;
};

} // namespace brainmd
