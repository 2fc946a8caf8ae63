#pragma once

#include <vtkImageSlice.h>

namespace brainmd {

/// A vtkImageSlice that VTK draws in its opaque pass, blended (VTK keeps blending on there)
/// over what is drawn before it, however translucent its property or lookup table is. A
/// translucent prop makes VTK 9.1 run its order-independent translucency pass on every
/// frame, several extra full-view passes on a software renderer; a label fill lying in
/// front of the image slice needs none of it. Add it after the props it covers.
class BlendedImageSlice : public vtkImageSlice {
public:
    static BlendedImageSlice *New();
    vtkTypeMacro(BlendedImageSlice, vtkImageSlice)

        vtkTypeBool HasTranslucentPolygonalGeometry() override {
        return 0;
    }

protected:
    BlendedImageSlice() = default;
    ~BlendedImageSlice() override = default;
};

} // namespace brainmd
