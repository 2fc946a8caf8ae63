#include "io/phantom/PhantomSideFiles.h"

#include "io/documents/DocumentWriters.h"
#include "io/phantom/PhantomDocuments.h"
#include "io/phantom/PhantomPlacementSummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace brainmd {

namespace {

const char *kReferenceBasis =
    "phantom truth: per view, the slice with the largest cross-section of the synthetic "
    "lesion (for cases without a lesion, of the brain), computed by the generator from its "
    "own ground truth on the acquired grid reoriented to RAS; not chosen by a reader";

QString readmeText(const PhantomOptions &options, int caseCount) {
    return QStringLiteral(
               "BrainMD phantom dataset - SYNTHETIC DATA, NOT FROM ANY PATIENT\n\n"
               "Written by `brainmd demo-data` (seed %1, %2 cases, %3 mm voxels).\n"
               "Anatomy: the Colin27 single-subject template (ch2) and the AAL atlas from "
               "Debian's mricron-data, randomly deformed and posed, with bias field and "
               "noise; some cases carry a synthetic tumour (enhancing rim, necrotic core, "
               "oedema, mass effect) anywhere in the brain parenchyma, a few of them with one "
               "or two smaller satellites in the same lobe and on the same side (the largest "
               "lesion answers the questions; masks and reference slices cover all). Names, "
               "identifiers and dates are invented.\n\n"
               "dicom/<case>/          one post-contrast T1 MR series per case\n"
               "reports.json           radiology reports written from the generator's truth\n"
               "ehr.json               EHR and demographics records\n"
               "labels.json            answers to the task-pack questions (phantom truth)\n"
               "reference-slices.json  largest lesion cross-section per view (phantom "
               "truth, not a reader's work)\n"
               "lesion-positions.json  where the lesions lie: |reference - centre slice| per "
               "view, lobes and sides\n"
               "brainmd-dataset.json   manifest naming the side files for import\n\n"
               "The same seed and options always give the same bytes. Do not use for any "
               "clinical purpose.\n")
        .arg(QString::number(options.seed), QString::number(caseCount),
             QString::number(options.resolutionMm));
}

QString writeText(const QString &path, const QString &text) {
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("brainmd", "%1: cannot write (%2)")
            .arg(path, file.errorString());
    return {};
}

ReferenceSliceFile referenceFile(const std::vector<PhantomCaseTruth> &cases) {
    ReferenceSliceFile references;
    references.name = QStringLiteral("phantom-truth");
    references.basis = QLatin1String(kReferenceBasis);
    for (const PhantomCaseTruth &truth : cases) {
        for (const View view : kAllViews) {
            ReferenceSliceRow row;
            row.accessionNumber = truth.accessionNumber;
            row.patientId = truth.patientId;
            row.view = view;
            row.sliceIndex = truth.referenceSlice[static_cast<int>(view)];
            row.positionMm = truth.referencePositionMm[static_cast<int>(view)];
            references.rows.push_back(row);
        }
    }
    return references;
}

} // namespace

QString writePhantomSideFiles(const PhantomOptions &options,
                              const std::vector<PhantomCaseTruth> &cases, QStringList *files) {
    const QDir out(options.outDir);
    std::vector<CaseDocument> reports, records;
    LabelFile labels;
    labels.name = QStringLiteral("phantom-truth");
    labels.kind = QStringLiteral("phantom");
    labels.taskPack = QStringLiteral("brainbench-default");
    for (const PhantomCaseTruth &truth : cases) {
        for (CaseDocument &document : phantomDocuments(truth, options.resolutionMm, options.seed))
            (document.kind == QLatin1String("report") ? reports : records).push_back(document);
        for (const LabelRow &row : phantomLabels(truth))
            labels.rows.push_back(row);
    }
    DatasetManifest manifest;
    manifest.documentFiles = {out.filePath(QStringLiteral("reports.json")),
                              out.filePath(QStringLiteral("ehr.json"))};
    manifest.labelFiles = {out.filePath(QStringLiteral("labels.json"))};
    manifest.referenceFiles = {out.filePath(QStringLiteral("reference-slices.json"))};
    const QString readme = out.filePath(QStringLiteral("README.txt"));
    const QString positions = out.filePath(QStringLiteral("lesion-positions.json"));
    manifest.otherFiles = {readme, positions};
    const QString errors[] = {
        writeDocumentsJson(reports, manifest.documentFiles.at(0)),
        writeDocumentsJson(records, manifest.documentFiles.at(1)),
        writeLabelFileJson(labels, manifest.labelFiles.at(0)),
        writeReferenceSliceFileJson(referenceFile(cases), manifest.referenceFiles.at(0)),
        writeDatasetManifest(options.outDir, manifest),
        writeText(readme, readmeText(options, static_cast<int>(cases.size()))),
        writePhantomPlacementJson(summarizePhantomPlacement(cases), cases, positions),
    };
    for (const QString &error : errors)
        if (!error.isEmpty())
            return error;
    *files << manifest.documentFiles << manifest.labelFiles << manifest.referenceFiles
           << out.filePath(QStringLiteral("brainmd-dataset.json")) << readme << positions;
    return {};
}

} // namespace brainmd
