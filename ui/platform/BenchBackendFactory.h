#pragma once

#include <QString>

#include <memory>

namespace brainmd {

class ModelBackend;
struct BenchBackendConfig;

/// The model backend a run configuration names: a built-in baseline, or an
/// OpenAI-compatible server with its key from benchApiKey(). `keySource` (optional)
/// receives where the key came from ("environment", "keychain", "none"; empty for a
/// baseline). Shared by the CLI and the dashboard so both talk to a server alike.
std::unique_ptr<ModelBackend> createBenchBackend(const BenchBackendConfig &config,
                                                 QString *keySource = nullptr);

} // namespace brainmd
