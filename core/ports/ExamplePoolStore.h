#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace brainmd {

/// A pool of cases to annotate for few-shot prompting, chosen by "votek" or "random".
/// `caseIds` are in the order the method picked them; few-shot examples are retrieved
/// only from a pool.
struct ExamplePool {
    qint64 id = 0;
    QString method; ///< "votek" or "random"
    int count = 0;  ///< cases asked for (caseIds may hold fewer when the study has fewer)
    QJsonObject parameters;
    QString createdAt; ///< ISO 8601 UTC
    std::vector<qint64> caseIds;
    QStringList caseKeys; ///< filled when reading
};

/// Storage port: few-shot example pools (implemented in db/).
class ExamplePoolStore {
public:
    virtual ~ExamplePoolStore() = default;
    /// Stores the pool and its cases atomically; sets id and createdAt. "" or the error.
    virtual QString insert(ExamplePool *pool) const = 0;
    virtual std::optional<ExamplePool> byId(qint64 id) const = 0;
};

} // namespace brainmd
