#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace brainmd::sql {

/// True when SQLite reported SQLITE_BUSY or SQLITE_LOCKED (another connection holds the
/// lock longer than the busy timeout, or a read transaction could not be upgraded).
bool isBusy(const QSqlError &error);

/// Executes an already prepared (and bound) query, retrying a few times with a short
/// back-off while SQLite reports busy. Returns false on any other error.
bool exec(QSqlQuery &query);

/// Binds `values` to the positional placeholders of a prepared query (0, 1, ...). A null
/// QString is bound as '' (use nullable() for SQL NULL).
void bind(QSqlQuery &query, const QVariantList &values);

/// Binds `values` to a prepared query and executes it (busy retried).
bool execBound(QSqlQuery &query, const QVariantList &values);

/// Prepares `sql`, binds `values` positionally and executes it (busy retried).
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

/// Runs one statement without results; returns "" or the error text.
QString run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// The first column of the first row, or an invalid QVariant when there is none.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// The error of a failed query as one line. Bound values are never part of it, so it is
/// safe to log even when the query carried patient data.
QString errorText(const QSqlQuery &query);

/// Current UTC time as ISO 8601 with milliseconds, the format of every *_at column.
QString nowUtc();

/// A value for a nullable column: null when `present` is false.
QVariant nullable(bool present, const QVariant &value);

} // namespace brainmd::sql
