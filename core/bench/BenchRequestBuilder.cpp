#include "bench/BenchRequestBuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

constexpr qsizetype kPngCacheLimit = 4096;

QString letters(qsizetype count) {
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list.append(QString(QChar(u'A' + static_cast<char16_t>(i))));
    return list.join(QStringLiteral(", "));
}

QString viewPhrase(const BenchCondition &condition) {
    if (condition.slices == QLatin1String("none"))
        return tr("the question alone (no image is shown)");
    if (condition.views == QLatin1String("mosaic"))
        return tr(
            "this image of three orthogonal slices (axial, coronal, sagittal, left to right)");
    return tr("this MRI slice");
}

quint64 seedFor(std::uint64_t seed, const QString &key) {
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(digest[i]);
    return value ^ seed;
}

} // namespace

BenchRequestBuilder::BenchRequestBuilder(const BenchPlan &plan, const BenchDataSource &data,
                                         QString model)
    : m_plan(plan)
    , m_data(data)
    , m_model(std::move(model))
    , m_renderer(plan.config.imageSize) {}

QString BenchRequestBuilder::questionText(const TaskQuestion &question,
                                          const BenchCondition &condition,
                                          const QStringList &shownOrder) const {
    QStringList lines;
    for (qsizetype i = 0; i < shownOrder.size(); ++i)
        lines.append(QStringLiteral("%1) %2")
                         .arg(QChar(u'A' + static_cast<char16_t>(i)))
                         .arg(shownOrder[i]));
    QString text = question.prompt;
    text.replace(QLatin1String("{view}"), viewPhrase(condition));
    text.replace(QLatin1String("{options}"), lines.join(QLatin1Char('\n')));
    QString instruction = m_plan.pack.answerInstruction;
    instruction.replace(QLatin1String("{letters}"), letters(shownOrder.size()));
    return instruction.isEmpty() ? text : text + QStringLiteral("\n\n") + instruction;
}

std::vector<QByteArray> BenchRequestBuilder::images(const PlannedCondition &planned, qint64 caseId,
                                                    QString *error) {
    const BenchCondition &condition = planned.condition;
    const std::vector<View> views = condition.shownViews();
    if (views.empty())
        return {};
    const PlannedCase *found = planned.find(caseId); // an evaluated case or an example
    const std::array<int, 3> slices = found != nullptr ? found->slices : std::array<int, 3>{};
    const QString key = condition.slices == QLatin1String("blank")
                            ? QStringLiteral("blank/%1").arg(views.size())
                            : QStringLiteral("%1/%2/%3,%4,%5")
                                  .arg(caseId)
                                  .arg(condition.views)
                                  .arg(slices[0])
                                  .arg(slices[1])
                                  .arg(slices[2]);
    {
        QMutexLocker lock(&m_mutex);
        if (const auto cached = m_pngCache.constFind(key); cached != m_pngCache.constEnd())
            return {cached.value()};
    }
    QImage image;
    if (condition.slices == QLatin1String("blank")) {
        image = m_renderer.blank(static_cast<int>(views.size()));
    } else {
        const auto rasCase = m_data.rasCase(caseId);
        if (!rasCase || !rasCase->error.isEmpty()) {
            *error =
                rasCase ? rasCase->error : tr("the volume of case %1 cannot be read").arg(caseId);
            return {};
        }
        image = views.size() == 3
                    ? m_renderer.renderMosaic(rasCase->volume, rasCase->window,
                                              {slices[0], slices[1], slices[2]})
                    : m_renderer.renderSlice(rasCase->volume, rasCase->window, views.front(),
                                             slices[static_cast<std::size_t>(views.front())]);
    }
    const QByteArray png = BenchImageRenderer::toPng(image);
    QMutexLocker lock(&m_mutex);
    if (m_pngCache.size() >= kPngCacheLimit)
        m_pngCache.clear(); // bounded memory on long runs; a miss only costs a re-render
    m_pngCache.insert(key, png);
    return {png};
}

QString BenchRequestBuilder::answerFor(const BenchCondition &condition, qint64 caseId,
                                       const TaskQuestion &question) const {
    return m_plan.truth(condition, caseId, question);
}

TaskPreparer::Prepared BenchRequestBuilder::prepare(const BenchTask &task) {
    Prepared prepared;
    const PlannedCondition *planned = m_plan.condition(task.condition);
    const TaskQuestion *question = m_plan.pack.question(task.questionId);
    if (planned == nullptr || question == nullptr || planned->cases.count(task.caseId) == 0) {
        prepared.error = tr("task %1 does not belong to this run's plan").arg(task.key);
        return prepared;
    }
    const PlannedCase &entry = planned->cases.at(task.caseId);
    prepared.shownOrder = m_plan.shownOrder(*question, task.rotation);
    const QString text = questionText(*question, planned->condition, prepared.shownOrder);
    ChatRequest &request = prepared.request;
    request.model = m_model;
    const BenchBackendConfig &backend = m_plan.config.backend;
    request.temperature = backend.temperature;
    request.topP = backend.topP;
    request.maxTokens = backend.maxTokens;
    request.seed = static_cast<qint64>(m_plan.config.seed);
    request.logprobs = backend.logprobs && question->type == AnswerType::Binary;
    if (!m_plan.pack.system.isEmpty())
        request.messages.push_back({QStringLiteral("system"), m_plan.pack.system, {}});
    for (qint64 example : entry.examples) {
        request.messages.push_back(
            {QStringLiteral("user"), text, images(*planned, example, &prepared.error)});
        request.messages.push_back(
            {QStringLiteral("assistant"), answerFor(planned->condition, example, *question), {}});
    }
    request.messages.push_back(
        {QStringLiteral("user"), text, images(*planned, task.caseId, &prepared.error)});
    BaselineHints &hints = request.hints;
    hints.questionId = question->id;
    hints.options = prepared.shownOrder;
    hints.positive = question->type == AnswerType::Binary ? question->positive : QString();
    hints.shots = planned->condition.shots;
    hints.seed = seedFor(m_plan.config.seed, task.key);
    for (const auto &[other, similarity] : entry.neighbours) {
        hints.neighbourAnswers.append(answerFor(planned->condition, other, *question));
        hints.neighbourSimilarity.push_back(similarity);
    }
    for (qint64 other : m_plan.pool) {
        if (other != task.caseId)
            hints.poolAnswers.append(answerFor(planned->condition, other, *question));
    }
    if (m_plan.config.backend.type == QLatin1String("features") && planned->condition.shots == 0) {
        // No examples in the prompt: the classifier is fitted on the pool's images (the
        // same condition's, so a control's pool shows what the query shows: nothing).
        for (qint64 other : m_plan.pool) {
            const QString answer = answerFor(planned->condition, other, *question);
            if (other == task.caseId || answer.isEmpty())
                continue;
            QString ignored; // a pool case that cannot be drawn is left out of the fit
            const std::vector<QByteArray> png = images(*planned, other, &ignored);
            if (png.empty() && !planned->condition.shownViews().empty())
                continue;
            hints.featurePoolImages.push_back(png.empty() ? QByteArray() : png.front());
            hints.featurePoolAnswers.append(answer);
        }
    }
    if (m_plan.config.backend.type == QLatin1String("oracle")) {
        const auto shows = [planned](qint64 caseId) {
            const PlannedCase *found = planned->find(caseId);
            return found != nullptr && found->lesion && found->lesion->shown;
        };
        hints.oracleTruth = answerFor(planned->condition, task.caseId, *question);
        hints.oracleLesionShown = shows(task.caseId);
        for (qint64 other : m_plan.pool) {
            if (other != task.caseId && !shows(other))
                hints.oracleUnseenPoolAnswers.append(
                    answerFor(planned->condition, other, *question));
        }
    }
    return prepared;
}

void BenchRequestBuilder::interpret(const BenchTask &task, const QStringList &shownOrder,
                                    const ChatResponse &response, ParsedAnswer *parsed,
                                    double *probability) {
    const TaskQuestion *question = m_plan.pack.question(task.questionId);
    if (question == nullptr)
        return;
    *parsed = parseAnswer(response.text, *question, shownOrder, m_plan.rejectionOption());
    if (question->type != AnswerType::Binary)
        return;
    *probability =
        std::isfinite(response.positiveProbability)
            ? response.positiveProbability
            : positiveProbabilityFromLogprobs(response.firstTokenLogprobs, *question, shownOrder);
}

double positiveProbabilityFromLogprobs(const std::vector<std::pair<QString, double>> &logprobs,
                                       const TaskQuestion &question,
                                       const QStringList &shownOrder) {
    double positive = 0.0;
    double total = 0.0;
    for (const auto &[token, logprob] : logprobs) {
        const ParsedAnswer parsed = parseAnswer(token, question, shownOrder);
        if (!parsed.answered())
            continue;
        const double p = std::exp(logprob);
        total += p;
        if (parsed.value == question.positive)
            positive += p;
    }
    return total > 0.0 ? positive / total : std::nan("");
}

} // namespace brainmd
