#include "ui/viewer/VtkImageAdapter.h"

#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkShortArray.h>

#include <Eigen/Geometry>

namespace brainmd {

Eigen::Vector3d rasOrigin(const Volume &rasVolume) {
    return (rasVolume.geometry().indexToRas() * Eigen::Vector4d(0, 0, 0, 1)).head<3>();
}

vtkSmartPointer<vtkImageData> wrapRasVolume(const Volume &rasVolume) {
    auto image = vtkSmartPointer<vtkImageData>::New();
    const Geometry &g = rasVolume.geometry();
    image->SetDimensions(g.dims[0], g.dims[1], g.dims[2]);
    image->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
    const Eigen::Vector3d origin = rasOrigin(rasVolume);
    image->SetOrigin(origin[0], origin[1], origin[2]);
    const auto count = static_cast<vtkIdType>(rasVolume.voxelCount());
    // save = 1: VTK never frees the borrowed storage; the Volume owns it.
    if (rasVolume.type() == VoxelType::Int16) {
        vtkNew<vtkShortArray> array;
        array->SetNumberOfComponents(1);
        array->SetArray(const_cast<short *>(rasVolume.int16Data()), count, 1);
        array->SetName("voxels");
        image->GetPointData()->SetScalars(array);
    } else {
        vtkNew<vtkFloatArray> array;
        array->SetNumberOfComponents(1);
        array->SetArray(const_cast<float *>(rasVolume.floatData()), count, 1);
        array->SetName("voxels");
        image->GetPointData()->SetScalars(array);
    }
    return image;
}

} // namespace brainmd
