#include "ui/viewer/SegmentationOverlay.h"

#include "ui/i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCoordinate.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkLookupTable.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <array>

namespace brainmd {

namespace {

constexpr int kMaxLegendRows = 6;
constexpr int kMaxLabelChars = 28;
constexpr int kRowHeightPx = 18;
constexpr int kSwatchGapPx = 26; // swatch width ("MM" at 12 pt) plus a gap
// Right of the legend: left of the slice strip (x 0.976..1) and below the strip's bottom
// (y 0.12), so neither it nor the bottom-left window text is covered.
constexpr double kAnchorX = 0.965;
constexpr double kAnchorY = 0.012;
// Drawn just in front of the slice, behind the crosshair and markers (SliceOverlay lifts
// those by 0.4..0.6 of a voxel).
constexpr double kFillLift = 0.15;
constexpr double kOutlineLift = 0.3;

const std::array<unsigned char, 3> kUndescribed{230, 230, 90};

void useLegendFont(vtkTextProperty *p) {
    if (const QString font = Translations::cjkFontFile(); !font.isEmpty()) {
        p->SetFontFamily(VTK_FONT_FILE); // VTK's built-in fonts have no CJK glyphs
        p->SetFontFile(QFile::encodeName(font).constData());
    }
}

vtkSmartPointer<vtkTextActor> legendActor(vtkCoordinate *anchor, double dx, double dy) {
    auto actor = vtkSmartPointer<vtkTextActor>::New();
    vtkCoordinate *position = actor->GetPositionCoordinate();
    position->SetCoordinateSystemToDisplay();
    position->SetReferenceCoordinate(anchor); // pixel offsets from a corner of the view
    position->SetValue(dx, dy);
    vtkTextProperty *p = actor->GetTextProperty();
    p->SetJustification(VTK_TEXT_RIGHT);
    p->SetVerticalJustification(VTK_TEXT_BOTTOM);
    actor->PickableOff();
    return actor;
}

} // namespace

SegmentationOverlay::SegmentationOverlay(View view, vtkRenderer *renderer)
    : m_frame(viewFrame(view))
    , m_renderer(renderer) {
    m_mapper->SetOrientation(m_frame.axis);
    m_mapper->SliceAtFocalPointOff();
    m_mapper->SliceFacesCameraOff();
    m_mapper->BorderOn(); // whole voxels, matching the outline along their edges
    m_fill->SetMapper(m_mapper);
    vtkImageProperty *property = m_fill->GetProperty();
    property->SetLookupTable(m_lut);
    property->UseLookupTableScalarRangeOn();
    property->SetInterpolationTypeToNearest();
    property->SetOpacity(0.4);
    m_fill->PickableOff();
    m_fill->VisibilityOff();
    m_renderer->AddViewProp(m_fill);

    vtkNew<vtkPolyDataMapper> outlineMapper;
    outlineMapper->SetScalarModeToUseCellData();
    outlineMapper->SetColorModeToDirectScalars();
    m_outline->SetMapper(outlineMapper);
    m_outline->GetProperty()->SetLighting(false);
    m_outline->GetProperty()->SetLineWidth(1.0f);
    m_outline->PickableOff();
    m_outline->VisibilityOff();
    m_renderer->AddActor(m_outline);
}

SegmentationOverlay::~SegmentationOverlay() {
    for (const auto &actor : m_legend)
        m_renderer->RemoveActor2D(actor);
    m_renderer->RemoveActor(m_outline);
    m_renderer->RemoveViewProp(m_fill);
}

void SegmentationOverlay::setLabels(vtkImageData *labels,
                                    const std::vector<SegmentDescription> &segments) {
    m_labels = labels;
    if (labels != nullptr) {
        m_mapper->SetInputData(labels);
        m_mapper->SetSliceNumber(m_slice);
        // In front of the image slice, towards the camera.
        const double lift = -kFillLift * labels->GetSpacing()[m_frame.axis];
        const Eigen::Vector3d offset = m_frame.projection * lift;
        m_fill->SetPosition(offset[0], offset[1], offset[2]);
        buildLookupTable(segments);
        buildLegend(segments);
    } else {
        buildLegend({});
    }
    rebuildOutline();
    applyVisibility();
}

void SegmentationOverlay::setVisible(bool visible) {
    if (m_visible == visible)
        return;
    m_visible = visible;
    rebuildOutline(); // not kept up to date while hidden
    applyVisibility();
}

void SegmentationOverlay::setOpacity(double opacity) {
    m_fill->GetProperty()->SetOpacity(std::clamp(opacity, 0.0, 1.0));
}

void SegmentationOverlay::setSlice(int index) {
    if (m_slice == index)
        return;
    m_slice = index;
    m_mapper->SetSliceNumber(index);
    rebuildOutline();
}

QStringList SegmentationOverlay::legendTexts() const {
    return isShown() ? m_legendTexts : QStringList();
}

void SegmentationOverlay::buildLookupTable(const std::vector<SegmentDescription> &segments) {
    double range[2] = {0, 0};
    m_labels->GetScalarRange(range);
    m_maxLabel = std::max(1, static_cast<int>(range[1]));
    for (const SegmentDescription &s : segments)
        m_maxLabel = std::max(m_maxLabel, s.number);
    // One entry per label value: [-0.5, max + 0.5] maps value n to entry n exactly.
    m_lut->SetNumberOfTableValues(m_maxLabel + 1);
    m_lut->SetTableRange(-0.5, m_maxLabel + 0.5);
    m_lut->SetTableValue(0, 0, 0, 0, 0);
    for (int n = 1; n <= m_maxLabel; ++n)
        m_lut->SetTableValue(n, kUndescribed[0] / 255.0, kUndescribed[1] / 255.0,
                             kUndescribed[2] / 255.0, 1.0);
    for (const SegmentDescription &s : segments) {
        if (s.number > 0)
            m_lut->SetTableValue(s.number, s.rgb[0] / 255.0, s.rgb[1] / 255.0, s.rgb[2] / 255.0,
                                 1.0);
    }
    m_lut->Modified();
}

void SegmentationOverlay::buildLegend(const std::vector<SegmentDescription> &segments) {
    for (const auto &actor : m_legend)
        m_renderer->RemoveActor2D(actor);
    m_legend.clear();
    m_legendTexts.clear();
    vtkNew<vtkCoordinate> anchor;
    anchor->SetCoordinateSystemToNormalizedViewport();
    anchor->SetValue(kAnchorX, kAnchorY);
    std::vector<const SegmentDescription *> shown;
    for (const SegmentDescription &s : segments)
        shown.push_back(&s);
    std::sort(shown.begin(), shown.end(),
              [](const auto *a, const auto *b) { return a->number < b->number; });
    const int rows = std::min<int>(static_cast<int>(shown.size()), kMaxLegendRows);
    const bool more = static_cast<int>(shown.size()) > kMaxLegendRows;
    // The first segment on top, the last row at the bottom edge.
    for (int row = 0; row < rows; ++row) {
        const int fromBottom = rows - 1 - row;
        const double dy = fromBottom * kRowHeightPx;
        QString text;
        if (more && row == rows - 1) {
            text = QCoreApplication::translate("brainmd", "+%1 more")
                       .arg(static_cast<int>(shown.size()) - rows + 1);
        } else {
            const SegmentDescription &s = *shown[static_cast<std::size_t>(row)];
            text = s.label.trimmed().isEmpty()
                       ? QCoreApplication::translate("brainmd", "Segment %1").arg(s.number)
                       : s.label.trimmed();
            if (text.size() > kMaxLabelChars)
                text = text.left(kMaxLabelChars - 1) + QChar(0x2026);
            auto swatch = legendActor(anchor, 0, dy);
            // A block of glyphs drawn in its own background colour: a solid swatch.
            swatch->SetInput("MM");
            vtkTextProperty *p = swatch->GetTextProperty();
            const double r = s.rgb[0] / 255.0, g = s.rgb[1] / 255.0, b = s.rgb[2] / 255.0;
            p->SetFontSize(12);
            p->SetColor(r, g, b);
            p->SetBackgroundColor(r, g, b);
            p->SetBackgroundOpacity(1.0);
            p->SetFrame(true); // a thin light border keeps dark colours visible on black
            p->SetFrameColor(0.85, 0.85, 0.85);
            m_legend.push_back(swatch);
        }
        auto label = legendActor(anchor, more && row == rows - 1 ? 0 : -kSwatchGapPx, dy);
        vtkTextProperty *p = label->GetTextProperty();
        p->SetFontSize(13);
        p->SetShadow(true);
        p->SetColor(0.95, 0.95, 0.85);
        useLegendFont(p);
        label->SetInput(text.toUtf8().constData());
        m_legend.push_back(label);
        m_legendTexts << text;
    }
    for (const auto &actor : m_legend)
        m_renderer->AddActor2D(actor);
}

void SegmentationOverlay::rebuildOutline() {
    auto *mapper = vtkPolyDataMapper::SafeDownCast(m_outline->GetMapper());
    vtkNew<vtkPolyData> poly;
    if (m_labels == nullptr || !m_visible) {
        mapper->SetInputData(poly);
        return;
    }
    const int a = m_frame.axis;
    const int u = a == 0 ? 1 : 0;
    const int v = a == 2 ? 1 : 2;
    int dims[3];
    double origin[3], spacing[3];
    m_labels->GetDimensions(dims);
    m_labels->GetOrigin(origin);
    m_labels->GetSpacing(spacing);
    const auto *labels = static_cast<const short *>(m_labels->GetScalarPointer());
    if (labels == nullptr || m_slice < 0 || m_slice >= dims[a]) {
        mapper->SetInputData(poly);
        return;
    }
    const vtkIdType stride[3] = {1, dims[0], static_cast<vtkIdType>(dims[0]) * dims[1]};
    const short *plane = labels + m_slice * stride[a];
    const auto at = [&](int p, int q) {
        return plane[p * stride[u] + q * stride[v]];
    };

    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> cells;
    vtkNew<vtkUnsignedCharArray> colors;
    colors->SetNumberOfComponents(3);
    const double depth =
        origin[a] + m_slice * spacing[a] - kOutlineLift * spacing[a] * m_frame.projection[a];
    const auto addEdge = [&](double p0, double q0, double p1, double q1, short label) {
        double w0[3], w1[3];
        w0[a] = w1[a] = depth;
        w0[u] = origin[u] + p0 * spacing[u];
        w0[v] = origin[v] + q0 * spacing[v];
        w1[u] = origin[u] + p1 * spacing[u];
        w1[v] = origin[v] + q1 * spacing[v];
        const vtkIdType ids[2] = {points->InsertNextPoint(w0), points->InsertNextPoint(w1)};
        cells->InsertNextCell(2, ids);
        double rgba[4];
        m_lut->GetTableValue(std::clamp<int>(label, 0, m_maxLabel), rgba);
        const unsigned char rgb[3] = {static_cast<unsigned char>(rgba[0] * 255 + 0.5),
                                      static_cast<unsigned char>(rgba[1] * 255 + 0.5),
                                      static_cast<unsigned char>(rgba[2] * 255 + 0.5)};
        colors->InsertNextTypedTuple(rgb);
    };
    // Every voxel edge where a segment meets another value (or the volume's border); the
    // edges lie half a voxel from the centres, at ±0.5 in index units.
    const int nu = dims[u], nv = dims[v];
    for (int q = 0; q < nv; ++q) {
        for (int p = 0; p < nu; ++p) {
            const short label = at(p, q);
            if (label <= 0)
                continue;
            if (p == 0 || at(p - 1, q) != label)
                addEdge(p - 0.5, q - 0.5, p - 0.5, q + 0.5, label);
            if (p == nu - 1 || at(p + 1, q) != label)
                addEdge(p + 0.5, q - 0.5, p + 0.5, q + 0.5, label);
            if (q == 0 || at(p, q - 1) != label)
                addEdge(p - 0.5, q - 0.5, p + 0.5, q - 0.5, label);
            if (q == nv - 1 || at(p, q + 1) != label)
                addEdge(p - 0.5, q + 0.5, p + 0.5, q + 0.5, label);
        }
    }
    poly->SetPoints(points);
    poly->SetLines(cells);
    poly->GetCellData()->SetScalars(colors);
    mapper->SetInputData(poly);
}

void SegmentationOverlay::applyVisibility() {
    const bool shown = isShown();
    m_fill->SetVisibility(shown);
    m_outline->SetVisibility(shown);
    for (const auto &actor : m_legend)
        actor->SetVisibility(shown);
}

} // namespace brainmd
