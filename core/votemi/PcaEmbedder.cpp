#include "votemi/PcaEmbedder.h"

#include "jobs/Progress.h"

#include <Eigen/Eigenvalues>

#include <QCoreApplication>

namespace brainmd {
namespace {

void fixSign(Eigen::Ref<Eigen::VectorXd> component) {
    Eigen::Index largest = 0;
    for (Eigen::Index i = 1; i < component.size(); ++i) {
        if (std::abs(component(i)) > std::abs(component(largest))) {
            largest = i;
        }
    }
    if (component(largest) < 0.0) {
        component = -component;
    }
}

} // namespace

bool PcaEmbedder::fit(const RowMatrix &patches, ProgressReporter *progress) {
    m_components.resize(0, 0);
    const auto message = QCoreApplication::translate("brainmd", "Fitting PCA");
    if (!reportProgress(progress, 0.0, message) || patches.rows() == 0) {
        return false;
    }
    const Eigen::Index dim = patches.cols();
    RowMatrix sample;
    const bool subsample = m_maxFitRows > 0 && patches.rows() > m_maxFitRows;
    if (subsample) {
        sample.resize(m_maxFitRows, dim);
        for (Eigen::Index i = 0; i < m_maxFitRows; ++i) {
            sample.row(i) = patches.row(i * patches.rows() / m_maxFitRows);
        }
    }
    const RowMatrix &rows = subsample ? sample : patches;
    const Eigen::Index n = rows.rows();
    m_mean = rows.colwise().mean();
    const RowMatrix centred = rows.rowwise() - m_mean;
    // Only the lower triangle is accumulated: half the work of a full product.
    Eigen::MatrixXf covariance = Eigen::MatrixXf::Zero(dim, dim);
    covariance.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
    if (!reportProgress(progress, 0.7, message)) {
        return false;
    }
    const Eigen::MatrixXd full =
        covariance.selfadjointView<Eigen::Lower>().toDenseMatrix().cast<double>() /
        static_cast<double>(std::max<Eigen::Index>(1, n - 1));
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(full);
    // Eigenvalues come in increasing order; the leading components are the last columns.
    Eigen::MatrixXd components = Eigen::MatrixXd::Zero(dim, m_latent);
    m_variance = Eigen::VectorXd::Zero(m_latent);
    for (int c = 0; c < m_latent && c < dim; ++c) {
        const Eigen::Index source = dim - 1 - c;
        if (c >= n - 1) {
            break;
        }
        components.col(c) = solver.eigenvectors().col(source);
        fixSign(components.col(c));
        m_variance(c) = std::max(0.0, solver.eigenvalues()(source));
    }
    if (!reportProgress(progress, 1.0, message)) {
        return false;
    }
    m_components = components.cast<float>();
    return true;
}

RowMatrix PcaEmbedder::embed(const RowMatrix &patches) const {
    return (patches.rowwise() - m_mean) * m_components;
}

RowMatrix PcaEmbedder::reconstruct(const RowMatrix &embeddings) const {
    RowMatrix out = embeddings * m_components.transpose();
    out.rowwise() += m_mean;
    return out;
}

} // namespace brainmd
