#include "bench/BaselineBackend.h"

#include "bench/ChatJson.h"
#include "bench/FeatureClassifier.h"
#include "bench/ImageFeatures.h"
#include "bench/Resampling.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

constexpr int kZeroShotNeighbours = 5;

class BaselineSession final : public BackendSession {
public:
    explicit BaselineSession(const BaselineBackend &backend)
        : m_backend(backend) {}
    ChatResponse complete(const ChatRequest &request) override { return m_backend.answer(request); }

private:
    const BaselineBackend &m_backend;
};

/// The option with most votes; ties go to the option voted for first in `votes`.
QString plurality(const QStringList &votes, const QStringList &options) {
    QString best;
    qsizetype bestCount = 0;
    for (const QString &vote : votes) {
        if (!options.contains(vote))
            continue;
        const qsizetype count = votes.count(vote);
        if (count > bestCount) {
            best = vote;
            bestCount = count;
        }
    }
    return best;
}

double shareOf(const QStringList &votes, const QString &value) {
    return votes.isEmpty()
               ? std::nan("")
               : static_cast<double>(votes.count(value)) / static_cast<double>(votes.size());
}

} // namespace

struct BaselineBackend::FeatureCache {
    QMutex mutex;
    QHash<QByteArray, std::vector<double>> bySha;
};

BaselineBackend::BaselineBackend(QString kind)
    : m_kind(std::move(kind))
    , m_features(std::make_shared<FeatureCache>()) {}

QStringList BaselineBackend::kinds() {
    return {QStringLiteral("random"), QStringLiteral("majority"), QStringLiteral("knn"),
            QStringLiteral("oracle"), QStringLiteral("features")};
}

std::vector<double> BaselineBackend::featuresOf(const QByteArray &png) const {
    const QByteArray sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256);
    {
        QMutexLocker lock(&m_features->mutex);
        if (const auto found = m_features->bySha.constFind(sha);
            found != m_features->bySha.constEnd())
            return found.value();
    }
    const std::vector<double> features = ImageFeatureSet::ofPng(png);
    QMutexLocker lock(&m_features->mutex);
    m_features->bySha.insert(sha, features);
    return features;
}

/// Features of a message's images: one image, or the mean over several (none: empty).
std::vector<double> BaselineBackend::messageFeatures(const ChatMessage &message) const {
    std::vector<double> mean;
    for (const QByteArray &png : message.pngImages) {
        const std::vector<double> f = featuresOf(png);
        if (mean.empty())
            mean.assign(f.size(), 0.0);
        for (std::size_t i = 0; i < f.size() && i < mean.size(); ++i)
            mean[i] += f[i] / static_cast<double>(message.pngImages.size());
    }
    return mean;
}

ChatResponse BaselineBackend::featureAnswer(const ChatRequest &request) const {
    const BaselineHints &hints = request.hints;
    std::vector<LabelledFeatures> training;
    const ChatMessage *query = nullptr;
    // The prompt: [system], (user with image, assistant with the answer) per example, and
    // the query last; the examples are what a model would learn from.
    for (std::size_t i = 0; i < request.messages.size(); ++i) {
        const ChatMessage &m = request.messages[i];
        if (m.role != QLatin1String("user"))
            continue;
        if (i + 1 < request.messages.size() &&
            request.messages[i + 1].role == QLatin1String("assistant"))
            training.push_back({messageFeatures(m), request.messages[i + 1].text.trimmed()});
        else
            query = &m;
    }
    for (std::size_t i = 0; i < hints.featurePoolImages.size(); ++i)
        training.push_back(
            {featuresOf(hints.featurePoolImages[i]), hints.featurePoolAnswers.value(qsizetype(i))});
    const std::vector<double> seen =
        query != nullptr ? messageFeatures(*query) : std::vector<double>{};
    const FeatureAnswer answer = classifyByFeatures(training, seen, hints.options, hints.positive);
    ChatResponse response;
    response.text = answer.answer;
    response.positiveProbability = answer.hasProbability ? answer.positive : std::nan("");
    return response;
}

QByteArray BaselineBackend::cacheKeyMaterial(const ChatRequest &request) const {
    return ModelBackend::cacheKeyMaterial(request) + '\n' +
           QJsonDocument(baselineHintsJson(request.hints)).toJson(QJsonDocument::Compact);
}

std::unique_ptr<BackendSession> BaselineBackend::openSession(CancelToken *) const {
    return std::make_unique<BaselineSession>(*this);
}

ChatResponse BaselineBackend::answer(const ChatRequest &request) const {
    const BaselineHints &hints = request.hints;
    ChatResponse response;
    response.httpStatus = 200;
    response.attempts = 1;
    QString choice;
    double probability = std::nan("");
    if (m_kind == QLatin1String("features")) {
        const ChatResponse seen = featureAnswer(request);
        choice = seen.text;
        probability = seen.positiveProbability;
    } else if (m_kind == QLatin1String("random") && !hints.options.isEmpty()) {
        SplitMix64 random(hints.seed);
        const double u = static_cast<double>(random.next() >> 11) * 0x1.0p-53;
        if (!hints.positive.isEmpty()) {
            probability = u;
            choice = u >= 0.5
                         ? hints.positive
                         : hints.options.value(hints.options.first() == hints.positive ? 1 : 0);
        } else {
            choice = hints.options.value(
                static_cast<int>(random.below(static_cast<std::uint64_t>(hints.options.size()))));
        }
    } else if (m_kind == QLatin1String("majority")) {
        choice = plurality(hints.poolAnswers, hints.options);
        if (!hints.positive.isEmpty())
            probability = shareOf(hints.poolAnswers, hints.positive);
    } else if (m_kind == QLatin1String("knn")) {
        const int k = hints.shots > 0 ? hints.shots : kZeroShotNeighbours;
        const QStringList votes = hints.neighbourAnswers.mid(0, k);
        choice = plurality(votes, hints.options);
        if (!hints.positive.isEmpty())
            probability = shareOf(votes, hints.positive);
    } else if (m_kind == QLatin1String("oracle") && !hints.oracleTruth.isEmpty()) {
        // The ceiling of a 2D reader of these images: what the images show is read
        // without error; where they show no lesion, the answer most common among pool
        // cases whose images show none either (the whole pool if there are none).
        const QStringList &unseen = hints.oracleUnseenPoolAnswers.isEmpty()
                                        ? hints.poolAnswers
                                        : hints.oracleUnseenPoolAnswers;
        choice = hints.oracleLesionShown ? hints.oracleTruth : plurality(unseen, hints.options);
        if (!hints.positive.isEmpty())
            probability = hints.oracleLesionShown
                              ? (hints.oracleTruth == hints.positive ? 1.0 : 0.0)
                              : shareOf(unseen, hints.positive);
    }
    response.text = choice.isEmpty() ? QStringLiteral("cannot tell") : choice;
    response.positiveProbability = probability;
    QJsonObject body{{QStringLiteral("baseline"), m_kind},
                     {QStringLiteral("answer"), response.text}};
    if (std::isfinite(probability))
        body.insert(QStringLiteral("probability"), probability);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace brainmd
