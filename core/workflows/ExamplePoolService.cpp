#include "workflows/ExamplePoolService.h"

#include "jobs/JobContext.h"
#include "jobs/JobPool.h"
#include "jobs/Progress.h"
#include "ports/CaseCatalog.h"
#include "ports/SelectionStore.h"
#include "ports/StudyStorage.h"
#include "votemi/ScaledVolume.h"
#include "votemi/VoteK.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <Eigen/SVD>

#include <algorithm>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// Appends the box-averaged side × side thumbnail of one slice of a scaled RAS volume.
void appendThumbnail(const ScaledVolume &volume, View view, int slice, int side,
                     std::vector<float> *out) {
    const int axis = viewAxis(view);
    const int p = axis == 0 ? 1 : 0;
    const int q = axis == 2 ? 1 : 2;
    const int dp = volume.dims[p];
    const int dq = volume.dims[q];
    std::vector<double> sum(static_cast<std::size_t>(side * side), 0.0);
    std::vector<int> count(sum.size(), 0);
    std::array<int, 3> index{0, 0, 0};
    index[axis] = std::clamp(slice, 0, volume.dims[axis] - 1);
    for (int b = 0; b < dq; ++b) {
        for (int a = 0; a < dp; ++a) {
            index[p] = a;
            index[q] = b;
            const auto pixel = static_cast<std::size_t>((b * side / dq) * side + a * side / dp);
            sum[pixel] += volume.values[volume.index(index[0], index[1], index[2])];
            ++count[pixel];
        }
    }
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const auto pixel = static_cast<std::size_t>(y * side + x);
            if (count[pixel] == 0) { // a grid narrower than the thumbnail: nearest voxel
                index[p] = std::min(dp - 1, (2 * x + 1) * dp / (2 * side));
                index[q] = std::min(dq - 1, (2 * y + 1) * dq / (2 * side));
                out->push_back(volume.values[volume.index(index[0], index[1], index[2])]);
            } else {
                out->push_back(static_cast<float>(sum[pixel] / count[pixel]));
            }
        }
    }
}

/// Projects the rows onto their `latent` leading principal axes. Computed from the thin
/// SVD of the centred rows: with a few dozen cases and thousands of features that costs
/// O(cases² · features), where a covariance eigen-decomposition would cost features³.
/// Each axis is signed so that its largest-magnitude entry is positive (deterministic).
RowMatrix principalProjection(const RowMatrix &rows, int latent) {
    const Eigen::MatrixXd centred =
        rows.cast<double>().rowwise() - rows.cast<double>().colwise().mean();
    Eigen::BDCSVD<Eigen::MatrixXd> svd(centred, Eigen::ComputeThinV);
    Eigen::MatrixXd axes =
        svd.matrixV().leftCols(std::min<Eigen::Index>(latent, svd.matrixV().cols()));
    for (Eigen::Index c = 0; c < axes.cols(); ++c) {
        Eigen::Index largest = 0;
        axes.col(c).cwiseAbs().maxCoeff(&largest);
        if (axes(largest, c) < 0.0)
            axes.col(c) = -axes.col(c);
    }
    return (centred * axes).cast<float>();
}

QVariant thumbnailsFor(const StudyStorage &storage, qint64 selectionId, int side,
                       JobContext &context) {
    const std::optional<StoredSelection> selection = storage.selections()->byId(selectionId);
    if (!selection)
        return tr("selection %1 not found").arg(selectionId);
    CachedVolume loaded = storage.cases()->volumeFor(selection->caseId);
    if (!loaded.ok())
        return loaded.error;
    if (!context.report(0.5, tr("Thumbnails")))
        return QVariant();
    const ScaledVolume scaled = scaleVolume(reorientToRas(loaded.volume));
    std::vector<float> features;
    features.reserve(static_cast<std::size_t>(3 * side * side));
    for (const View view : kAllViews)
        appendThumbnail(scaled, view, selection->view(view).sliceIndex, side, &features);
    return QVariant::fromValue(features);
}

} // namespace

RowMatrix ExamplePoolService::caseEmbeddings(const StudyStorage &storage,
                                             const std::vector<qint64> &selectionIds,
                                             const ExamplePoolRequest &request,
                                             ProgressReporter *progress, QString *error) {
    const int n = static_cast<int>(selectionIds.size());
    const int side = std::max(4, request.thumbnail);
    RowMatrix features(n, 3 * side * side);
    JobPool pool(request.threads);
    pool.setProgressReporter(progress);
    QObject::connect(&pool, &JobPool::taskFinished, [&](int index, const QVariant &value) {
        if (value.metaType() == QMetaType::fromType<std::vector<float>>()) {
            const auto row = value.value<std::vector<float>>();
            features.row(index) = Eigen::Map<const Eigen::RowVectorXf>(
                row.data(), static_cast<Eigen::Index>(row.size()));
        } else if (error->isEmpty()) {
            *error = value.toString();
        }
    });
    pool.start(n, [&](int index, JobContext &context) {
        return thumbnailsFor(storage, selectionIds[static_cast<std::size_t>(index)], side, context);
    });
    pool.waitForFinished();
    if (pool.isCancelled() && error->isEmpty())
        *error = tr("cancelled");
    if (!error->isEmpty())
        return {};
    return principalProjection(features, std::clamp(request.latent, 1, std::max(1, n - 1)));
}

ExamplePoolOutcome ExamplePoolService::create(const StudyStorage &storage,
                                              const ExamplePoolRequest &request,
                                              ProgressReporter *progress) {
    ExamplePoolOutcome outcome;
    ExamplePool &pool = outcome.pool;
    pool.method = request.method;
    pool.count = request.count;
    if (request.method == QLatin1String("random")) {
        const std::vector<CaseSummary> cases = storage.cases()->list();
        for (const int i :
             randomCaseSelection(static_cast<int>(cases.size()), request.count, request.seed))
            pool.caseIds.push_back(cases[static_cast<std::size_t>(i)].id);
        pool.parameters = QJsonObject{{QStringLiteral("seed"), QString::number(request.seed)},
                                      {QStringLiteral("cases"), static_cast<int>(cases.size())}};
    } else if (request.method == QLatin1String("votek")) {
        std::vector<qint64> selectionIds;
        std::vector<qint64> caseIds;
        QJsonArray sourceIds;
        const std::vector<StoredSelection> sources =
            storage.selections()->latestPerCase(request.sourceMethod);
        for (const StoredSelection &s : sources) {
            selectionIds.push_back(s.id);
            caseIds.push_back(s.caseId);
            sourceIds.append(s.id);
        }
        for (const CaseSummary &c : storage.cases()->list()) {
            if (std::find(caseIds.begin(), caseIds.end(), c.id) == caseIds.end())
                outcome.withoutSource.append(c.caseKey);
        }
        if (selectionIds.empty()) {
            outcome.error =
                tr("no case has a '%1' selection yet; run brainmd select --method %1 first")
                    .arg(request.sourceMethod);
            return outcome;
        }
        const RowMatrix embeddings =
            caseEmbeddings(storage, selectionIds, request, progress, &outcome.error);
        if (!outcome.error.isEmpty())
            return outcome;
        const int k = std::clamp(request.k, 1, std::max(1, static_cast<int>(caseIds.size()) - 1));
        for (const int i : voteK(embeddings, k, request.count))
            pool.caseIds.push_back(caseIds[static_cast<std::size_t>(i)]);
        pool.parameters = QJsonObject{
            {QStringLiteral("source"), request.sourceMethod},
            {QStringLiteral("embedding"), QStringLiteral("pca-of-selected-slice-thumbnails")},
            {QStringLiteral("k"), k},
            {QStringLiteral("latent"), static_cast<int>(embeddings.cols())},
            {QStringLiteral("thumbnail"), std::max(4, request.thumbnail)},
            {QStringLiteral("source_selection_ids"), sourceIds}};
    } else {
        outcome.error =
            tr("unknown example selection method '%1' (votek, random)").arg(request.method);
        return outcome;
    }
    outcome.error = storage.examplePools()->insert(&pool);
    if (outcome.error.isEmpty()) {
        if (std::optional<ExamplePool> stored = storage.examplePools()->byId(pool.id))
            pool = std::move(*stored);
    }
    return outcome;
}

} // namespace brainmd
