#include "votemi/SliceSelector.h"

#include "votemi/CentreSliceSelector.h"
#include "votemi/RandomSliceSelector.h"
#include "votemi/VoteMiSelector.h"

#include <QCoreApplication>

namespace brainmd {

std::unique_ptr<SliceSelector> createSliceSelector(const std::string &method) {
    if (method == "votemi") {
        return std::make_unique<VoteMiSelector>();
    }
    if (method == "random") {
        return std::make_unique<RandomSliceSelector>();
    }
    if (method == "centre") {
        return std::make_unique<CentreSliceSelector>();
    }
    return nullptr;
}

std::vector<std::string> sliceSelectorNames() {
    return {"votemi", "random", "centre"};
}

double slicePositionMm(const Geometry &rasGeometry, View view, int slice) {
    const int axis = viewAxis(view);
    Eigen::Vector4d index(0.5 * (rasGeometry.dims[0] - 1), 0.5 * (rasGeometry.dims[1] - 1),
                          0.5 * (rasGeometry.dims[2] - 1), 1.0);
    index(axis) = slice;
    return (rasGeometry.indexToRas() * index)(axis);
}

QString checkRasVolume(const Volume &volume) {
    if (volume.isEmpty()) {
        return QCoreApplication::translate("brainmd", "The volume is empty.");
    }
    if (!closestRasReorientation(volume.geometry()).isIdentity()) {
        return QCoreApplication::translate(
            "brainmd", "The volume must be reoriented to RAS axes before slice selection.");
    }
    return {};
}

} // namespace brainmd
