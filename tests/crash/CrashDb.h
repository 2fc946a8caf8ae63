#pragma once

// Read-only probes of a database file left behind by a killed process. Each call opens its own
// SQLite connection and closes it again, so nothing stays open while the next child runs.

#include <QString>
#include <QStringList>

namespace brainmd::crash {

/// PRAGMA integrity_check, rows joined by "; " ("ok" when the file is sound).
QString integrityCheck(const QString &dbPath);
/// The first value of `sql` as an int (0 when there is no row).
int scalarInt(const QString &dbPath, const QString &sql);
/// Every row of `sql`, columns joined by '|'.
QStringList rows(const QString &dbPath, const QString &sql);

} // namespace brainmd::crash
