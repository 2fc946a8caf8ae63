#pragma once

#include "privacy/DeidentifyOptions.h"
#include "privacy/FileDeidentifier.h"

#include <memory>

namespace brainmd {

class HelperProcess;

/// De-identifies files one by one in the helper process `brainmd-decoder --deidentify`,
/// so that a GDCM assertion or hang on one malformed file costs that file, not the batch:
/// the file is reported as failed with what the helper printed, and the helper restarts
/// for the next one. Without the helper (not found, or BRAINMD_DECODE_INPROCESS=1) files
/// are processed in this process and containmentProblem() says so. One thread only.
class ContainedDeidentifier {
public:
    /// `program` empty: the helper PixelDecoderClient::locateDecoder() finds.
    ContainedDeidentifier(const PseudonymKey &key, DeidentifyOptions options, QString outDir,
                          QString program = {});
    ~ContainedDeidentifier();
    ContainedDeidentifier(const ContainedDeidentifier &) = delete;
    ContainedDeidentifier &operator=(const ContainedDeidentifier &) = delete;

    FileDeidentification process(const QString &input);

    bool contained() const { return m_helper != nullptr; }
    QString containmentProblem() const { return m_containmentProblem; }
    /// How often the helper was (re)started.
    int starts() const;

private:
    FileDeidentification failure(const QString &why);

    PseudonymKey m_key;
    DeidentifyOptions m_options;
    DeidentifyProfile m_profile;
    QString m_outDir;
    QString m_containmentProblem;
    std::unique_ptr<HelperProcess> m_helper; ///< null: de-identify in this process
};

} // namespace brainmd
