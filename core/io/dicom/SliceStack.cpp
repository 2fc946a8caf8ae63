#include "io/dicom/SliceStack.h"

#include <QCoreApplication>

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace brainmd::dicom {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

constexpr int kMaxStepWarnings = 5;
constexpr double kTiltToleranceDegrees = 0.05;

Eigen::Vector3d rowOf(const std::array<double, 6> &o) {
    return Eigen::Vector3d(o[0], o[1], o[2]).normalized();
}
Eigen::Vector3d columnOf(const std::array<double, 6> &o) {
    return Eigen::Vector3d(o[3], o[4], o[5]).normalized();
}

QString mm(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

/// Warnings for steps that differ from the median step (slice numbers from 1).
void checkSteps(const std::vector<double> &steps, double expected, QStringList *warnings) {
    const double tolerance = std::max(0.01, 0.01 * expected);
    int reported = 0, more = 0;
    for (std::size_t n = 0; n < steps.size(); ++n) {
        if (std::abs(steps[n] - expected) <= tolerance)
            continue;
        if (reported == kMaxStepWarnings) {
            ++more;
            continue;
        }
        ++reported;
        const QString what =
            steps[n] > expected
                ? tr("gap of %1 mm between slices %2 and %3 (expected %4 mm); not interpolated")
                : tr("uneven slice spacing: %1 mm between slices %2 and %3 (expected %4 mm)");
        warnings->append(what.arg(mm(steps[n])).arg(n + 1).arg(n + 2).arg(mm(expected)));
    }
    if (more > 0)
        warnings->append(tr("%1 more irregular slice steps").arg(more));
}

/// Tilt (step direction off the normal) and positions off the line of the stack.
void checkStraightStack(const std::vector<FrameHeader> &sorted, const Eigen::Vector3d &step,
                        const Eigen::Vector3d &normal, double spacing, QStringList *warnings) {
    const double cosine = std::min(1.0, std::abs(step.dot(normal)));
    const double tilt = std::acos(cosine) * 180.0 / M_PI;
    if (tilt > kTiltToleranceDegrees)
        warnings->append(tr("gantry tilt or sheared grid: slices are stacked %1° off their "
                            "normal; geometry kept as acquired, not resampled")
                             .arg(tilt, 0, 'f', 2));
    const Eigen::Vector3d first = *sorted.front().position;
    double worst = 0;
    for (const FrameHeader &f : sorted) {
        const Eigen::Vector3d d = *f.position - first;
        worst = std::max(worst, (d - step * d.dot(step)).norm());
    }
    if (worst > std::max(0.01, 0.01 * spacing))
        warnings->append(tr("slice positions are not on a straight line (up to %1 mm off); "
                            "the geometry is approximate")
                             .arg(mm(worst)));
}

void checkOrientations(const std::vector<FrameHeader> &sorted, QStringList *warnings) {
    const std::array<double, 6> &first = *sorted.front().orientation;
    for (const FrameHeader &f : sorted) {
        for (std::size_t n = 0; n < 6 && f.orientation; ++n) {
            if (std::abs((*f.orientation)[n] - first[n]) > 1e-3) {
                warnings->append(tr("slices have different orientations; the first is used"));
                return;
            }
        }
    }
}

} // namespace

Eigen::Vector3d sliceNormal(const std::vector<FrameHeader> &frames) {
    for (const FrameHeader &f : frames) {
        if (f.orientation)
            return rowOf(*f.orientation).cross(columnOf(*f.orientation)).normalized();
    }
    return Eigen::Vector3d::UnitZ();
}

void sortAlongNormal(std::vector<FrameHeader> *frames, std::vector<FrameHeader> *repeated) {
    const Eigen::Vector3d normal = sliceNormal(*frames);
    const auto key = [&](const FrameHeader &f) {
        return std::make_tuple(!f.position.has_value(), f.position ? f.position->dot(normal) : 0.0,
                               f.instanceNumber, f.fileIndex, f.frameIndex);
    };
    std::sort(frames->begin(), frames->end(),
              [&](const FrameHeader &a, const FrameHeader &b) { return key(a) < key(b); });
    std::vector<FrameHeader> kept;
    for (FrameHeader &f : *frames) {
        if (!kept.empty() && f.position && kept.back().position &&
            (*f.position - *kept.back().position).norm() < 1e-3)
            repeated->push_back(std::move(f));
        else
            kept.push_back(std::move(f));
    }
    *frames = std::move(kept);
}

StackGeometry stackGeometry(const std::vector<FrameHeader> &sorted, int columns, int rows) {
    StackGeometry out;
    Geometry &g = out.geometry;
    g.dims = {columns, rows, static_cast<int>(sorted.size())};
    const FrameHeader &first = sorted.front();
    const std::array<double, 6> orientation =
        first.orientation.value_or(std::array<double, 6>{1, 0, 0, 0, 1, 0});
    if (!first.orientation)
        out.warnings.append(tr("no ImageOrientationPatient; axial orientation assumed"));
    const Eigen::Vector3d normal = rowOf(orientation).cross(columnOf(orientation)).normalized();
    if (first.pixelSpacing)
        g.spacing = Eigen::Vector3d(first.pixelSpacing->y(), first.pixelSpacing->x(), 1.0);
    else if (!first.spacingNote.isEmpty())
        out.warnings.append(first.spacingNote);
    else
        out.warnings.append(tr("no PixelSpacing; 1 mm pixels assumed"));
    Eigen::Vector3d step = normal;
    double spacing = first.sliceThickness.value_or(1.0);
    const bool positioned = std::all_of(
        sorted.begin(), sorted.end(), [](const FrameHeader &f) { return f.position.has_value(); });
    // Assembly leaves out unplaced slices when others have a position, so here either all
    // or none have one.
    if (!positioned && sorted.size() == 1)
        out.warnings.append(
            tr("%1: the slice is placed at the origin (0, 0, 0)").arg(first.positionNote));
    if (!positioned && sorted.size() > 1)
        out.warnings.append(tr("no slice has a usable ImagePositionPatient (%1): slices ordered "
                               "by instance number, %2 mm apart (SliceThickness, else 1 mm); "
                               "the geometry is assumed")
                                .arg(first.positionNote, mm(spacing)));
    if (sorted.size() == 1)
        out.warnings.append(tr("single slice: a 2D image (1 slice)"));
    if (positioned && sorted.size() > 1) {
        std::vector<double> steps;
        for (std::size_t n = 0; n + 1 < sorted.size(); ++n)
            steps.push_back((*sorted[n + 1].position - *sorted[n].position).norm());
        spacing = median(steps);
        step = (*sorted.back().position - *first.position).normalized();
        checkSteps(steps, spacing, &out.warnings);
        checkStraightStack(sorted, step, normal, spacing, &out.warnings);
        checkOrientations(sorted, &out.warnings);
    }
    g.spacing.z() = spacing;
    g.origin = first.position.value_or(Eigen::Vector3d::Zero());
    g.direction.col(0) = rowOf(orientation);
    g.direction.col(1) = columnOf(orientation);
    g.direction.col(2) = step;
    return out;
}

} // namespace brainmd::dicom
