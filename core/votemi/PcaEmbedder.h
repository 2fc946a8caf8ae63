#pragma once

#include "votemi/Embedder.h"

namespace brainmd {

/// Principal component analysis in closed form: the rows are centred, their covariance
/// (float accumulation, eigen-decomposed in double) gives the `latent` leading
/// eigenvectors, in decreasing order of eigenvalue. Sign convention: each component's
/// entry of largest magnitude is positive (first such entry on ties), so the embedding
/// does not depend on the eigen solver's arbitrary signs. Fitting on fewer rows than
/// `latent` + 1 leaves the missing components zero. With more than `maxFitRows` rows
/// (0: no limit) the mean and covariance come from rows i·n / maxFitRows only, an even,
/// deterministic sample: the covariance of 8192 patches of 256 voxels is already
/// estimated well, at a fraction of the cost of all of a volume's ~40 000.
class PcaEmbedder final : public Embedder {
public:
    explicit PcaEmbedder(int latent = 10, int maxFitRows = 8192)
        : m_latent(latent)
        , m_maxFitRows(maxFitRows) {}

    std::string name() const override { return "pca"; }
    int latentDim() const override { return m_latent; }
    bool isFitted() const override { return m_components.size() > 0; }
    int inputDim() const override { return static_cast<int>(m_mean.size()); }
    bool fit(const RowMatrix &patches, ProgressReporter *progress) override;
    RowMatrix embed(const RowMatrix &patches) const override;

    /// Maps embeddings back to patch space (mean + embedding · componentsᵀ).
    RowMatrix reconstruct(const RowMatrix &embeddings) const;
    const Eigen::RowVectorXf &mean() const { return m_mean; }
    /// Input dimension × latent, one component per column.
    const Eigen::MatrixXf &components() const { return m_components; }
    /// Variance along each component, decreasing.
    const Eigen::VectorXd &explainedVariance() const { return m_variance; }

private:
    int m_latent;
    int m_maxFitRows;
    Eigen::RowVectorXf m_mean;
    Eigen::MatrixXf m_components;
    Eigen::VectorXd m_variance;
};

} // namespace brainmd
