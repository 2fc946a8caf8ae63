#pragma once

#include "volume/Orientation.h"

#include <Eigen/Core>

namespace brainmd {

/// How a 2D view looks at RAS world space, in radiological convention: the direction
/// of projection, the screen's up and right as RAS unit vectors, and the voxel axis
/// stacked through the screen. Axial: seen from the feet (patient's right on screen
/// left, anterior up); coronal: seen from the front; sagittal: anterior on the left.
struct ViewFrame {
    int axis = 2;
    Eigen::Vector3d projection; ///< from the camera into the screen
    Eigen::Vector3d up;
    Eigen::Vector3d right;
};

ViewFrame viewFrame(View view);

/// Patient direction letter of a RAS direction: R, L, A, P, S or I (dominant component).
char directionLetter(const Eigen::Vector3d &ras);

} // namespace brainmd
