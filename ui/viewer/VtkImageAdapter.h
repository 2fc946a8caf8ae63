#pragma once

#include "volume/Volume.h"

#include <vtkSmartPointer.h>

#include <Eigen/Core>

class vtkImageData;

namespace brainmd {

/// Wraps the voxels of a RAS-aligned volume as vtkImageData without copying: world
/// coordinates are RAS millimetres (origin = RAS position of voxel 0, axes +R, +A, +S).
/// The volume must outlive the image (the viewer keeps both together).
vtkSmartPointer<vtkImageData> wrapRasVolume(const Volume &rasVolume);

/// RAS position (mm) of voxel 0 of a RAS-aligned volume: the world origin of the image.
Eigen::Vector3d rasOrigin(const Volume &rasVolume);

} // namespace brainmd
