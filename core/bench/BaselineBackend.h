#pragma once

#include "bench/ModelBackend.h"

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
///   else that group's positive share).
/// They answer "cannot tell" when they have nothing to go on.
class BaselineBackend final : public ModelBackend {
public:
    /// `kind` is "random", "majority", "knn" or "oracle".
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
    QString m_kind;
};

} // namespace brainmd
