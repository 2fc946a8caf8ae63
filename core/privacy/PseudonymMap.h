#pragma once

#include "privacy/FileDeidentifier.h"
#include "privacy/PseudonymKey.h"

#include <QMap>
#include <QString>

namespace brainmd {

/// The way back from a release to the patients: original and pseudonym ids and names,
/// date offsets and the UID map, as JSON ("brainmd-pseudonym-map"). It is written only
/// to a private (0600) file apart from the release. Runs with the same key add to the
/// same map; the map records a fingerprint of its key (a keyed hash, not the key) so that
/// a run with another key cannot mix its values in.
class PseudonymMap {
public:
    /// Reads `path` when it exists. False (and `error`) when it is not a map or was written
    /// with another key; a missing file is an empty map.
    bool load(const QString &path, const PseudonymKey &key, QString *error);
    void add(const FileDeidentification &file);
    /// Writes the map with this run (input and output folders, time) appended to its runs.
    QString write(const QString &path, const PseudonymKey &key, const QString &inDir,
                  const QString &outDir) const;

    int patientCount() const { return int(m_patients.size()); }
    int uidCount() const { return int(m_uids.size()); }

private:
    QMap<QString, PatientPseudonym> m_patients; ///< by pseudonym
    QMap<QString, QString> m_uids;              ///< original → replacement
    QByteArray m_runs;                          ///< the earlier runs, as a JSON array
};

} // namespace brainmd
