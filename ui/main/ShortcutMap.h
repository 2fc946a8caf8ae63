#pragma once

#include <QKeySequence>
#include <QString>

#include <vector>

class QAction;

namespace brainmd {

/// One keyboard command of the workstation.
struct ShortcutEntry {
    QString id;          ///< stable key, e.g. "mark-slice"
    QString description; ///< translated
    QKeySequence defaultKey;
    QKeySequence key; ///< current (from QSettings "shortcuts/<id>" or the default)
};

/// Every shortcut of the workstation, their defaults and the user's changes (QSettings).
/// The help overlay lists them; the settings dialog edits them.
class ShortcutMap {
public:
    ShortcutMap();

    const std::vector<ShortcutEntry> &entries() const { return m_entries; }
    QKeySequence key(const QString &id) const;
    /// Changes and stores a shortcut; an empty sequence restores the default.
    void setKey(const QString &id, const QKeySequence &key);
    /// Ids whose keys collide with another entry's.
    QStringList conflicts() const;
    /// Applies the current key of `id` to `action` and remembers it for later changes.
    void bind(const QString &id, QAction *action);
    void applyToBoundActions();

private:
    std::vector<ShortcutEntry> m_entries;
    std::vector<std::pair<QString, QAction *>> m_bound;
};

} // namespace brainmd
