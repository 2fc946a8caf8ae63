#include "votemi/VaeNetwork.h"

#include "common/SeededRandom.h"
#include "votemi/Embedder.h"

#include <cmath>

namespace brainmd {
namespace {

template <typename Derived> auto reluMask(const Eigen::MatrixBase<Derived> &activation) {
    using Scalar = typename Derived::Scalar;
    return (activation.array() > Scalar(0)).template cast<Scalar>();
}

} // namespace

template <typename Scalar>
VaeNetwork<Scalar>::VaeNetwork(const VaeShape &shape)
    : m_shape(shape)
    , m_parameters(Vector::Zero(parameterCount(shape))) {}

template <typename Scalar>
std::array<std::array<Eigen::Index, 3>, VaeNetwork<Scalar>::BlockCount>
VaeNetwork<Scalar>::layout(const VaeShape &shape) {
    const Eigen::Index in = shape.input;
    const Eigen::Index hidden = shape.hidden;
    const Eigen::Index latent = shape.latent;
    const std::array<std::array<Eigen::Index, 2>, BlockCount> sizes{{{in, hidden},
                                                                     {1, hidden},
                                                                     {hidden, latent},
                                                                     {1, latent},
                                                                     {hidden, latent},
                                                                     {1, latent},
                                                                     {latent, hidden},
                                                                     {1, hidden},
                                                                     {hidden, in},
                                                                     {1, in}}};
    std::array<std::array<Eigen::Index, 3>, BlockCount> out{};
    Eigen::Index offset = 0;
    for (std::size_t b = 0; b < sizes.size(); ++b) {
        out[b] = {offset, sizes[b][0], sizes[b][1]};
        offset += sizes[b][0] * sizes[b][1];
    }
    return out;
}

template <typename Scalar> Eigen::Index VaeNetwork<Scalar>::parameterCount(const VaeShape &shape) {
    const auto last = layout(shape)[B4];
    return last[0] + last[1] * last[2];
}

template <typename Scalar>
typename VaeNetwork<Scalar>::ConstMatrixMap VaeNetwork<Scalar>::block(Block b) const {
    const auto entry = layout(m_shape)[b];
    return ConstMatrixMap(m_parameters.data() + entry[0], entry[1], entry[2]);
}

template <typename Scalar>
typename VaeNetwork<Scalar>::MatrixMap VaeNetwork<Scalar>::block(Vector &flat,
                                                                 const VaeShape &shape, Block b) {
    const auto entry = layout(shape)[b];
    return MatrixMap(flat.data() + entry[0], entry[1], entry[2]);
}

template <typename Scalar> void VaeNetwork<Scalar>::initialise(SeededRandom &random) {
    m_parameters.setZero();
    for (Block b : {W1, Wmu, Wlv, W3, W4}) {
        MatrixMap weights = block(m_parameters, m_shape, b);
        const double limit = std::sqrt(6.0 / static_cast<double>(weights.rows() + weights.cols()));
        for (Eigen::Index i = 0; i < weights.size(); ++i) {
            weights.data()[i] = static_cast<Scalar>((2.0 * random.uniform() - 1.0) * limit);
        }
    }
}

template <typename Scalar>
typename VaeNetwork<Scalar>::Matrix VaeNetwork<Scalar>::encodeMean(const Matrix &x) const {
    const Matrix h1 = ((x * block(W1)).rowwise() + block(B1).row(0)).cwiseMax(Scalar(0));
    return (h1 * block(Wmu)).rowwise() + block(Bmu).row(0);
}

template <typename Scalar>
Scalar VaeNetwork<Scalar>::loss(const Matrix &x, const Matrix &noise, ReconstructionLoss kind,
                                Vector *gradient) const {
    const Scalar invBatch = Scalar(1) / static_cast<Scalar>(std::max<Eigen::Index>(1, x.rows()));
    const Matrix h1 = ((x * block(W1)).rowwise() + block(B1).row(0)).cwiseMax(Scalar(0));
    const Matrix mu = (h1 * block(Wmu)).rowwise() + block(Bmu).row(0);
    const Matrix logvar = (h1 * block(Wlv)).rowwise() + block(Blv).row(0);
    const Matrix sigma = (logvar.array() * Scalar(0.5)).exp().matrix();
    const Matrix z = mu + sigma.cwiseProduct(noise);
    const Matrix g = ((z * block(W3)).rowwise() + block(B3).row(0)).cwiseMax(Scalar(0));
    const Matrix logits = (g * block(W4)).rowwise() + block(B4).row(0);
    const Matrix xhat = (Scalar(1) / (Scalar(1) + (-logits.array()).exp())).matrix();

    Scalar reconstruction = 0;
    if (kind == ReconstructionLoss::BinaryCrossEntropy) {
        // softplus(l) − x·l is the cross-entropy of sigmoid(l), without log(0).
        const auto softplus =
            logits.array().cwiseMax(Scalar(0)) + (-logits.array().abs()).exp().log1p();
        reconstruction = (softplus - x.array() * logits.array()).sum();
    } else {
        reconstruction = (xhat - x).squaredNorm();
    }
    const Scalar kl =
        Scalar(-0.5) *
        (Scalar(1) + logvar.array() - mu.array().square() - sigma.array().square()).sum();
    if (gradient == nullptr) {
        return (reconstruction + kl) * invBatch;
    }

    Matrix dLogits = (xhat - x) * invBatch;
    if (kind == ReconstructionLoss::SquaredError) {
        dLogits =
            (Scalar(2) * dLogits.array() * xhat.array() * (Scalar(1) - xhat.array())).matrix();
    }
    gradient->resize(m_parameters.size());
    block(*gradient, m_shape, W4) = g.transpose() * dLogits;
    block(*gradient, m_shape, B4) = dLogits.colwise().sum();
    const Matrix dG = ((dLogits * block(W4).transpose()).array() * reluMask(g)).matrix();
    block(*gradient, m_shape, W3) = z.transpose() * dG;
    block(*gradient, m_shape, B3) = dG.colwise().sum();
    const Matrix dZ = dG * block(W3).transpose();
    const Matrix dMu = dZ + mu * invBatch;
    const Matrix dLogvar = (Scalar(0.5) * dZ.array() * noise.array() * sigma.array() +
                            Scalar(0.5) * invBatch * (sigma.array().square() - Scalar(1)))
                               .matrix();
    block(*gradient, m_shape, Wmu) = h1.transpose() * dMu;
    block(*gradient, m_shape, Bmu) = dMu.colwise().sum();
    block(*gradient, m_shape, Wlv) = h1.transpose() * dLogvar;
    block(*gradient, m_shape, Blv) = dLogvar.colwise().sum();
    const Matrix dH1 =
        ((dMu * block(Wmu).transpose() + dLogvar * block(Wlv).transpose()).array() * reluMask(h1))
            .matrix();
    block(*gradient, m_shape, W1) = x.transpose() * dH1;
    block(*gradient, m_shape, B1) = dH1.colwise().sum();
    return (reconstruction + kl) * invBatch;
}

template class VaeNetwork<float>;
template class VaeNetwork<double>;

} // namespace brainmd
