#pragma once

#include <QString>
#include <QStringList>

namespace brainmd {

/// Output files of `brainmd` hold patient images or case keys (accession numbers), so like
/// the database and its cache they are made readable and writable by their owner only
/// (0600). Returns "" or the first path that could not be changed.
QString makeUserOnly(const QStringList &files);

/// Creates `dir` (with its parents) when it does not exist yet and makes the new folder
/// user-only (0700); an existing folder is left as its owner set it. False on failure.
bool createUserOnlyDir(const QString &dir);

} // namespace brainmd
