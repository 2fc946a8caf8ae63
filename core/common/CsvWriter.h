#pragma once

#include <QString>
#include <QStringList>

namespace brainmd {

/// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
/// spreadsheet would run as a formula — a first non-blank character of =, +, - or @, or a
/// leading tab or carriage return — is defused with a leading apostrophe, unless the
/// whole cell is a plain number ("-3.5", "+2"). Case keys, answers and model output
/// come from outside: every CSV this program writes goes through here.
QString csvCell(const QString &text);
/// A whole row, cells through csvCell(), ending in a newline.
QString csvLine(const QStringList &cells);

} // namespace brainmd
