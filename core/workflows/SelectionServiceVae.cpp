// SelectionService::prepareVaeWeights: one VAE for a whole batch, cached by content hash.
#include "common/PrivateFiles.h"
#include "jobs/JobContext.h"
#include "jobs/Progress.h"
#include "ports/CaseCatalog.h"
#include "ports/StudyStorage.h"
#include "votemi/PatchSampler.h"
#include "votemi/VaeEmbedder.h"
#include "workflows/SelectionService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace brainmd {

namespace {

/// The VAE is fitted on at most this many patches over all cases (an even, deterministic
/// sample of each case), so that 60 volumes at 1 mm do not need gigabytes of rows.
constexpr int kMaxTrainingRows = 120000;

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString fileSha256(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

/// Copies (or moves) `source` into the cache as "<sha>.bmdvae"; returns the new path.
QString adoptIntoCache(const QString &source, const QString &vaeDir, bool move, QString *sha,
                       QString *error) {
    *sha = fileSha256(source, error);
    if (sha->isEmpty())
        return {};
    const QString target = QDir(vaeDir).filePath(*sha + QStringLiteral(".bmdvae"));
    if (QFile::exists(target)) {
        if (move)
            QFile::remove(source);
        return target;
    }
    const bool done = move ? QFile::rename(source, target) : QFile::copy(source, target);
    if (!done) {
        *error = tr("cannot write %1").arg(target);
        return {};
    }
    makePrivate({target});
    return target;
}

RowMatrix evenSample(const RowMatrix &rows, int limit) {
    if (rows.rows() <= limit)
        return rows;
    RowMatrix sample(limit, rows.cols());
    for (int i = 0; i < limit; ++i)
        sample.row(i) =
            rows.row(static_cast<Eigen::Index>(static_cast<qint64>(i) * rows.rows() / limit));
    return sample;
}

/// Patches of every case, sampled in a JobPool; the stacking follows the case order.
QString collectPatches(const StudyStorage &storage, const SelectionRequest &request,
                       ProgressReporter *progress, RowMatrix *stacked) {
    const int cases = static_cast<int>(request.caseIds.size());
    const int perCase = std::max(1, kMaxTrainingRows / std::max(1, cases));
    const SelectionParameters &p = request.parameters;
    std::vector<RowMatrix> parts(static_cast<std::size_t>(cases));
    QString error;
    JobPool pool(request.threads);
    pool.setProgressReporter(progress);
    QObject::connect(&pool, &JobPool::taskFinished, [&](int index, const QVariant &value) {
        if (value.metaType() == QMetaType::fromType<QString>() && error.isEmpty())
            error = value.toString();
        else if (value.metaType() == QMetaType::fromType<RowMatrix>())
            parts[static_cast<std::size_t>(index)] = value.value<RowMatrix>();
    });
    pool.start(cases, [&](int index, JobContext &context) -> QVariant {
        CachedVolume loaded =
            storage.cases()->volumeFor(request.caseIds[static_cast<std::size_t>(index)]);
        if (!loaded.ok())
            return loaded.error;
        const PatchSet set =
            samplePatches(scaleVolume(reorientToRas(loaded.volume)),
                          {p.patchSize, p.stride, p.minForegroundFraction}, &context);
        return set.cancelled ? QVariant() : QVariant::fromValue(evenSample(set.patches, perCase));
    });
    pool.waitForFinished();
    if (pool.isCancelled())
        return tr("cancelled");
    if (!error.isEmpty())
        return error;
    std::vector<const RowMatrix *> pointers;
    for (const RowMatrix &part : parts)
        pointers.push_back(&part);
    *stacked = stackRows(pointers);
    return {};
}

} // namespace

QString SelectionService::prepareVaeWeights(const StudyStorage &storage, SelectionRequest *request,
                                            const QString &weightsFile,
                                            ProgressReporter *progress) {
    const QString vaeDir = QDir(storage.cacheDir()).filePath(QStringLiteral("vae"));
    if (!createPrivateDir(vaeDir))
        return tr("cannot create %1").arg(vaeDir);
    QString error;
    QString sha;
    QString path;
    if (!weightsFile.isEmpty()) {
        path = adoptIntoCache(weightsFile, vaeDir, false, &sha, &error);
    } else {
        RowMatrix patches;
        SubProgress sampling(progress, 0.0, 0.3);
        if (error = collectPatches(storage, *request, &sampling, &patches); !error.isEmpty())
            return error;
        EmbedderOptions options = request->parameters.embedder;
        options.name = "vae";
        options.seed = request->parameters.seed;
        options.weightsPath.clear();
        VaeEmbedder vae(options);
        SubProgress training(progress, 0.3, 1.0);
        if (!vae.fit(patches, &training))
            return patches.rows() == 0 ? tr("the cases yield no patch to train the VAE on")
                                       : tr("cancelled");
        const QString temporary = QDir(vaeDir).filePath(
            QStringLiteral("training-%1.tmp").arg(QCoreApplication::applicationPid()));
        if (error = vae.save(temporary.toStdString()); !error.isEmpty())
            return error;
        path = adoptIntoCache(temporary, vaeDir, true, &sha, &error);
    }
    if (path.isEmpty())
        return error;
    VaeEmbedder check(request->parameters.embedder);
    if (error = check.load(path.toStdString()); !error.isEmpty())
        return error;
    // The file's hyper-parameters are the ones used; the stored parameters must say so.
    const std::string weights = path.toStdString();
    request->parameters.embedder = check.options();
    request->parameters.embedder.name = "vae";
    request->parameters.embedder.weightsPath = weights;
    request->vaeWeightsPath = path;
    request->vaeWeightsSha256 = sha;
    return {};
}

} // namespace brainmd
