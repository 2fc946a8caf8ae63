#pragma once

#include "io/seg/DicomSegmentation.h"
#include "ui/viewer/BlendedImageSlice.h"
#include "ui/viewer/ViewFrame.h"

#include <QStringList>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

#include <vector>

class vtkActor;
class vtkImageData;
class vtkImageSliceMapper;
class vtkLookupTable;
class vtkRenderer;
class vtkTextActor;

namespace brainmd {

/// A label map (DICOM SEG) over one 2D view: the current slice of the labels as a
/// semi-transparent fill in each segment's colour (nearest neighbour, so voxel edges stay
/// sharp), an opaque 1-pixel outline along the voxel edges of every segment so the anatomy
/// under the fill stays readable, and a legend (swatch + label) in the bottom-right corner,
/// clear of the corner texts on the left, the orientation letters and the slice strip.
/// The labels share the image's RAS grid (world = RAS mm). Plain class, GUI thread only.
class SegmentationOverlay {
public:
    SegmentationOverlay(View view, vtkRenderer *renderer);
    ~SegmentationOverlay();

    /// Int16 labels (0 = none, else segment number) on the image's grid, or null to
    /// remove the overlay. Numbers without a description get a neutral colour.
    void setLabels(vtkImageData *labels, const std::vector<SegmentDescription> &segments);
    void setVisible(bool visible);
    /// Opacity of the fill, 0..1; the outline stays opaque.
    void setOpacity(double opacity);
    /// Follows the view's slice (voxel index along the view's axis).
    void setSlice(int index);

    /// Whether something is drawn now (labels set and visible).
    bool isShown() const { return m_labels != nullptr && m_visible; }
    /// The legend's rows as drawn (tests); empty while hidden.
    QStringList legendTexts() const;

private:
    void buildLookupTable(const std::vector<SegmentDescription> &segments);
    void buildLegend(const std::vector<SegmentDescription> &segments);
    void rebuildOutline();
    void applyVisibility();

    ViewFrame m_frame;
    vtkRenderer *m_renderer;
    vtkSmartPointer<vtkImageData> m_labels;
    bool m_visible = true;
    int m_slice = 0;
    int m_maxLabel = 0;

    vtkNew<vtkLookupTable> m_lut;
    vtkNew<vtkImageSliceMapper> m_mapper;
    vtkNew<BlendedImageSlice> m_fill;
    vtkNew<vtkActor> m_outline;
    /// One swatch and one label per legend row.
    std::vector<vtkSmartPointer<vtkTextActor>> m_legend;
    QStringList m_legendTexts;
};

} // namespace brainmd
