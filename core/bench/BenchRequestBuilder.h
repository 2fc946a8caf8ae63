#pragma once

#include "bench/BenchImageRenderer.h"
#include "bench/BenchPlan.h"

#include <QHash>
#include <QMutex>

namespace brainmd {

/// Turns the tasks of a plan into chat requests and reads the answers (a TaskPreparer).
/// Messages: the pack's system text; per example (most similar last) a user turn with
/// the example's image(s) and the question, then an assistant turn with its labelled
/// answer; finally the query case. Images are rendered in the calling worker thread and
/// kept in a bounded cache (the same slice serves every question).
class BenchRequestBuilder final : public TaskPreparer {
public:
    /// `model` is the name the backend sends; the plan and data must outlive the builder.
    BenchRequestBuilder(const BenchPlan &plan, const BenchDataSource &data, QString model);

    Prepared prepare(const BenchTask &task) override;
    void interpret(const BenchTask &task, const QStringList &shownOrder,
                   const ChatResponse &response, ParsedAnswer *parsed,
                   double *probability) override;

    /// The text of one question as shown (template filled, options lettered).
    QString questionText(const TaskQuestion &question, const BenchCondition &condition,
                         const QStringList &shownOrder) const;

private:
    /// PNGs showing `caseId` under `condition` (none for the no-image control).
    std::vector<QByteArray> images(const PlannedCondition &condition, qint64 caseId,
                                   QString *error);
    QString answerFor(const BenchCondition &condition, qint64 caseId,
                      const TaskQuestion &question) const;

    const BenchPlan &m_plan;
    const BenchDataSource &m_data;
    QString m_model;
    BenchImageRenderer m_renderer;
    QMutex m_mutex;
    QHash<QString, QByteArray> m_pngCache;
};

/// Probability of `positive` from the first token's top log-probabilities: tokens read
/// as an option (letter, value, yes/no) are pooled per option; NaN when none matches.
double positiveProbabilityFromLogprobs(const std::vector<std::pair<QString, double>> &logprobs,
                                       const TaskQuestion &question, const QStringList &shownOrder);

} // namespace brainmd
