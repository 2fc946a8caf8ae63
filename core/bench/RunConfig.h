#pragma once

#include "volume/Orientation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace brainmd {

/// One compared condition: which slices, which planes, how many examples.
struct BenchCondition {
    QString slices = QStringLiteral("centre"); ///< random, centre, manual, votemi, blank, none
    QString views = QStringLiteral("axial");   ///< axial, coronal, sagittal or mosaic
    int shots = 0;

    /// "votemi/axial/0-shot": the condition's name in the store and the reports.
    QString name() const;
    /// "votemi/axial": the images shown, whatever the shots (one key per slice source).
    QString sliceSourceKey() const;
    bool isControl() const {
        return slices == QLatin1String("blank") || slices == QLatin1String("none");
    }
    /// Planes shown (three for a mosaic, none for the no-image control).
    std::vector<View> shownViews() const;
};

/// Backend settings of a run. The API key is not part of it: it comes from the
/// environment variable `apiKeyEnv` or the system keychain when the run starts.
struct BenchBackendConfig {
    QString type = QStringLiteral("knn"); ///< openai, random, majority, knn
    QString baseUrl;
    QString model;
    QString apiKeyEnv = QStringLiteral("BRAINMD_API_KEY");
    double temperature = 0.0;
    double topP = 1.0;
    int maxTokens = 64;
    bool logprobs = false;
    int timeoutSeconds = 120;
    int retries = 4;
    int stallSeconds = 20;   ///< no byte for this long: the server stalled, the run pauses
    int budgetSeconds = 600; ///< per request, all attempts and waits together
};

/// A saved BrainBench run configuration (stored as JSON in bench_runs.config).
struct BenchRunConfig {
    QString name;
    QString taskPack;      ///< path; "" for the built-in default pack
    QStringList questions; ///< subset of the pack; empty: all
    BenchBackendConfig backend;
    QString labels =
        QStringLiteral("consensus"); ///< consensus, reader:NAME, phantom, or a label-source name
    QString manualSlices; ///< for `manual`: consensus, reader:NAME, or a reference-source name; "":
                          ///< auto
    std::vector<BenchCondition> conditions;
    QString examplePool = QStringLiteral("votek"); ///< votek or random
    int poolSize = 8;
    /// "held-out": the example pool is fixed first and every condition is scored on the
    /// labelled cases outside it (examples and baselines draw only on the pool).
    /// "leave-one-out": every labelled case is evaluated, with the pool minus the query as
    /// examples; the protocol of configurations written before format version 2.
    QString evaluation = QStringLiteral("held-out");
    QString retrieval = QStringLiteral("similar"); ///< similar or random
    std::uint64_t seed = 1;
    int concurrency = 4;
    int imageSize = 256; ///< px, square, letterboxed
    bool rejectionAware = false;
    bool rotateOptions = false;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    /// The largest shot count of the conditions.
    int maxShots() const;
    bool heldOut() const { return evaluation == QLatin1String("held-out"); }
    /// The configuration without its seed and name: runs that share it are repeats of
    /// one experiment on other splits.
    QByteArray identityWithoutSeed() const;
};

struct BenchRunConfigResult {
    std::optional<BenchRunConfig> config;
    QString error;
};

/// Parses a run configuration. Conditions come either as a list of objects
/// ({"slices", "views", "shots"}) or as the product of "slices", "views" and "shots" lists.
BenchRunConfigResult parseBenchRunConfig(const QByteArray &json);

/// Names the config knows, for messages.
QStringList benchSliceSources();
QStringList benchViewChoices();
QStringList benchEvaluationProtocols();

/// Checks the values (sources, views, shots, sizes); "" or a message for the user.
QString validateBenchRunConfig(const BenchRunConfig &config);

} // namespace brainmd
