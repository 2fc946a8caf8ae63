#include "ui/cli/SelectDebugDump.h"

#include "common/PrivateFiles.h"

#include "brainmd/Version.h"
#include "ui/cli/NpyWriter.h"
#include "votemi/SelectionJson.h"
#include "workflows/SelectionService.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace brainmd {

namespace {

QString writeText(const QString &path, const QByteArray &text) {
    return writePrivateFile(path, text);
}

QByteArray patchesCsv(const SelectionDebug &debug) {
    QByteArray csv("patch,view,slice,u,v\n");
    for (std::size_t p = 0; p < debug.patches.size(); ++p) {
        const PatchInfo &info = debug.patches[p];
        csv += QByteArray::number(static_cast<qint64>(p)) + ',' + viewName(info.view) + ',' +
               QByteArray::number(info.slice) + ',' + QByteArray::number(info.u) + ',' +
               QByteArray::number(info.v) + '\n';
    }
    return csv;
}

} // namespace

QString writeSelectionDebug(const QString &dir, const CaseSelectionOutcome &outcome) {
    const SelectionResult *result = outcome.result.get();
    if (result == nullptr)
        return QCoreApplication::translate("brainmd", "no result to write for case %1")
            .arg(outcome.caseKey);
    if (!createPrivateDir(dir))
        return QCoreApplication::translate("brainmd", "cannot create %1").arg(dir);
    const QDir out(dir);
    const SelectionDebug &debug = result->debug;
    const nlohmann::json full = nlohmann::json::parse(selectionToJson(*result, false));
    nlohmann::json parameters = full.at("parameters");
    parameters["case"] = outcome.caseKey.toStdString();
    parameters["method"] = result->method;
    parameters["softwareVersion"] = kVersion;
    parameters["gitRevision"] = kGitRevision;
    parameters["patchCount"] = result->patchCount;
    parameters["clusterCount"] = result->clusterCount;
    parameters["parameterHash"] = outcome.selection.parameterHash.toStdString();
    nlohmann::json profiles = nlohmann::json::object();
    for (const ViewSelection &v : result->views)
        profiles[viewName(v.view)] = v.voteProfile;

    QString error =
        npy::writeFloat32(out.filePath(QStringLiteral("embeddings.npy")), debug.embeddings.data(),
                          debug.embeddings.rows(), debug.embeddings.cols());
    if (error.isEmpty())
        error = npy::writeInt32(out.filePath(QStringLiteral("labels.npy")), debug.labels);
    if (error.isEmpty())
        error = npy::writeInt32(out.filePath(QStringLiteral("chosen.npy")), debug.chosen);
    if (error.isEmpty())
        error = npy::writeInt32(out.filePath(QStringLiteral("represented.npy")), debug.represented);
    if (error.isEmpty())
        error = writeText(out.filePath(QStringLiteral("patches.csv")), patchesCsv(debug));
    if (error.isEmpty())
        error = writeText(out.filePath(QStringLiteral("vote-profiles.json")),
                          QByteArray::fromStdString(profiles.dump(1)));
    if (error.isEmpty())
        error = writeText(out.filePath(QStringLiteral("parameters.json")),
                          QByteArray::fromStdString(parameters.dump(2)));
    if (error.isEmpty())
        error = writeText(out.filePath(QStringLiteral("selection.json")),
                          QByteArray::fromStdString(full.dump(2)));
    return error;
}

} // namespace brainmd
