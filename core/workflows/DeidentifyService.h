#pragma once

#include "jobs/Job.h"
#include "jobs/Progress.h"
#include "privacy/DeidentifyOptions.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace brainmd {

struct DeidentifyRequest {
    QString inDir;   ///< the originals, walked recursively
    QString outDir;  ///< where the de-identified copies go
    QString mapPath; ///< the private map (original ↔ pseudonym, UIDs); never inside outDir
    PseudonymKey key;
    DeidentifyOptions options;
};

struct DeidentifyReport {
    struct FileNote {
        QString path; ///< the input file
        QString reason;
    };
    int filesSeen = 0;
    int written = 0;
    int patients = 0;              ///< in this run
    int uidsMapped = 0;            ///< distinct UIDs replaced in this run
    std::vector<FileNote> refused; ///< not de-identified on purpose (burned-in annotation)
    std::vector<FileNote> failed;  ///< could not be read or written
    std::vector<FileNote> skipped; ///< not DICOM, DICOMDIR
    QStringList notes;             ///< descriptors cleaned, duplicate instances
    QString containmentProblem;    ///< set when files were processed in-process
    QString error;                 ///< set when the run could not start or the map not be written
    bool cancelled = false;
    double seconds = 0.0;

    bool ok() const { return error.isEmpty(); }
};

/// De-identifies every DICOM file under `inDir` into `outDir` (PS3.15 E.1 Basic Profile
/// with the options of the request; see FileDeidentifier.h for one file) and writes the
/// map of originals to pseudonyms and UIDs to `mapPath`, 0600, outside the output so the
/// released folder carries no way back (PseudonymMap: a map of the same key is added to,
/// one of another key refused before any file is written). Files are de-identified in the helper
/// process (ContainedDeidentifier), one at a time; each problem file is listed with its reason and
/// the run goes on. Cancelling (progress returns false) keeps the files written so far and
/// writes the map for them.
DeidentifyReport deidentifyFolder(const DeidentifyRequest &request, ProgressReporter *progress);

/// The same as a Job for a front end's job runner; `done` gets the report in the job's
/// thread.
std::unique_ptr<Job> makeDeidentifyJob(DeidentifyRequest request,
                                       std::function<void(const DeidentifyReport &)> done);

} // namespace brainmd
