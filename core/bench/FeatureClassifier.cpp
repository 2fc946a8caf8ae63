#include "bench/FeatureClassifier.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

constexpr int kIterations = 50;
constexpr double kClip = 5.0;

double sigmoid(double z) {
    return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

/// P(y = 1 | x) for the query, from a ridge logistic regression (intercept unpenalised).
double logisticProbability(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                           const Eigen::VectorXd &query, double ridge) {
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    Eigen::MatrixXd design(n, d + 1);
    design.col(0).setOnes();
    design.rightCols(d) = x;
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(d + 1);
    const double prior = std::clamp(y.mean(), 1e-3, 1.0 - 1e-3);
    beta(0) = std::log(prior / (1.0 - prior));
    Eigen::MatrixXd penalty = Eigen::MatrixXd::Identity(d + 1, d + 1) * ridge;
    penalty(0, 0) = 1e-6; // keeps the system solvable when every y is the same
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const Eigen::VectorXd p = (design * beta).unaryExpr(&sigmoid);
        const Eigen::VectorXd w = (p.array() * (1.0 - p.array())).max(1e-9).matrix();
        const Eigen::VectorXd gradient = design.transpose() * (y - p) - penalty * beta;
        const Eigen::MatrixXd hessian = design.transpose() * w.asDiagonal() * design + penalty;
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        beta += step;
        if (step.cwiseAbs().maxCoeff() < 1e-8)
            break;
    }
    Eigen::VectorXd q(d + 1);
    q(0) = 1.0;
    q.tail(d) = query;
    return sigmoid(q.dot(beta));
}

} // namespace

FeatureAnswer classifyByFeatures(const std::vector<LabelledFeatures> &training,
                                 const std::vector<double> &query, const QStringList &options,
                                 const QString &positive, double ridge) {
    FeatureAnswer result;
    std::vector<const LabelledFeatures *> rows;
    for (const LabelledFeatures &t : training) {
        if (options.contains(t.answer) && (query.empty() || t.features.size() == query.size()))
            rows.push_back(&t);
    }
    if (rows.empty())
        return result;
    // Classes in shown order with their training counts.
    QStringList classes;
    std::vector<double> counts;
    for (const QString &option : options) {
        const auto count = std::count_if(rows.begin(), rows.end(), [&](const LabelledFeatures *r) {
            return r->answer == option;
        });
        if (count > 0) {
            classes.append(option);
            counts.push_back(static_cast<double>(count));
        }
    }
    const double n = static_cast<double>(rows.size());
    std::vector<double> probability(counts.size());
    for (std::size_t c = 0; c < counts.size(); ++c)
        probability[c] = counts[c] / n; // the prior, all that is left without features
    // Standardised features that vary in the training set.
    std::vector<std::size_t> used;
    std::vector<double> mean, sd;
    for (std::size_t j = 0; j < query.size(); ++j) {
        double m = 0.0, s = 0.0;
        for (const LabelledFeatures *r : rows)
            m += r->features[j] / n;
        for (const LabelledFeatures *r : rows)
            s += (r->features[j] - m) * (r->features[j] - m) / n;
        if (std::sqrt(s) > 1e-9) {
            used.push_back(j);
            mean.push_back(m);
            sd.push_back(std::sqrt(s));
        }
    }
    if (classes.size() > 1 && !used.empty()) {
        Eigen::MatrixXd x(static_cast<Eigen::Index>(rows.size()),
                          static_cast<Eigen::Index>(used.size()));
        Eigen::VectorXd q(static_cast<Eigen::Index>(used.size()));
        for (std::size_t k = 0; k < used.size(); ++k) {
            for (std::size_t i = 0; i < rows.size(); ++i)
                x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(k)) =
                    (rows[i]->features[used[k]] - mean[k]) / sd[k];
            q(static_cast<Eigen::Index>(k)) =
                std::clamp((query[used[k]] - mean[k]) / sd[k], -kClip, kClip);
        }
        double total = 0.0;
        for (qsizetype c = 0; c < classes.size(); ++c) {
            Eigen::VectorXd y(static_cast<Eigen::Index>(rows.size()));
            for (std::size_t i = 0; i < rows.size(); ++i)
                y(static_cast<Eigen::Index>(i)) = rows[i]->answer == classes[c] ? 1.0 : 0.0;
            probability[static_cast<std::size_t>(c)] = logisticProbability(x, y, q, ridge);
            total += probability[static_cast<std::size_t>(c)];
            if (classes.size() == 2)
                break; // two classes: one model, the other is its complement
        }
        if (classes.size() == 2)
            probability[1] = 1.0 - probability[0];
        else
            for (double &p : probability)
                p /= total;
    }
    std::size_t best = 0;
    for (std::size_t c = 1; c < probability.size(); ++c) {
        if (probability[c] > probability[best] + 1e-12)
            best = c;
    }
    result.answer = classes[static_cast<qsizetype>(best)];
    if (!positive.isEmpty()) {
        const qsizetype index = classes.indexOf(positive);
        result.positive = index >= 0 ? probability[static_cast<std::size_t>(index)] : 0.0;
        result.hasProbability = true;
    }
    return result;
}

} // namespace brainmd
