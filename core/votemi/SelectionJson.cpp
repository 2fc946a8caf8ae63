#include "votemi/SelectionJson.h"

#include "votemi/Voting.h"

#include <nlohmann/json.hpp>

namespace brainmd {
namespace {

nlohmann::json parametersJson(const SelectionParameters &p) {
    return {{"patchSize", p.patchSize},
            {"stride", p.stride},
            {"minForegroundFraction", p.minForegroundFraction},
            {"embedder", p.embedder.name},
            {"latent", p.embedder.latent},
            {"vaeHidden", p.embedder.hidden},
            {"vaeEpochs", p.embedder.epochs},
            {"vaeBatchSize", p.embedder.batchSize},
            {"vaeLearningRate", p.embedder.learningRate},
            {"vaeWeights", p.embedder.weightsPath},
            {"eps", p.eps},
            {"minPts", p.minPts},
            {"k", p.k},
            {"knnLeaves", p.knnLeaves},
            {"epsQueryLimit", p.epsQueryLimit},
            {"seedFraction", p.seedFraction},
            {"delta", p.delta},
            {"theta", p.theta},
            {"seed", p.seed},
            {"weighting", voteWeightingName(p.weighting)},
            {"voteWindowMm", p.voteWindowMm}};
}

nlohmann::json debugJson(const SelectionDebug &debug) {
    nlohmann::json embeddings = nlohmann::json::array();
    for (Eigen::Index r = 0; r < debug.embeddings.rows(); ++r) {
        const auto row = debug.embeddings.row(r);
        embeddings.push_back(std::vector<float>(row.data(), row.data() + row.size()));
    }
    nlohmann::json patches = nlohmann::json::array();
    for (const PatchInfo &p : debug.patches) {
        patches.push_back({viewName(p.view), p.slice, p.u, p.v});
    }
    return {{"embeddings", embeddings},
            {"labels", debug.labels},
            {"chosen", debug.chosen},
            {"patches", patches}};
}

} // namespace

std::string selectionToJson(const SelectionResult &result, bool includeDebug, int indent) {
    nlohmann::json views = nlohmann::json::array();
    for (const ViewSelection &v : result.views) {
        views.push_back({{"view", viewName(v.view)},
                         {"slice", v.sliceIndex},
                         {"positionMm", v.positionMm},
                         {"votes", v.voteProfile}});
    }
    nlohmann::json timings = nlohmann::json::object();
    for (const StageTiming &t : result.timings) {
        timings[t.stage] = t.seconds;
    }
    nlohmann::json out{{"method", result.method},
                       {"cancelled", result.cancelled},
                       {"error", result.error.toStdString()},
                       {"views", views},
                       {"parameters", parametersJson(result.parameters)},
                       {"patchCount", result.patchCount},
                       {"clusterCount", result.clusterCount},
                       {"timings", timings}};
    if (includeDebug) {
        out["debug"] = debugJson(result.debug);
    }
    return out.dump(indent);
}

} // namespace brainmd
