#include "votemi/VaeEmbedder.h"

#include "common/SeededRandom.h"
#include "jobs/Progress.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace brainmd {
namespace {

using Network = VaeNetwork<float>;

// Adam's running moments over the flat parameter vector.
struct AdamState {
    Network::Vector first;
    Network::Vector second;
    long step = 0;
};

void adamStep(Network::Vector &parameters, const Network::Vector &gradient, AdamState &state,
              double learningRate) {
    constexpr float beta1 = 0.9f;
    constexpr float beta2 = 0.999f;
    constexpr float epsilon = 1e-8f;
    ++state.step;
    state.first = beta1 * state.first + (1.0f - beta1) * gradient;
    state.second = beta2 * state.second + (1.0f - beta2) * gradient.cwiseAbs2();
    const auto correction1 =
        static_cast<float>(1.0 - std::pow(static_cast<double>(beta1), state.step));
    const auto correction2 =
        static_cast<float>(1.0 - std::pow(static_cast<double>(beta2), state.step));
    const auto rate = static_cast<float>(learningRate);
    parameters.array() -= rate * (state.first.array() / correction1) /
                          ((state.second.array() / correction2).sqrt() + epsilon);
}

void shuffle(std::vector<Eigen::Index> &order, SeededRandom &random) {
    for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[random.below(i)]);
    }
}

Network::Matrix gatherRows(const RowMatrix &patches, const std::vector<Eigen::Index> &order,
                           std::size_t begin, std::size_t end) {
    Network::Matrix batch(static_cast<Eigen::Index>(end - begin), patches.cols());
    for (std::size_t r = begin; r < end; ++r) {
        batch.row(static_cast<Eigen::Index>(r - begin)) = patches.row(order[r]);
    }
    return batch;
}

Network::Matrix drawNoise(Eigen::Index rows, Eigen::Index cols, SeededRandom &random) {
    Network::Matrix noise(rows, cols);
    for (Eigen::Index r = 0; r < rows; ++r) {
        for (Eigen::Index c = 0; c < cols; ++c) {
            noise(r, c) = static_cast<float>(random.normal());
        }
    }
    return noise;
}

} // namespace

VaeEmbedder::VaeEmbedder(const EmbedderOptions &options)
    : m_options(options)
    , m_network(VaeShape{0, options.hidden, options.latent}) {}

bool VaeEmbedder::fit(const RowMatrix &patches, ProgressReporter *progress) {
    m_fitted = false;
    m_epochLosses.clear();
    if (patches.rows() == 0) {
        return false;
    }
    m_network =
        Network(VaeShape{static_cast<int>(patches.cols()), m_options.hidden, m_options.latent});
    SeededRandom random(m_options.seed);
    m_network.initialise(random);
    AdamState adam{Network::Vector::Zero(m_network.parameters().size()),
                   Network::Vector::Zero(m_network.parameters().size()), 0};
    std::vector<Eigen::Index> order(static_cast<std::size_t>(patches.rows()));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    const auto batchSize = static_cast<std::size_t>(std::max(1, m_options.batchSize));
    const std::size_t batches = (order.size() + batchSize - 1) / batchSize;
    const auto message = QCoreApplication::translate("brainmd", "Training the VAE");
    Network::Vector gradient;
    for (int epoch = 0; epoch < m_options.epochs; ++epoch) {
        shuffle(order, random);
        double lossSum = 0.0;
        for (std::size_t b = 0; b < batches; ++b) {
            const double done = (epoch + static_cast<double>(b) / batches) / m_options.epochs;
            if (!reportProgress(progress, done, message)) {
                return false;
            }
            const std::size_t begin = b * batchSize;
            const std::size_t end = std::min(order.size(), begin + batchSize);
            const Network::Matrix x = gatherRows(patches, order, begin, end);
            const Network::Matrix noise = drawNoise(x.rows(), m_options.latent, random);
            const float loss = m_network.loss(x, noise, m_options.loss, &gradient);
            lossSum += static_cast<double>(loss) * static_cast<double>(end - begin);
            adamStep(m_network.parameters(), gradient, adam, m_options.learningRate);
        }
        m_epochLosses.push_back(lossSum / static_cast<double>(order.size()));
    }
    m_fitted = true;
    return true;
}

RowMatrix VaeEmbedder::embed(const RowMatrix &patches) const {
    // Encoded in blocks so that the hidden activations stay small for large inputs.
    constexpr Eigen::Index block = 4096;
    RowMatrix out(patches.rows(), m_options.latent);
    for (Eigen::Index begin = 0; begin < patches.rows(); begin += block) {
        const Eigen::Index rows = std::min(block, patches.rows() - begin);
        const Network::Matrix x = patches.middleRows(begin, rows);
        out.middleRows(begin, rows) = m_network.encodeMean(x);
    }
    return out;
}

double VaeEmbedder::evaluateLoss(const RowMatrix &patches, std::uint64_t seed) const {
    SeededRandom random(seed);
    const Network::Matrix x = patches;
    const Network::Matrix noise = drawNoise(x.rows(), m_options.latent, random);
    return static_cast<double>(m_network.loss(x, noise, m_options.loss));
}

} // namespace brainmd
