#include "volume/Orientation.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

int viewAxis(View view) {
    switch (view) {
    case View::Sagittal:
        return 0;
    case View::Coronal:
        return 1;
    case View::Axial:
        break;
    }
    return 2;
}

const char *viewName(View view) {
    switch (view) {
    case View::Sagittal:
        return "sagittal";
    case View::Coronal:
        return "coronal";
    case View::Axial:
        break;
    }
    return "axial";
}

bool viewFromName(const QString &name, View *view) {
    for (View v : kAllViews) {
        if (name.compare(QLatin1String(viewName(v)), Qt::CaseInsensitive) == 0) {
            *view = v;
            return true;
        }
    }
    return false;
}

bool RasReorientation::isIdentity() const {
    return permutation == std::array<int, 3>{0, 1, 2} && !flip[0] && !flip[1] && !flip[2];
}

std::array<int, 3> RasReorientation::toOutputIndex(const std::array<int, 3> &inputIndex,
                                                   const std::array<int, 3> &inputDims) const {
    std::array<int, 3> out{};
    for (int a = 0; a < 3; ++a) {
        const int p = permutation[a];
        out[a] = flip[a] ? inputDims[p] - 1 - inputIndex[p] : inputIndex[p];
    }
    return out;
}

namespace {
// Direction cosines of the voxel axes in RAS (columns), from the LPS ones.
Eigen::Matrix3d rasDirection(const Geometry &geometry) {
    Eigen::Matrix3d ras = geometry.direction;
    ras.row(0) *= -1.0;
    ras.row(1) *= -1.0;
    return ras;
}
} // namespace

RasReorientation closestRasReorientation(const Geometry &geometry) {
    const Eigen::Matrix3d ras = rasDirection(geometry);
    std::array<int, 3> perm{0, 1, 2};
    std::array<int, 3> best = perm;
    double bestScore = -1.0;
    // Six permutations: try them all rather than a greedy per-axis choice, which can
    // assign two patient axes to one voxel axis on strongly oblique grids.
    do {
        double score = 0.0;
        for (int a = 0; a < 3; ++a)
            score += std::abs(ras(a, perm[a]));
        if (score > bestScore + 1e-12) {
            bestScore = score;
            best = perm;
        }
    } while (std::next_permutation(perm.begin(), perm.end()));

    RasReorientation r;
    r.permutation = best;
    for (int a = 0; a < 3; ++a)
        r.flip[a] = ras(a, best[a]) < 0.0;
    return r;
}

Geometry reorientGeometry(const Geometry &geometry, const RasReorientation &r) {
    Geometry out;
    Eigen::Vector3d firstVoxel;
    for (int a = 0; a < 3; ++a) {
        const int p = r.permutation[a];
        out.dims[a] = geometry.dims[p];
        out.spacing[a] = geometry.spacing[p];
        out.direction.col(a) = r.flip[a] ? Eigen::Vector3d(-geometry.direction.col(p))
                                         : Eigen::Vector3d(geometry.direction.col(p));
        firstVoxel[p] = r.flip[a] ? geometry.dims[p] - 1 : 0;
    }
    out.origin = geometry.indexToLpsPoint(firstVoxel);
    return out;
}

Volume reorientToRas(const Volume &volume) {
    const Geometry &in = volume.geometry();
    const RasReorientation r = closestRasReorientation(in);
    Volume out(reorientGeometry(in, r), volume.type());
    out.headerWindow = volume.headerWindow;
    out.description = volume.description;
    if (volume.isEmpty())
        return out;

    const std::array<std::ptrdiff_t, 3> inStride{
        1, in.dims[0], static_cast<std::ptrdiff_t>(in.dims[0]) * in.dims[1]};
    std::array<std::ptrdiff_t, 3> step{};
    std::ptrdiff_t start = 0;
    for (int a = 0; a < 3; ++a) {
        const int p = r.permutation[a];
        step[a] = r.flip[a] ? -inStride[p] : inStride[p];
        if (r.flip[a])
            start += (in.dims[p] - 1) * inStride[p];
    }
    const auto &d = out.geometry().dims;
    std::size_t o = 0;
    for (int k = 0; k < d[2]; ++k) {
        for (int j = 0; j < d[1]; ++j) {
            std::ptrdiff_t src = start + k * step[2] + j * step[1];
            if (volume.type() == VoxelType::Int16) {
                const std::int16_t *from = volume.int16Data();
                std::int16_t *to = out.int16Data();
                for (int i = 0; i < d[0]; ++i, ++o, src += step[0])
                    to[o] = from[src];
            } else {
                const float *from = volume.floatData();
                float *to = out.floatData();
                for (int i = 0; i < d[0]; ++i, ++o, src += step[0])
                    to[o] = from[src];
            }
        }
    }
    return out;
}

double obliquityDegrees(const Geometry &geometry) {
    double worst = 0.0;
    for (int c = 0; c < 3; ++c) {
        const double cosine = std::clamp(geometry.direction.col(c).cwiseAbs().maxCoeff(), 0.0, 1.0);
        worst = std::max(worst, std::acos(cosine) * 180.0 / M_PI);
    }
    return worst;
}

} // namespace brainmd
