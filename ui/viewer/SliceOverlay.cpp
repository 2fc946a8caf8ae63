#include "ui/viewer/SliceOverlay.h"

#include <QCoreApplication>

#include <vtkActor.h>
#include <vtkActor2D.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCoordinate.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkProperty.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>

namespace brainmd {

namespace {

QColor viewColor(View view) {
    // The colours 3D Slicer gives its views: axial red, coronal green, sagittal yellow.
    switch (view) {
    case View::Coronal:
        return {110, 200, 90, 190};
    case View::Sagittal:
        return {235, 210, 70, 190};
    case View::Axial:
        break;
    }
    return {230, 80, 70, 190};
}

void attach(vtkActor *actor, float lineWidth) {
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(poly);
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToDirectScalars();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetLighting(false);
    actor->GetProperty()->SetLineWidth(lineWidth);
    actor->PickableOff();
}

} // namespace

SliceOverlay::SliceOverlay(View view, vtkRenderer *renderer)
    : m_view(view)
    , m_frame(viewFrame(view))
    , m_renderer(renderer) {
    attach(m_lines, 1.0f);
    m_lines->GetProperty()->SetOpacity(0.8);
    attach(m_histograms, 1.0f);
    attach(m_rulerLine, 2.0f);
    m_histograms->GetProperty()->SetOpacity(0.75);
    // Drawn in the opaque pass, blended over the image already drawn there: a translucent
    // actor would make VTK 9.1 run its order-independent translucency pass, several extra
    // full-view passes on a software renderer, for lines that never overlap each other.
    m_lines->ForceOpaqueOn();
    m_histograms->ForceOpaqueOn();
    m_rulerLine->GetProperty()->SetColor(0.3, 0.9, 1.0);

    vtkNew<vtkPolyData> strip;
    vtkNew<vtkPolyDataMapper2D> stripMapper;
    stripMapper->SetInputData(strip);
    stripMapper->SetScalarModeToUseCellData();
    stripMapper->SetColorModeToDirectScalars();
    vtkNew<vtkCoordinate> normalized;
    normalized->SetCoordinateSystemToNormalizedViewport();
    stripMapper->SetTransformCoordinate(normalized);
    m_strip->SetMapper(stripMapper);
    m_strip->GetProperty()->SetLineWidth(2.0f);

    m_rulerText->GetTextProperty()->SetFontSize(14);
    m_rulerText->GetTextProperty()->SetColor(0.3, 0.9, 1.0);
    m_rulerText->GetTextProperty()->SetShadow(true);
    m_rulerText->GetPositionCoordinate()->SetCoordinateSystemToWorld();
    m_rulerText->VisibilityOff();
    m_rulerLine->VisibilityOff();

    for (vtkActor *actor : {m_lines.Get(), m_histograms.Get(), m_rulerLine.Get()})
        m_renderer->AddActor(actor);
    m_renderer->AddActor2D(m_strip);
    m_renderer->AddActor2D(m_rulerText);
}

SliceOverlay::~SliceOverlay() = default;

void SliceOverlay::setImageGeometry(const std::array<double, 6> &bounds,
                                    const std::array<double, 3> &spacing) {
    m_bounds = bounds;
    m_spacing = spacing;
}

double SliceOverlay::worldOf(int axis, int index) const {
    return m_bounds[static_cast<std::size_t>(2 * axis)] +
           index * m_spacing[static_cast<std::size_t>(axis)];
}

void SliceOverlay::updateFromModel(const ViewerModel &model) {
    OverlayPrimitives lines, histograms, strip;
    if (model.hasVolume()) {
        m_depth = worldOf(m_frame.axis, model.sliceIndex(m_view));
        buildLines(model, lines);
        buildHistograms(model, histograms);
        buildStrip(model, strip);
    }
    // Lines and bars lie on the plane of slice 0 and their actors move them to the current
    // slice: a slice step then rebuilds only what it changes (another view's line, the tick
    // on the strip), not every buffer.
    std::array<double, 3> offset{0, 0, 0};
    offset[static_cast<std::size_t>(m_frame.axis)] = m_depth - worldOf(m_frame.axis, 0);
    m_lines->SetPosition(offset.data());
    m_histograms->SetPosition(offset.data());
    if (lines != m_shownLines) {
        lines.intoLines(vtkPolyDataMapper::SafeDownCast(m_lines->GetMapper())->GetInput());
        m_shownLines = std::move(lines);
    }
    if (histograms != m_shownHistograms) {
        histograms.intoPolys(
            vtkPolyDataMapper::SafeDownCast(m_histograms->GetMapper())->GetInput());
        m_shownHistograms = std::move(histograms);
    }
    if (strip != m_shownStrip) {
        strip.intoLines(vtkPolyDataMapper2D::SafeDownCast(m_strip->GetMapper())->GetInput());
        m_shownStrip = std::move(strip);
    }
    updateRuler();
}

void SliceOverlay::buildLines(const ViewerModel &model, OverlayPrimitives &lines) const {
    // Lie just in front of the slice (towards the camera) so the image does not hide them.
    const double lift = -0.5 * m_spacing[static_cast<std::size_t>(m_frame.axis)];
    const auto lineAt = [&](View other, int index, const QColor &color) {
        const int a = viewAxis(other);
        const int b = 3 - m_frame.axis - a;
        Eigen::Vector3d p0;
        p0[m_frame.axis] = worldOf(m_frame.axis, 0) + lift * m_frame.projection[m_frame.axis];
        p0[a] = worldOf(a, index);
        Eigen::Vector3d p1 = p0;
        p0[b] = m_bounds[static_cast<std::size_t>(2 * b)];
        p1[b] = m_bounds[static_cast<std::size_t>(2 * b + 1)];
        lines.add({p0, p1}, color);
    };
    for (View other : kAllViews) {
        if (other == m_view)
            continue;
        if (model.overlayVisible(OverlayKind::Crosshair))
            lineAt(other, model.sliceIndex(other), viewColor(other));
        for (const SliceMarker &marker : model.markers()) {
            if (marker.view == other && model.overlayVisible(marker.kind))
                lineAt(other, marker.sliceIndex, marker.color);
        }
    }
}

void SliceOverlay::buildHistograms(const ViewerModel &model, OverlayPrimitives &bars) const {
    if (model.overlayVisible(OverlayKind::VoteProfile)) {
        const double lift = -0.4 * m_spacing[static_cast<std::size_t>(m_frame.axis)];
        for (View other : kAllViews) {
            const std::vector<double> &profile = model.voteProfile(other);
            const int a = viewAxis(other);
            if (other == m_view || profile.empty())
                continue;
            const int b = 3 - m_frame.axis - a;
            // Bars stand on the bottom edge (horizontal axes) or the left edge (vertical).
            const bool horizontal = std::abs(m_frame.right[a]) > 0.5;
            const double sign = horizontal ? m_frame.up[b] : m_frame.right[b];
            const double lo = m_bounds[static_cast<std::size_t>(2 * b)];
            const double hi = m_bounds[static_cast<std::size_t>(2 * b + 1)];
            const double base = sign > 0 ? lo : hi;
            const double peak = *std::max_element(profile.begin(), profile.end());
            if (peak <= 0)
                continue;
            const double half = 0.45 * m_spacing[static_cast<std::size_t>(a)];
            for (std::size_t i = 0; i < profile.size(); ++i) {
                if (profile[i] <= 0)
                    continue;
                const double h = sign * 0.15 * (hi - lo) * profile[i] / peak;
                Eigen::Vector3d c;
                c[m_frame.axis] =
                    worldOf(m_frame.axis, 0) + lift * m_frame.projection[m_frame.axis];
                c[a] = worldOf(a, static_cast<int>(i));
                c[b] = base;
                Eigen::Vector3d p0 = c, p1 = c, p2 = c, p3 = c;
                p0[a] -= half;
                p1[a] += half;
                p2[a] += half;
                p2[b] += h;
                p3[a] -= half;
                p3[b] += h;
                bars.add({p0, p1, p2, p3}, QColor(255, 150, 40, 200));
            }
        }
    }
}

void SliceOverlay::buildStrip(const ViewerModel &model, OverlayPrimitives &strip) const {
    const int n = model.sliceCount(m_view);
    const double x = 0.988, y0 = 0.12, y1 = 0.88;
    const auto yOf = [&](double index) {
        return n > 1 ? y0 + (y1 - y0) * index / (n - 1) : 0.5;
    };
    strip.add({{x, y0, 0}, {x, y1, 0}}, QColor(120, 120, 120, 200));
    const std::vector<double> &profile = model.voteProfile(m_view);
    if (model.overlayVisible(OverlayKind::VoteProfile) && !profile.empty()) {
        const double peak = *std::max_element(profile.begin(), profile.end());
        for (std::size_t i = 0; peak > 0 && i < profile.size(); ++i) {
            if (profile[i] > 0) {
                const double y = yOf(static_cast<double>(i));
                strip.add({{x - 0.004, y, 0}, {x - 0.004 - 0.05 * profile[i] / peak, y, 0}},
                          QColor(255, 150, 40, 220));
            }
        }
    }
    for (const SliceMarker &marker : model.markers()) {
        if (marker.view == m_view && model.overlayVisible(marker.kind)) {
            const double y = yOf(marker.sliceIndex);
            strip.add({{x - 0.012, y, 0}, {x + 0.012, y, 0}}, marker.color);
        }
    }
    const double y = yOf(model.sliceIndex(m_view));
    strip.add({{x - 0.008, y, 0}, {x + 0.008, y, 0}}, QColor(255, 255, 255, 255));
}

void SliceOverlay::setRuler(std::optional<std::pair<Eigen::Vector3d, Eigen::Vector3d>> ruler) {
    m_ruler = std::move(ruler);
    updateRuler();
}

std::optional<double> SliceOverlay::rulerLengthMm() const {
    if (!m_ruler)
        return std::nullopt;
    return (m_ruler->second - m_ruler->first).norm();
}

void SliceOverlay::updateRuler() {
    if (!m_ruler) {
        m_rulerLine->VisibilityOff();
        m_rulerText->VisibilityOff();
        return;
    }
    OverlayPrimitives line;
    Eigen::Vector3d a = m_ruler->first, b = m_ruler->second;
    const double lift = -0.6 * m_spacing[static_cast<std::size_t>(m_frame.axis)];
    a[m_frame.axis] = b[m_frame.axis] = m_depth + lift * m_frame.projection[m_frame.axis];
    line.add({a, b}, QColor(80, 230, 255, 255));
    vtkNew<vtkPolyData> poly;
    line.intoLines(poly);
    vtkPolyDataMapper::SafeDownCast(m_rulerLine->GetMapper())->SetInputData(poly);
    m_rulerLine->VisibilityOn();
    m_rulerText->SetInput(QCoreApplication::translate("brainmd", "%1 mm")
                              .arg(*rulerLengthMm(), 0, 'f', 1)
                              .toUtf8()
                              .constData());
    m_rulerText->GetPositionCoordinate()->SetValue(b[0], b[1], b[2]);
    m_rulerText->VisibilityOn();
}

} // namespace brainmd
