#pragma once

#include "privacy/DeidentifyProfile.h"
#include "privacy/PseudonymKey.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace brainmd {

/// Who a file belonged to and what stands for them now (goes to the private map only).
struct PatientPseudonym {
    QString originalId;
    QString originalName;
    QString pseudonym;
    int dateOffsetDays = 0;
};

/// What de-identifying one file gave.
struct FileDeidentification {
    enum class Outcome {
        Written, ///< the de-identified copy is at outputPath
        Refused, ///< not de-identified on purpose (burned-in annotation): reason says why
        Skipped, ///< not a DICOM object to release (not DICOM, a DICOMDIR)
        Failed   ///< could not be read or written: reason says why
    };
    Outcome outcome = Outcome::Failed;
    QString reason;
    QString outputPath;
    PatientPseudonym patient;
    std::vector<std::pair<QString, QString>> uids; ///< original → replacement, this file's
    QStringList cleanedDescriptors; ///< descriptors removed because they held identifiers
};

/// De-identifies the DICOM file `input` with `profile` and `key` and writes the result,
/// private (0600), as <outDir>/<pseudonym>/<new SOP Instance UID>.dcm: no name of the
/// input tree survives, since folder and file names often hold ids. Pixel data is copied
/// as stored, never decoded. A file whose BurnedInAnnotation is YES is refused: its pixels
/// may show identifying text that header cleaning cannot remove. The copy carries
/// PatientIdentityRemoved YES, DeidentificationMethod and its code sequence (CID 7050) and
/// LongitudinalTemporalInformationModified.
FileDeidentification deidentifyFile(const QString &input, const QString &outDir,
                                    const DeidentifyProfile &profile, const PseudonymKey &key);

} // namespace brainmd
