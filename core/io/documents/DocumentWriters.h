#pragma once

#include "io/documents/DocumentTypes.h"

namespace brainmd {

/// Writers for the brainmd-* JSON side files that DocumentReaders.h reads (version 1).
/// Keys come out in a fixed order and numbers in a fixed form, so the same input gives
/// the same bytes. Files appear atomically (written aside, then renamed). Each returns an
/// error message naming the file, or "" on success.

/// brainmd-documents. A document whose text is a JSON object is written as "fields"
/// (structured EHR / demographics records), any other as "text".
QString writeDocumentsJson(const std::vector<CaseDocument> &documents, const QString &path);

/// brainmd-labels with the file's name, kind and task pack.
QString writeLabelFileJson(const LabelFile &labels, const QString &path);

/// brainmd-reference-slices; position_mm is rounded to 0.001 mm.
QString writeReferenceSliceFileJson(const ReferenceSliceFile &references, const QString &path);

/// `<folder>/brainmd-dataset.json`; the listed paths are written relative to `folder`.
QString writeDatasetManifest(const QString &folder, const DatasetManifest &manifest);

} // namespace brainmd
