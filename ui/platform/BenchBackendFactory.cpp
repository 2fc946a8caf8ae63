#include "ui/platform/BenchBackendFactory.h"

#include "bench/BaselineBackend.h"
#include "bench/OpenAiBackend.h"
#include "bench/RunConfig.h"
#include "ui/platform/BenchApiKey.h"

namespace brainmd {

std::unique_ptr<ModelBackend> createBenchBackend(const BenchBackendConfig &config,
                                                 QString *keySource) {
    if (config.type != QLatin1String("openai"))
        return std::make_unique<BaselineBackend>(config.type);
    OpenAiOptions options;
    options.baseUrl = config.baseUrl;
    options.model = config.model;
    options.timeoutMs = config.timeoutSeconds * 1000;
    options.maxRetries = config.retries;
    options.stallMs = config.stallSeconds * 1000;
    options.requestBudgetMs = config.budgetSeconds * 1000;
    QString source;
    options.apiKey = benchApiKey(config.apiKeyEnv, config.baseUrl, &source);
    options.apiKeySource = source;
    if (keySource != nullptr)
        *keySource = source;
    return std::make_unique<OpenAiBackend>(options);
}

} // namespace brainmd
