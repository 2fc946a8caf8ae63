#include "io/documents/DocumentReaders.h"

#include "io/documents/DocumentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace brainmd {

namespace {

/// Resolves the file names listed under `key` against `folder`; each must exist.
bool manifestFiles(const QString &path, const QDir &folder, const nlohmann::json &root,
                   const char *key, QStringList *files, QString *error) {
    nlohmann::json array;
    if (!jsonArrayMember(path, root, key, &array, error))
        return false;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const int entry = static_cast<int>(i) + 1;
        if (!array[i].is_string() || array[i].get<std::string>().empty()) {
            *error = jsonEntryMessage(
                path, entry,
                QCoreApplication::translate("brainmd", "\"%1\" must list file names")
                    .arg(QLatin1String(key)));
            return false;
        }
        const QString name = QString::fromStdString(array[i].get<std::string>());
        const QString file = QDir::cleanPath(folder.absoluteFilePath(name));
        if (!QFileInfo(file).isFile()) {
            *error = jsonEntryMessage(
                path, entry,
                QCoreApplication::translate("brainmd", "'%1' does not exist").arg(name));
            return false;
        }
        files->append(file);
    }
    return true;
}

} // namespace

bool readDatasetManifest(const QString &folder, DatasetManifest *manifest, QString *error) {
    *manifest = DatasetManifest();
    const QDir dir(folder);
    const QString path = dir.absoluteFilePath(QStringLiteral("brainmd-dataset.json"));
    if (!QFileInfo::exists(path))
        return true;
    QString text;
    nlohmann::json root;
    if (!readTextFile(path, &text, error) ||
        !parseJsonDocument(path, text, "brainmd-dataset", &root, error))
        return false;
    DatasetManifest read;
    if (!manifestFiles(path, dir, root, "documents", &read.documentFiles, error) ||
        !manifestFiles(path, dir, root, "labels", &read.labelFiles, error) ||
        !manifestFiles(path, dir, root, "references", &read.referenceFiles, error) ||
        !manifestFiles(path, dir, root, "other", &read.otherFiles, error))
        return false;
    *manifest = read;
    return true;
}

} // namespace brainmd
