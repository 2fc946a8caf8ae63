#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace brainmd {

/// Everything this program writes can hold patient images or case keys (accession
/// numbers), so like the database it is private to its owner: files 0600, folders 0700.
/// Every writer — exports, reports, caches, debug dumps, temporary files — goes through
/// these helpers.

/// Creates `dir` and each missing parent as 0700; an existing folder is left as its owner
/// set it. False when a folder could not be created.
bool createPrivateDir(const QString &dir);
/// Writes `bytes` to `path` atomically (a temporary file beside it, made 0600 before it
/// is renamed over the target), creating the folder privately. Returns "" or the error.
QString writePrivateFile(const QString &path, const QByteArray &bytes);
/// Makes existing files 0600. Returns "" or the first path that could not be changed.
QString makePrivate(const QStringList &files);

} // namespace brainmd
