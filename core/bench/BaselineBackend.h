#pragma once

#include "bench/ModelBackend.h"

#include <memory>
#include <vector>

namespace brainmd {

/// The built-in baselines, which need no server and read only BaselineHints:
/// - `random`: an option drawn uniformly (seeded by the request), probability uniform;
/// - `majority`: the most frequent answer of the annotated pool (ties: option order),
///   probability = the pool's share of the positive option;
/// - `knn`: vote of the retrieved most similar pool cases (the shots, or 5 in zero-shot),
///   ties to the most similar, probability = vote share of the positive option;
/// - `oracle`: the ceiling any 2D reader of the shown images can reach, from the lesion
///   masks: the true answer when the images show the case's lesion, otherwise the most
///   common answer of the pool cases whose images show no lesion (probability: 1 or 0,
///   else that group's positive share);
/// - `features`: a baseline that sees: image features (ImageFeatureSet: asymmetry,
///   intensity outliers, blobs) of the shown image, classified by ridge logistic
///   regression (classifyByFeatures) fitted on the prompt's examples (k-shot) or, at zero
///   shots, on the images and answers of the whole annotated pool; with the controls it
///   has nothing to see and answers the prior of what it was fitted on.
/// They answer "cannot tell" when they have nothing to go on.
class BaselineBackend final : public ModelBackend {
public:
    /// `kind` is "random", "majority", "knn", "oracle" or "features".
    explicit BaselineBackend(QString kind);

    QString name() const override { return m_kind; }
    QString model() const override { return QStringLiteral("builtin-") + m_kind; }
    bool isBaseline() const override { return true; }
    QByteArray cacheKeyMaterial(const ChatRequest &request) const override;
    std::unique_ptr<BackendSession> openSession(CancelToken *cancel) const override;

    static QStringList kinds();
    /// The answer for a request (what a session returns).
    ChatResponse answer(const ChatRequest &request) const;

private:
    struct FeatureCache;
    /// Features of an image, computed once per distinct PNG (thread-safe).
    std::vector<double> featuresOf(const QByteArray &png) const;
    std::vector<double> messageFeatures(const ChatMessage &message) const;
    ChatResponse featureAnswer(const ChatRequest &request) const;

    QString m_kind;
    std::shared_ptr<FeatureCache> m_features;
};

} // namespace brainmd
