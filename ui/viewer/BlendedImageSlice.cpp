#include "ui/viewer/BlendedImageSlice.h"

#include <vtkObjectFactory.h>

namespace brainmd {

// The macros end in a definition: no semicolon after them (-Wpedantic).
vtkStandardNewMacro(BlendedImageSlice)

} // namespace brainmd
