#pragma once

#include "votemi/VoteMiTypes.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace brainmd {

class ProgressReporter;

enum class ReconstructionLoss { BinaryCrossEntropy, SquaredError };

/// Settings of an embedder. `pca` uses only `latent`; the rest belongs to `vae`.
struct EmbedderOptions {
    std::string name = "pca"; ///< "pca" or "vae"
    int latent = 10;
    std::uint64_t seed = 0;
    int hidden = 64;
    int epochs = 10;
    int batchSize = 128;
    double learningRate = 1e-3;
    ReconstructionLoss loss = ReconstructionLoss::BinaryCrossEntropy;
    /// For `vae`: a weights file to load instead of training (empty: train on the patches).
    std::string weightsPath;
};

/// Maps patches (rows of scaled intensities in [0, 1]) to low-dimensional vectors.
class Embedder {
public:
    virtual ~Embedder() = default;

    virtual std::string name() const = 0;
    virtual int latentDim() const = 0;
    virtual bool isFitted() const = 0;
    /// Width of the rows it was fitted on (0 before fitting).
    virtual int inputDim() const = 0;
    /// Learns the mapping from the rows of `patches`. False when cancelled through
    /// `progress` (the embedder is then not fitted).
    virtual bool fit(const RowMatrix &patches, ProgressReporter *progress) = 0;
    /// One row of latentDim() values per row of `patches`; requires isFitted() and the
    /// width the embedder was fitted on.
    virtual RowMatrix embed(const RowMatrix &patches) const = 0;
};

/// A new embedder named by `options.name`; nullptr for an unknown name. A `vae` with a
/// weights path comes back already fitted, or nullptr when the file cannot be read
/// (`error`, when given, says why).
std::unique_ptr<Embedder> createEmbedder(const EmbedderOptions &options, QString *error = nullptr);

/// Stacks the patch matrices of several volumes (equal widths) to fit one embedder on all.
RowMatrix stackRows(const std::vector<const RowMatrix *> &parts);

} // namespace brainmd
