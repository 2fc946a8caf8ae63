#pragma once

#include "io/documents/DocumentTypes.h"

namespace brainmd {

/// Common rules of the readers below. CSV follows RFC 4180 (quoted fields may hold commas,
/// line breaks and doubled quotes); header names are matched case-insensitively, unknown
/// columns are ignored, and each row needs accession_number or patient_id. CSV rows are
/// numbered as a spreadsheet shows them (the header is row 1), JSON entries from 1. A row
/// that cannot be used becomes a FileProblem whose reason names the file and the row
/// ("labels.csv row 7: missing column 'answer'", "refs.json entry 2: unknown view 'x'");
/// the other rows are kept. A missing required header column, an unknown "format" or a
/// "version" newer than 1 makes the whole file an error. A .json suffix (or, for other
/// suffixes except .csv, content starting with '{') selects JSON. Writers: DocumentWriters.h.

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
/// "version": 1, "documents": [...], "labels": [...], "references": [...], "other": [...]},
/// "other" naming files that belong to the dataset but are not data, such as a README).
/// Returns false with `error` set when the file exists but is invalid.
bool readDatasetManifest(const QString &folder, DatasetManifest *manifest, QString *error);

} // namespace brainmd
