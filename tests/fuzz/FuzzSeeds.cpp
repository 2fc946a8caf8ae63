#include "FuzzSeeds.h"

#include "bench/TaskPack.h"
#include "io/dicom/DicomSeriesWriter.h"
#include "io/nifti/NiftiIO.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <utility>
#include <vector>

namespace brainmd::fuzz {

namespace {

Volume tinyVolume(std::array<int, 3> dims, VoxelType type) {
    Geometry geometry;
    geometry.dims = dims;
    geometry.spacing = {0.9, 0.9, 2.5};
    geometry.origin = {-4.0, -3.0, 10.0};
    Volume volume(geometry, type);
    for (std::size_t i = 0; i < volume.voxelCount(); ++i)
        volume.setValue(i, static_cast<float>((i * 37) % 200) - 20.0f);
    return volume;
}

QString writeText(const QDir &dir, const QString &name, const QByteArray &text) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return QStringLiteral("cannot write %1").arg(file.fileName());
    return {};
}

QString dicomSeeds(const QDir &out) {
    const std::vector<std::pair<QString, DicomWriteOptions>> variants{
        {QStringLiteral("explicit"), {DicomTransferSyntax::ExplicitLittle, false}},
        {QStringLiteral("implicit"), {DicomTransferSyntax::ImplicitLittle, false}},
        {QStringLiteral("big"), {DicomTransferSyntax::ExplicitBig, false}},
        {QStringLiteral("rle"), {DicomTransferSyntax::Rle, false}},
        {QStringLiteral("jpegll"), {DicomTransferSyntax::JpegLossless, false}},
        {QStringLiteral("enhanced"), {DicomTransferSyntax::ExplicitLittle, true}},
    };
    DicomSeriesMetadata meta;
    meta.patientName = QStringLiteral("FUZZ^SEED");
    meta.patientId = QStringLiteral("F1");
    meta.studyInstanceUid = QStringLiteral("1.2.826.0.1.3680043.9.7.1");
    meta.frameOfReferenceUid = QStringLiteral("1.2.826.0.1.3680043.9.7.1.2");
    meta.accessionNumber = QStringLiteral("ACC1");
    meta.studyDate = QStringLiteral("20240101");
    meta.studyTime = QStringLiteral("120000");
    meta.windowCenter = 80;
    meta.windowWidth = 200;
    const Volume volume = tinyVolume({6, 5, 2}, VoxelType::Int16);
    QTemporaryDir temp;
    int index = 0;
    for (const auto &[name, options] : variants) {
        // Distinct UIDs per variant, so that a folder of all seeds holds no duplicates.
        ++index;
        meta.seriesInstanceUid = QStringLiteral("1.2.826.0.1.3680043.9.7.1.%1").arg(index);
        meta.sopUidRoot = QStringLiteral("1.2.826.0.1.3680043.9.7.2.%1").arg(index);
        meta.seriesNumber = index;
        const QString folder = temp.filePath(name);
        if (const QString error = writeDicomSeries(volume, meta, folder, options); !error.isEmpty())
            return error;
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QFile::remove(out.filePath(name + QStringLiteral(".dcm")));
        if (files.isEmpty() || !QFile::copy(QDir(folder).filePath(files.first()),
                                            out.filePath(name + QStringLiteral(".dcm"))))
            return QStringLiteral("no DICOM file written for %1").arg(name);
    }
    return {};
}

QString niftiSeeds(const QDir &out) {
    const QString a = writeNifti(tinyVolume({4, 3, 2}, VoxelType::Int16),
                                 out.filePath(QStringLiteral("int16.nii")));
    const QString b = writeNifti(tinyVolume({3, 3, 1}, VoxelType::Float32),
                                 out.filePath(QStringLiteral("float.nii")));
    return a.isEmpty() ? b : a;
}

QString taskPackSeeds(const QDir &out) {
    QFile pack(defaultTaskPackPath());
    if (!pack.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the default task pack");
    return writeText(out, QStringLiteral("default.json"), pack.readAll());
}

QString documentSeeds(const QDir &out) {
    const std::vector<std::pair<QString, QByteArray>> seeds{
        {QStringLiteral("labels.csv"),
         "accession_number,patient_id,question,answer\nA1,P1,tumour_present,yes\n"
         "\"A2\",P2,side,\"left, mostly\"\n"},
        {QStringLiteral("labels.json"),
         R"({"format":"brainmd-labels","version":1,"name":"truth","kind":"reference",)"
         R"("task_pack":"brainbench-default","labels":[{"accession_number":"A1",)"
         R"("patient_id":"P1","question":"tumour_present","answer":"yes"}]})"},
        {QStringLiteral("documents.csv"),
         "accession_number,patient_id,kind,text\nA1,P1,report,\"Line one\nline \"\"two\"\"\"\n"},
        {QStringLiteral("documents.json"),
         R"({"format":"brainmd-documents","version":1,"documents":[{"accession_number":"A1",)"
         R"("kind":"ehr","fields":{"age":"54","sex":"F"}},{"patient_id":"P2","kind":"report",)"
         R"("text":"No lesion."}]})"},
        {QStringLiteral("refs.csv"),
         "accession_number,patient_id,view,index,position_mm\nA1,P1,axial,12,\nA2,,coronal,,3.5\n"},
        {QStringLiteral("refs.json"),
         R"({"format":"brainmd-reference-slices","version":1,"name":"expert","basis":"lesion",)"
         R"("slices":[{"accession_number":"A1","view":"sagittal","index":4}]})"},
    };
    for (const auto &[name, text] : seeds)
        if (const QString error = writeText(out, name, text); !error.isEmpty())
            return error;
    return {};
}

QString responseSeeds(const QDir &out) {
    const std::vector<std::pair<QString, QByteArray>> seeds{
        {QStringLiteral("letter.json"),
         R"({"choices":[{"message":{"role":"assistant","content":"B"},"finish_reason":"stop"}],)"
         R"("usage":{"prompt_tokens":812,"completion_tokens":1}})"},
        {QStringLiteral("logprobs.json"),
         R"({"choices":[{"message":{"content":"A"},"finish_reason":"stop","logprobs":{"content":)"
         R"([{"token":"A","logprob":-0.1,"top_logprobs":[{"token":"A","logprob":-0.1},)"
         R"({"token":"B","logprob":-2.4}]}]}}]})"},
        {QStringLiteral("think.json"),
         R"({"choices":[{"message":{"content":"<think>left or right?</think>\n```json\n)"
         R"({\"answer\": \"left\"}\n```"},"finish_reason":"length"}]})"},
        {QStringLiteral("plain.txt"), "The tumour is not present. Answer: (b) No"},
        {QStringLiteral("abstain.txt"), "I cannot tell from this image."},
    };
    for (const auto &[name, text] : seeds)
        if (const QString error = writeText(out, name, text); !error.isEmpty())
            return error;
    return {};
}

} // namespace

QString writeSeeds(const QString &target, const QString &folder) {
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create %1").arg(folder);
    const QDir out(folder);
    if (target == QLatin1String("dicom"))
        return dicomSeeds(out);
    if (target == QLatin1String("nifti"))
        return niftiSeeds(out);
    if (target == QLatin1String("taskpack"))
        return taskPackSeeds(out);
    if (target == QLatin1String("documents"))
        return documentSeeds(out);
    if (target == QLatin1String("response"))
        return responseSeeds(out);
    return QStringLiteral("unknown fuzz target %1").arg(target);
}

} // namespace brainmd::fuzz
