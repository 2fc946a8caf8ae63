#include "io/documents/DocumentWriters.h"

#include "io/documents/DocumentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace brainmd {

namespace {

using Json = nlohmann::ordered_json;

Json header(const char *format) {
    Json root;
    root["format"] = format;
    root["version"] = kDocumentFormatVersion;
    return root;
}

std::string utf8(const QString &text) {
    return text.toStdString();
}

void putIdentity(Json *entry, const QString &accession, const QString &patientId) {
    (*entry)["accession_number"] = utf8(accession);
    (*entry)["patient_id"] = utf8(patientId);
}

QString saveJson(const Json &root, const QString &path) {
    QSaveFile file(path);
    const std::string text = root.dump(2) + "\n";
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        return QCoreApplication::translate("brainmd", "%1: cannot write (%2)")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    return {};
}

} // namespace

QString writeDocumentsJson(const std::vector<CaseDocument> &documents, const QString &path) {
    Json root = header("brainmd-documents");
    Json array = Json::array();
    for (const CaseDocument &document : documents) {
        Json entry;
        putIdentity(&entry, document.accessionNumber, document.patientId);
        entry["kind"] = utf8(document.kind);
        Json fields = Json::parse(utf8(document.text), nullptr, false);
        if (!fields.is_discarded() && fields.is_object())
            entry["fields"] = std::move(fields);
        else
            entry["text"] = utf8(document.text);
        array.push_back(std::move(entry));
    }
    root["documents"] = std::move(array);
    return saveJson(root, path);
}

QString writeLabelFileJson(const LabelFile &labels, const QString &path) {
    Json root = header("brainmd-labels");
    root["name"] = utf8(labels.name);
    root["kind"] = utf8(labels.kind);
    root["task_pack"] = utf8(labels.taskPack);
    Json array = Json::array();
    for (const LabelRow &row : labels.rows) {
        Json entry;
        putIdentity(&entry, row.accessionNumber, row.patientId);
        entry["question"] = utf8(row.questionId);
        entry["answer"] = utf8(row.answer);
        array.push_back(std::move(entry));
    }
    root["labels"] = std::move(array);
    return saveJson(root, path);
}

QString writeReferenceSliceFileJson(const ReferenceSliceFile &references, const QString &path) {
    Json root = header("brainmd-reference-slices");
    root["name"] = utf8(references.name);
    root["basis"] = utf8(references.basis);
    Json array = Json::array();
    for (const ReferenceSliceRow &row : references.rows) {
        Json entry;
        putIdentity(&entry, row.accessionNumber, row.patientId);
        entry["view"] = viewName(row.view);
        entry["index"] = row.sliceIndex;
        entry["position_mm"] = std::round(row.positionMm * 1000.0) / 1000.0;
        array.push_back(std::move(entry));
    }
    root["slices"] = std::move(array);
    return saveJson(root, path);
}

QString writeDatasetManifest(const QString &folder, const DatasetManifest &manifest) {
    // Both sides absolute: with a relative folder ("--out data") QDir would return the
    // file's path unchanged ("data/labels.json"), which the manifest's reader then looks
    // for inside the folder, and every side file would go missing.
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    const auto relative = [&](const QStringList &files) {
        Json array = Json::array();
        for (const QString &file : files)
            array.push_back(utf8(dir.relativeFilePath(QFileInfo(file).absoluteFilePath())));
        return array;
    };
    Json root = header("brainmd-dataset");
    root["documents"] = relative(manifest.documentFiles);
    root["labels"] = relative(manifest.labelFiles);
    root["references"] = relative(manifest.referenceFiles);
    if (!manifest.otherFiles.isEmpty())
        root["other"] = relative(manifest.otherFiles);
    return saveJson(root, dir.absoluteFilePath(QStringLiteral("brainmd-dataset.json")));
}

} // namespace brainmd
