#include "ui/viewer/ViewFrame.h"

#include <Eigen/Geometry>

namespace brainmd {

ViewFrame viewFrame(View view) {
    ViewFrame f;
    f.axis = viewAxis(view);
    switch (view) {
    case View::Coronal:
        f.projection = Eigen::Vector3d(0, -1, 0);
        f.up = Eigen::Vector3d(0, 0, 1);
        break;
    case View::Sagittal:
        f.projection = Eigen::Vector3d(1, 0, 0);
        f.up = Eigen::Vector3d(0, 0, 1);
        break;
    case View::Axial:
        f.projection = Eigen::Vector3d(0, 0, 1);
        f.up = Eigen::Vector3d(0, 1, 0);
        break;
    }
    // VTK's screen right is the direction of projection crossed with view-up.
    f.right = f.projection.cross(f.up);
    return f;
}

char directionLetter(const Eigen::Vector3d &ras) {
    Eigen::Index axis = 0;
    ras.cwiseAbs().maxCoeff(&axis);
    static constexpr char positive[3] = {'R', 'A', 'S'};
    static constexpr char negative[3] = {'L', 'P', 'I'};
    return ras[axis] >= 0 ? positive[axis] : negative[axis];
}

} // namespace brainmd
