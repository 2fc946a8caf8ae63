#pragma once

#include "votemi/Embedder.h"
#include "votemi/VaeNetwork.h"

#include <QString>

#include <string>
#include <vector>

namespace brainmd {

/// The variational auto-encoder embedder (see VaeNetwork for the model). Training: Adam
/// (β1 0.9, β2 0.999, ε 1e-8) on mini-batches of `batchSize` rows in an order shuffled
/// each epoch, noise ε drawn per sample, everything from one SeededRandom(seed), single
/// threaded, so the same patches and options give the same weights. The embedding of a
/// patch is the encoder's mean mu.
///
/// Weights file (little-endian binary, version 1): the 8 bytes "BMDVAE\0\0", uint32
/// version, int32 input / hidden / latent / loss (0 BCE, 1 squared error) / epochs /
/// batch size, float64 learning rate, uint64 seed, uint64 parameter count, then the
/// parameters as float32 in VaeNetwork's flat order.
class VaeEmbedder final : public Embedder {
public:
    explicit VaeEmbedder(const EmbedderOptions &options);

    std::string name() const override { return "vae"; }
    int latentDim() const override { return m_options.latent; }
    bool isFitted() const override { return m_fitted; }
    int inputDim() const override { return m_network.shape().input; }
    bool fit(const RowMatrix &patches, ProgressReporter *progress) override;
    RowMatrix embed(const RowMatrix &patches) const override;

    /// Mean loss per sample of each training epoch (as seen during that epoch).
    const std::vector<double> &epochLosses() const { return m_epochLosses; }
    /// Loss on `patches` with noise drawn from `seed` (for comparing before / after).
    double evaluateLoss(const RowMatrix &patches, std::uint64_t seed) const;

    /// Writes the weights file; returns an error message, empty on success.
    QString save(const std::string &path) const;
    /// Reads a weights file (options are replaced by the stored hyper-parameters);
    /// returns an error message, empty on success.
    QString load(const std::string &path);

    const EmbedderOptions &options() const { return m_options; }
    const VaeNetwork<float> &network() const { return m_network; }

private:
    EmbedderOptions m_options;
    VaeNetwork<float> m_network;
    bool m_fitted = false;
    std::vector<double> m_epochLosses;
};

} // namespace brainmd
