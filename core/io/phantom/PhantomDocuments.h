#pragma once

#include "io/documents/DocumentTypes.h"
#include "io/phantom/PhantomTypes.h"

#include <cstdint>
#include <vector>

namespace brainmd {

/// Side documents of a phantom case, all derived from its truth. Wording varies between
/// cases through a generator seeded by (seed, case), so the same seed gives the same text.

/// Free-text radiology report (examination, clinical information, findings, impression).
QString phantomReport(const PhantomCaseTruth &truth, int resolutionMm, std::uint64_t seed);

/// Presenting symptoms consistent with the truth (e.g. seizures for a temporal tumour).
QStringList phantomSymptoms(const PhantomCaseTruth &truth, std::uint64_t seed);

/// Report, EHR and demographics records of the case (EHR and demographics as JSON text).
std::vector<CaseDocument> phantomDocuments(const PhantomCaseTruth &truth, int resolutionMm,
                                           std::uint64_t seed);

/// Answers to the default task pack's questions: lesion_present, lesion_side,
/// lesion_lobe, enhancement, oedema, mass_effect, size_class.
std::vector<LabelRow> phantomLabels(const PhantomCaseTruth &truth);

/// size_class of a diameter: small (< 20 mm), medium (20–40 mm), large (> 40 mm).
QString phantomSizeClass(double diameterMm);

/// "frontal", "parietal", "temporal", "occipital", or "other" for any other lobe.
QString phantomLobeAnswer(const QString &lobe);

} // namespace brainmd
