#pragma once

// Everything a user can read in a widget tree: labels, buttons, edits, text views, the
// current item of combo boxes, item views (cells, headers, tool tips), tab titles,
// window titles, tool tips and status-bar messages, for the blinding tests.

#include <QString>
#include <QStringList>

class QWidget;

namespace brainmd::test {

/// Text shown by `widget` itself (not its children); "" when it shows none.
QString ownText(const QWidget *widget);

/// Texts of every visible widget of every visible top-level window, each prefixed with
/// the widget's class and object name ("QLabel#statusSaved: Saved 12:00:01").
QStringList visibleTexts();

} // namespace brainmd::test
