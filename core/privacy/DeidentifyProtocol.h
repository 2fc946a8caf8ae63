#pragma once

// Private to the privacy module: the lines the de-identification helper
// (brainmd-decoder --deidentify) reads and writes, one JSON object per line:
//   first line in:  {"key": base64, "out": folder, "modified_dates", "patient_characteristics",
//                    "clean_descriptors": booleans}
//   then per file:  {"in": path}  →  one reply line, a FileDeidentification.

#include "privacy/DeidentifyOptions.h"
#include "privacy/FileDeidentifier.h"

#include <QByteArray>

namespace brainmd {

struct DeidentifySetup {
    PseudonymKey key;
    DeidentifyOptions options;
    QString outDir;
};

QByteArray encodeSetup(const DeidentifySetup &setup);
bool decodeSetup(const QByteArray &line, DeidentifySetup *setup);
QByteArray encodeResult(const FileDeidentification &result);
bool decodeResult(const QByteArray &line, FileDeidentification *result);

} // namespace brainmd
