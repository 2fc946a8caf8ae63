#include "workflows/SelectionIdentity.h"

#include "votemi/SliceSelector.h"
#include "votemi/Voting.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace brainmd {

namespace {

QJsonObject votemiParameters(const SelectionParameters &p, const QString &weightsSha256) {
    QJsonObject o{
        {QStringLiteral("patchSize"), p.patchSize},
        {QStringLiteral("stride"), p.stride},
        {QStringLiteral("minForegroundFraction"), p.minForegroundFraction},
        {QStringLiteral("embedder"), QString::fromStdString(p.embedder.name)},
        {QStringLiteral("latent"), p.embedder.latent},
        {QStringLiteral("eps"), p.eps},
        {QStringLiteral("minPts"), p.minPts},
        {QStringLiteral("epsQueryLimit"), p.epsQueryLimit},
        {QStringLiteral("k"), p.k},
        {QStringLiteral("knnLeaves"), p.knnLeaves},
        {QStringLiteral("seedFraction"), p.seedFraction},
        {QStringLiteral("delta"), p.delta},
        {QStringLiteral("theta"), p.theta},
        {QStringLiteral("seed"), QString::number(p.seed)},
        {QStringLiteral("weighting"), QString::fromStdString(voteWeightingName(p.weighting))},
        {QStringLiteral("voteWindowMm"), p.voteWindowMm}};
    if (p.embedder.name == "vae") {
        o.insert(QStringLiteral("vaeHidden"), p.embedder.hidden);
        o.insert(QStringLiteral("vaeEpochs"), p.embedder.epochs);
        o.insert(QStringLiteral("vaeBatchSize"), p.embedder.batchSize);
        o.insert(QStringLiteral("vaeLearningRate"), p.embedder.learningRate);
        o.insert(QStringLiteral("vaeWeightsSha256"), weightsSha256);
    }
    return o;
}

} // namespace

QJsonObject selectionRequestedParameters(const QString &method,
                                         const SelectionParameters &parameters,
                                         const QString &vaeWeightsSha256) {
    if (method == QLatin1String("votemi"))
        return votemiParameters(parameters, vaeWeightsSha256);
    if (method == QLatin1String("random"))
        return QJsonObject{{QStringLiteral("seed"), QString::number(parameters.seed)}};
    return {};
}

QString selectionParameterHash(const QJsonObject &requested) {
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    const QByteArray text = QJsonDocument(requested).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

StoredSelection selectionFromResult(qint64 caseId, const SelectionResult &result,
                                    const QJsonObject &requested, const QString &vaeWeightsPath) {
    StoredSelection s;
    s.caseId = caseId;
    s.method = QString::fromStdString(result.method);
    s.parameterHash = selectionParameterHash(requested);
    s.parameters = requested;
    s.parameters.insert(QStringLiteral("resolved"),
                        QJsonObject{{QStringLiteral("eps"), result.parameters.eps},
                                    {QStringLiteral("minPts"), result.parameters.minPts},
                                    {QStringLiteral("patchCount"), result.patchCount},
                                    {QStringLiteral("clusterCount"), result.clusterCount}});
    if (!vaeWeightsPath.isEmpty())
        s.parameters.insert(QStringLiteral("vaeWeights"), vaeWeightsPath);
    s.seed = result.parameters.seed;
    for (std::size_t v = 0; v < s.views.size(); ++v) {
        const ViewSelection &chosen = result.views[v];
        s.views[v] = {chosen.view, chosen.sliceIndex, chosen.positionMm, chosen.voteProfile};
    }
    return s;
}

} // namespace brainmd
