#include "bench/RunConfig.h"

#include "bench/BaselineBackend.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QStringList stringList(const QJsonValue &value) {
    if (value.isString())
        return value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList list;
    for (const QJsonValue item : value.toArray())
        list.append(item.isDouble() ? QString::number(item.toInt()) : item.toString());
    return list;
}

BenchBackendConfig parseBackend(const QJsonObject &object) {
    BenchBackendConfig backend;
    backend.type = object.value(QLatin1String("type")).toString(backend.type);
    backend.baseUrl = object.value(QLatin1String("base_url")).toString();
    backend.model = object.value(QLatin1String("model")).toString();
    backend.apiKeyEnv = object.value(QLatin1String("api_key_env")).toString(backend.apiKeyEnv);
    backend.temperature = object.value(QLatin1String("temperature")).toDouble(backend.temperature);
    backend.topP = object.value(QLatin1String("top_p")).toDouble(backend.topP);
    backend.maxTokens = object.value(QLatin1String("max_tokens")).toInt(backend.maxTokens);
    backend.logprobs = object.value(QLatin1String("logprobs")).toBool(backend.logprobs);
    backend.timeoutSeconds = object.value(QLatin1String("timeout_s")).toInt(backend.timeoutSeconds);
    backend.retries = object.value(QLatin1String("retries")).toInt(backend.retries);
    backend.stallSeconds = object.value(QLatin1String("stall_s")).toInt(backend.stallSeconds);
    backend.budgetSeconds = object.value(QLatin1String("budget_s")).toInt(backend.budgetSeconds);
    return backend;
}

QString parseConditions(const QJsonObject &root, std::vector<BenchCondition> *conditions) {
    const QJsonValue list = root.value(QLatin1String("conditions"));
    if (list.isArray()) {
        for (const QJsonValue item : list.toArray()) {
            const QJsonObject object = item.toObject();
            BenchCondition condition;
            condition.slices = object.value(QLatin1String("slices")).toString(condition.slices);
            condition.views = object.value(QLatin1String("views")).toString(condition.views);
            condition.shots = object.value(QLatin1String("shots")).toInt(0);
            conditions->push_back(condition);
        }
        return {};
    }
    QStringList slices = stringList(root.value(QLatin1String("slices")));
    QStringList views = stringList(root.value(QLatin1String("views")));
    QStringList shots = stringList(root.value(QLatin1String("shots")));
    if (slices.isEmpty())
        slices = {QStringLiteral("centre")};
    if (views.isEmpty())
        views = {QStringLiteral("axial")};
    if (shots.isEmpty())
        shots = {QStringLiteral("0")};
    for (const QString &k : std::as_const(shots)) {
        bool ok = false;
        const int value = k.toInt(&ok);
        if (!ok)
            return tr("shots: '%1' is not a whole number").arg(k);
        for (const QString &view : std::as_const(views))
            for (const QString &source : std::as_const(slices))
                conditions->push_back({source.trimmed(), view.trimmed(), value});
    }
    return {};
}

} // namespace

QString BenchCondition::name() const {
    return QStringLiteral("%1/%2/%3-shot").arg(slices, views).arg(shots);
}

QString BenchCondition::sliceSourceKey() const {
    return slices + QLatin1Char('/') + views;
}

std::vector<View> BenchCondition::shownViews() const {
    if (slices == QLatin1String("none"))
        return {};
    if (views == QLatin1String("mosaic"))
        return {View::Axial, View::Coronal, View::Sagittal};
    View view = View::Axial;
    viewFromName(views, &view);
    return {view};
}

QStringList benchSliceSources() {
    return {QStringLiteral("random"), QStringLiteral("centre"), QStringLiteral("manual"),
            QStringLiteral("votemi"), QStringLiteral("blank"),  QStringLiteral("none")};
}

QStringList benchEvaluationProtocols() {
    return {QStringLiteral("held-out"), QStringLiteral("leave-one-out")};
}

QStringList benchViewChoices() {
    return {QStringLiteral("axial"), QStringLiteral("coronal"), QStringLiteral("sagittal"),
            QStringLiteral("mosaic")};
}

int BenchRunConfig::maxShots() const {
    int shots = 0;
    for (const BenchCondition &c : conditions)
        shots = std::max(shots, c.shots);
    return shots;
}

QJsonObject BenchRunConfig::toJson() const {
    QJsonArray conditionArray;
    for (const BenchCondition &c : conditions)
        conditionArray.append(QJsonObject{{QStringLiteral("slices"), c.slices},
                                          {QStringLiteral("views"), c.views},
                                          {QStringLiteral("shots"), c.shots}});
    QJsonObject backendObject{{QStringLiteral("type"), backend.type},
                              {QStringLiteral("base_url"), backend.baseUrl},
                              {QStringLiteral("model"), backend.model},
                              {QStringLiteral("api_key_env"), backend.apiKeyEnv},
                              {QStringLiteral("temperature"), backend.temperature},
                              {QStringLiteral("top_p"), backend.topP},
                              {QStringLiteral("max_tokens"), backend.maxTokens},
                              {QStringLiteral("logprobs"), backend.logprobs},
                              {QStringLiteral("timeout_s"), backend.timeoutSeconds},
                              {QStringLiteral("retries"), backend.retries}};
    // Written only when changed, so that the configuration of an existing run (its
    // identity when resuming) stays the same bytes.
    if (backend.stallSeconds != BenchBackendConfig().stallSeconds)
        backendObject.insert(QStringLiteral("stall_s"), backend.stallSeconds);
    if (backend.budgetSeconds != BenchBackendConfig().budgetSeconds)
        backendObject.insert(QStringLiteral("budget_s"), backend.budgetSeconds);
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("brainbench-run")},
                     {QStringLiteral("format_version"), 1},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("task_pack"), taskPack},
                     {QStringLiteral("questions"), QJsonArray::fromStringList(questions)},
                     {QStringLiteral("backend"), backendObject},
                     {QStringLiteral("labels"), labels},
                     {QStringLiteral("manual_slices"), manualSlices},
                     {QStringLiteral("conditions"), conditionArray},
                     {QStringLiteral("example_pool"), examplePool},
                     {QStringLiteral("pool_size"), poolSize},
                     {QStringLiteral("retrieval"), retrieval},
                     {QStringLiteral("seed"), QString::number(seed)},
                     {QStringLiteral("concurrency"), concurrency},
                     {QStringLiteral("image_size"), imageSize},
                     {QStringLiteral("rejection_aware"), rejectionAware},
                     {QStringLiteral("rotate_options"), rotateOptions}};
    // Version 2 names its protocol; a leave-one-out configuration keeps the version-1
    // bytes, so that runs stored before held-out evaluation are still found and resumed.
    if (heldOut()) {
        root.insert(QStringLiteral("format_version"), 2);
        root.insert(QStringLiteral("evaluation"), evaluation);
    }
    return root;
}

QByteArray BenchRunConfig::identityWithoutSeed() const {
    BenchRunConfig copy = *this;
    copy.seed = 0;
    copy.name.clear();
    return copy.toJsonBytes();
}

QByteArray BenchRunConfig::toJsonBytes() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

BenchRunConfigResult parseBenchRunConfig(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {std::nullopt, tr("the run configuration is not a JSON object (%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)};
    const QJsonObject root = document.object();
    BenchRunConfig config;
    config.name = root.value(QLatin1String("name")).toString();
    config.taskPack = root.value(QLatin1String("task_pack")).toString();
    config.questions = stringList(root.value(QLatin1String("questions")));
    config.backend = parseBackend(root.value(QLatin1String("backend")).toObject());
    config.labels = root.value(QLatin1String("labels")).toString(config.labels);
    config.manualSlices = root.value(QLatin1String("manual_slices")).toString();
    if (const QString error = parseConditions(root, &config.conditions); !error.isEmpty())
        return {std::nullopt, error};
    config.examplePool = root.value(QLatin1String("example_pool")).toString(config.examplePool);
    config.poolSize = root.value(QLatin1String("pool_size")).toInt(config.poolSize);
    config.retrieval = root.value(QLatin1String("retrieval")).toString(config.retrieval);
    // Without the key, version 1 meant leave-one-out: stored runs replay as planned.
    const bool versionTwo = root.value(QLatin1String("format_version")).toInt(1) >= 2;
    config.evaluation =
        root.value(QLatin1String("evaluation"))
            .toString(versionTwo ? QStringLiteral("held-out") : QStringLiteral("leave-one-out"));
    const QJsonValue seed = root.value(QLatin1String("seed"));
    config.seed = seed.isString() ? seed.toString().toULongLong()
                                  : static_cast<std::uint64_t>(seed.toInteger(1));
    config.concurrency = root.value(QLatin1String("concurrency")).toInt(config.concurrency);
    config.imageSize = root.value(QLatin1String("image_size")).toInt(config.imageSize);
    config.rejectionAware = root.value(QLatin1String("rejection_aware")).toBool(false);
    config.rotateOptions = root.value(QLatin1String("rotate_options")).toBool(false);
    if (const QString error = validateBenchRunConfig(config); !error.isEmpty())
        return {std::nullopt, error};
    return {config, {}};
}

QString validateBenchRunConfig(const BenchRunConfig &config) {
    const QStringList backends = QStringList{QStringLiteral("openai")} + BaselineBackend::kinds();
    if (!backends.contains(config.backend.type))
        return tr("backend '%1' is unknown (known: %2)")
            .arg(config.backend.type, backends.join(QStringLiteral(", ")));
    if (config.backend.type == QLatin1String("openai") &&
        (config.backend.baseUrl.isEmpty() || config.backend.model.isEmpty()))
        return tr("the openai backend needs a base URL and a model (--base-url, --model)");
    if (config.conditions.empty())
        return tr("the run has no conditions");
    for (const BenchCondition &c : config.conditions) {
        if (!benchSliceSources().contains(c.slices))
            return tr("slice source '%1' is unknown (known: %2)")
                .arg(c.slices, benchSliceSources().join(QStringLiteral(", ")));
        if (!benchViewChoices().contains(c.views))
            return tr("view '%1' is unknown (known: %2)")
                .arg(c.views, benchViewChoices().join(QStringLiteral(", ")));
        if (c.shots < 0 || c.shots > 32)
            return tr("shots must be between 0 and 32 (got %1)").arg(c.shots);
    }
    if (config.examplePool != QLatin1String("votek") &&
        config.examplePool != QLatin1String("random"))
        return tr("example pool '%1' is unknown (votek, random)").arg(config.examplePool);
    if (!benchEvaluationProtocols().contains(config.evaluation))
        return tr("evaluation '%1' is unknown (held-out, leave-one-out)").arg(config.evaluation);
    if (config.retrieval != QLatin1String("similar") && config.retrieval != QLatin1String("random"))
        return tr("retrieval '%1' is unknown (similar, random)").arg(config.retrieval);
    if (config.concurrency < 1 || config.concurrency > 256)
        return tr("concurrency must be between 1 and 256");
    if (config.imageSize < 32 || config.imageSize > 2048)
        return tr("image size must be between 32 and 2048 px");
    if (config.poolSize < 1)
        return tr("the example pool needs at least one case");
    if (config.backend.stallSeconds < 1 || config.backend.stallSeconds > 3600)
        return tr("the stall limit (stall_s) must be between 1 and 3600 s");
    if (config.backend.budgetSeconds < 1)
        return tr("the time budget per request (budget_s) must be at least 1 s");
    return {};
}

} // namespace brainmd
