#pragma once

#include <Eigen/Core>

#include <array>

namespace brainmd {

class SeededRandom;
enum class ReconstructionLoss;

/// Layer sizes of the VAE: input → hidden → (mu, logvar) of `latent` → hidden → input.
struct VaeShape {
    int input = 256;
    int hidden = 64;
    int latent = 10;
};

/// The small MLP variational auto-encoder, with a hand-written forward and backward pass.
///
/// Encoder: h = ReLU(x·W1 + b1), mu = h·Wmu + bmu, logvar = h·Wlv + blv. Sampling by the
/// reparameterisation trick z = mu + exp(logvar / 2) ⊙ ε with ε given by the caller (so a
/// gradient check can hold it fixed). Decoder: g = ReLU(z·W3 + b3), x̂ = sigmoid(g·W4 + b4).
/// Loss per batch: the mean over samples of reconstruction (summed binary cross-entropy
/// computed from the logits, or summed squared error) plus KL(q(z|x) ‖ N(0, I)).
/// All weights live in one flat vector (W1, b1, Wmu, bmu, Wlv, blv, W3, b3, W4, b4, each
/// matrix column-major, fan-in × fan-out) so that the optimiser and the file format see
/// one array. Instantiated for float (training) and double (gradient checks).
template <typename Scalar> class VaeNetwork {
public:
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

    explicit VaeNetwork(const VaeShape &shape = {});

    const VaeShape &shape() const { return m_shape; }
    static Eigen::Index parameterCount(const VaeShape &shape);
    /// Glorot-uniform weights, zero biases.
    void initialise(SeededRandom &random);
    Vector &parameters() { return m_parameters; }
    const Vector &parameters() const { return m_parameters; }

    /// Mean loss over the rows of `x` (batch × input) with noise `noise` (batch × latent);
    /// when `gradient` is given it receives d loss / d parameters.
    Scalar loss(const Matrix &x, const Matrix &noise, ReconstructionLoss kind,
                Vector *gradient = nullptr) const;
    /// The encoder's mean, batch × latent.
    Matrix encodeMean(const Matrix &x) const;

private:
    enum Block { W1, B1, Wmu, Bmu, Wlv, Blv, W3, B3, W4, B4, BlockCount };
    using MatrixMap = Eigen::Map<Matrix>;
    using ConstMatrixMap = Eigen::Map<const Matrix>;

    ConstMatrixMap block(Block b) const;
    static MatrixMap block(Vector &flat, const VaeShape &shape, Block b);
    static std::array<std::array<Eigen::Index, 3>, BlockCount> layout(const VaeShape &shape);

    VaeShape m_shape;
    Vector m_parameters;
};

extern template class VaeNetwork<float>;
extern template class VaeNetwork<double>;

} // namespace brainmd
