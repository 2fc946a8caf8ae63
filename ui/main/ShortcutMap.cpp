#include "ui/main/ShortcutMap.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

namespace brainmd {

namespace {

QString settingsKey(const QString &id) {
    return QStringLiteral("shortcuts/") + id;
}

} // namespace

ShortcutMap::ShortcutMap() {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("brainmd", text);
    };
    const auto add = [&](const char *id, const QString &description, const QKeySequence &key) {
        m_entries.push_back({QString::fromLatin1(id), description, key, key});
    };
    add("mark-slice", tr("Mark the current slice of the active view as representative"),
        QKeySequence(Qt::Key_M));
    add("next-case", tr("Next case"), QKeySequence(Qt::Key_N));
    add("previous-case", tr("Previous case"), QKeySequence(Qt::Key_B));
    add("commit-case", tr("Commit my marks for this case (unblinds it)"),
        QKeySequence(Qt::CTRL | Qt::Key_Return));
    add("skip-case", tr("Skip the case"), QKeySequence(Qt::Key_K));
    add("postpone-case", tr("Postpone the case"), QKeySequence(Qt::SHIFT | Qt::Key_K));
    add("next-question", tr("Next question"), QKeySequence(Qt::Key_Q));
    add("previous-question", tr("Previous question"), QKeySequence(Qt::SHIFT | Qt::Key_Q));
    for (int i = 1; i <= 9; ++i) {
        m_entries.push_back({QStringLiteral("answer-%1").arg(i),
                             tr("Answer the active question with option %1").arg(i),
                             QKeySequence(Qt::Key_0 + i), QKeySequence(Qt::Key_0 + i)});
    }
    for (int i = 1; i <= 5; ++i) {
        m_entries.push_back(
            {QStringLiteral("confidence-%1").arg(i), tr("Confidence %1 of 5").arg(i),
             QKeySequence(Qt::CTRL | (Qt::Key_0 + i)), QKeySequence(Qt::CTRL | (Qt::Key_0 + i))});
    }
    add("accept-suggestion", tr("Verify mode: accept the suggested answer"),
        QKeySequence(Qt::Key_V));
    add("poor-quality", tr("Flag poor image quality"), QKeySequence(Qt::Key_I));
    add("comment", tr("Write a comment"), QKeySequence(Qt::Key_C));
    add("undo", tr("Undo the last mark or answer"), QKeySequence(Qt::CTRL | Qt::Key_Z));
    add("redo", tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    add("tool-window", tr("Tool: window / level (left drag)"), QKeySequence(Qt::Key_W));
    add("tool-pan", tr("Tool: pan (left drag)"), QKeySequence(Qt::Key_P));
    add("tool-zoom", tr("Tool: zoom (left drag)"), QKeySequence(Qt::Key_Z));
    add("tool-scroll", tr("Tool: scroll slices (left drag)"), QKeySequence(Qt::Key_S));
    add("tool-ruler", tr("Tool: ruler (distance in mm)"), QKeySequence(Qt::Key_D));
    add("reset-window", tr("Reset window / level"), QKeySequence(Qt::Key_R));
    add("reset-view", tr("Reset zoom and pan"), QKeySequence(Qt::SHIFT | Qt::Key_R));
    add("maximise-view", tr("Maximise / restore the view under the mouse"),
        QKeySequence(Qt::Key_F));
    add("view-axial", tr("Activate the axial view"), QKeySequence(Qt::Key_F2));
    add("view-coronal", tr("Activate the coronal view"), QKeySequence(Qt::Key_F3));
    add("view-sagittal", tr("Activate the sagittal view"), QKeySequence(Qt::Key_F4));
    add("toggle-crosshair", tr("Show / hide the crosshair"), QKeySequence(Qt::Key_X));
    add("toggle-others", tr("Show / hide other readers' marks"), QKeySequence(Qt::Key_O));
    add("toggle-selections", tr("Show / hide Vote-MI and baseline selections"),
        QKeySequence(Qt::Key_G));
    add("toggle-profile", tr("Show / hide the vote profile"), QKeySequence(Qt::Key_H));
    add("toggle-lesion-mask", tr("Show / hide the lesion mask"),
        QKeySequence(Qt::SHIFT | Qt::Key_M));
    add("help", tr("Show the keyboard shortcuts"), QKeySequence(Qt::Key_F1));
    add("find", tr("Filter the case list"), QKeySequence(Qt::CTRL | Qt::Key_F));
    QSettings settings;
    for (ShortcutEntry &e : m_entries) {
        const QString stored = settings.value(settingsKey(e.id)).toString();
        if (!stored.isEmpty())
            e.key = QKeySequence::fromString(stored, QKeySequence::PortableText);
    }
}

QKeySequence ShortcutMap::key(const QString &id) const {
    for (const ShortcutEntry &e : m_entries) {
        if (e.id == id)
            return e.key;
    }
    return {};
}

void ShortcutMap::setKey(const QString &id, const QKeySequence &key) {
    QSettings settings;
    for (ShortcutEntry &e : m_entries) {
        if (e.id != id)
            continue;
        e.key = key.isEmpty() ? e.defaultKey : key;
        if (key.isEmpty())
            settings.remove(settingsKey(id));
        else
            settings.setValue(settingsKey(id), key.toString(QKeySequence::PortableText));
    }
    applyToBoundActions();
}

QStringList ShortcutMap::conflicts() const {
    QStringList ids;
    for (const ShortcutEntry &a : m_entries) {
        for (const ShortcutEntry &b : m_entries) {
            if (&a != &b && !a.key.isEmpty() && a.key == b.key) {
                ids << a.id;
                break;
            }
        }
    }
    return ids;
}

void ShortcutMap::bind(const QString &id, QAction *action) {
    m_bound.emplace_back(id, action);
    action->setShortcut(key(id));
}

void ShortcutMap::applyToBoundActions() {
    for (auto &[id, action] : m_bound)
        action->setShortcut(key(id));
}

} // namespace brainmd
