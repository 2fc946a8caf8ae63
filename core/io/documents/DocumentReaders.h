#pragma once

#include "io/documents/DocumentTypes.h"

namespace brainmd {

/// Reads reports / EHR / demographics from CSV (header: accession_number, patient_id,
/// kind, text) or JSON ({"format": "brainmd-documents", "version": 1, "documents": [...]},
/// each entry with accession_number / patient_id / kind and either "text" or "fields").
ParseResult<std::vector<CaseDocument>> readDocumentsFile(const QString &path);

/// Reads a label file: CSV (accession_number, patient_id, question, answer; name = file
/// stem, kind "file") or JSON ({"format": "brainmd-labels", "version": 1, "name", "kind",
/// "task_pack", "labels": [...]}).
ParseResult<LabelFile> readLabelFile(const QString &path);

/// Reads a reference-slice file: CSV (accession_number, patient_id, view, index,
/// position_mm) or JSON ({"format": "brainmd-reference-slices", "version": 1, "name",
/// "basis", "slices": [...]}).
ParseResult<ReferenceSliceFile> readReferenceSliceFile(const QString &path);

/// Reads `<folder>/brainmd-dataset.json` when it exists ({"format": "brainmd-dataset",
/// "version": 1, "documents": [...], "labels": [...], "references": [...]}).
/// Returns false with `error` set when the file exists but is invalid.
bool readDatasetManifest(const QString &folder, DatasetManifest *manifest, QString *error);

} // namespace brainmd
