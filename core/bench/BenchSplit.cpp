#include "bench/BenchSplit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace brainmd {

namespace {

QJsonArray casesJson(const std::vector<BenchCaseRef> &cases) {
    QJsonArray array;
    for (const BenchCaseRef &c : cases)
        array.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("key"), c.key}});
    return array;
}

std::vector<BenchCaseRef> casesFrom(const QJsonValue &value) {
    std::vector<BenchCaseRef> cases;
    for (const QJsonValue item : value.toArray()) {
        const QJsonObject object = item.toObject();
        cases.push_back({object.value(QLatin1String("id")).toInteger(),
                         object.value(QLatin1String("key")).toString()});
    }
    return cases;
}

} // namespace

std::vector<qint64> BenchSplit::overlap() const {
    std::set<qint64> poolIds;
    for (const BenchCaseRef &c : pool)
        poolIds.insert(c.id);
    std::vector<qint64> both;
    for (const BenchCaseRef &c : evaluated) {
        if (poolIds.count(c.id) > 0)
            both.push_back(c.id);
    }
    return both;
}

QByteArray benchSplitJson(const BenchSplit &split) {
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("brainbench-split")},
                           {QStringLiteral("format_version"), 1},
                           {QStringLiteral("protocol"), split.protocol},
                           {QStringLiteral("pool_method"), split.poolMethod},
                           {QStringLiteral("pool_size_asked"), split.poolSizeAsked},
                           {QStringLiteral("seed"), QString::number(split.seed)},
                           {QStringLiteral("pool"), casesJson(split.pool)},
                           {QStringLiteral("evaluated"), casesJson(split.evaluated)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<BenchSplit> parseBenchSplitJson(const QByteArray &json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("brainbench-split"))
        return std::nullopt;
    BenchSplit split;
    split.protocol = root.value(QLatin1String("protocol")).toString();
    split.poolMethod = root.value(QLatin1String("pool_method")).toString();
    split.poolSizeAsked = root.value(QLatin1String("pool_size_asked")).toInt();
    split.seed = root.value(QLatin1String("seed")).toString().toULongLong();
    split.pool = casesFrom(root.value(QLatin1String("pool")));
    split.evaluated = casesFrom(root.value(QLatin1String("evaluated")));
    return split;
}

} // namespace brainmd
