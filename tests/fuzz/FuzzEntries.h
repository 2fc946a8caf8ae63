#pragma once

// Entry points shared by the libFuzzer targets (FuzzMain.cpp, clang, BRAINMD_FUZZ=ON) and the
// regression replay test (TestFuzzRegressions.cpp, any compiler). Each takes one input and
// drives the real parsing path; a crash, leak, hang or sanitizer report is a finding, the
// return value is always 0 (libFuzzer's convention).

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace brainmd::fuzz {

using Entry = int (*)(const std::uint8_t *data, std::size_t size);

/// Bytes written as one file into a scratch folder, then scanDicom (DicomStructureCheck and
/// GDCM header reading), groupIntoSeries and assembleVolume for every group, as an import does.
int dicomImport(const std::uint8_t *data, std::size_t size);
/// Bytes written as `x.nii` and, gzip-compressed, as `x.nii.gz`; both read with readNifti.
int niftiRead(const std::uint8_t *data, std::size_t size);
/// Bytes parsed with parseTaskPack.
int taskPack(const std::uint8_t *data, std::size_t size);
/// Bytes written as .csv and .json files and read with readLabelFile, readDocumentsFile and
/// readReferenceSliceFile.
int documentFiles(const std::uint8_t *data, std::size_t size);
/// Bytes parsed with parseChatResponseBody, then the text (or the raw bytes when the body
/// is not a response) parsed with parseAnswer for one question of the default task pack (the
/// last byte chooses), in its own option order and reversed with a rejection option.
int modelResponse(const std::uint8_t *data, std::size_t size);

struct Target {
    QString name; ///< folder name under tests/fuzz/regressions and of the fuzz_<name> binary
    Entry entry = nullptr;
};

/// All targets: dicom, nifti, taskpack, documents, response.
const std::vector<Target> &targets();
/// The entry of `name`, or nullptr.
Entry entryOf(const QString &name);

} // namespace brainmd::fuzz
