#include "io/dicom/DicomHeaderFields.h"

#include "io/dicom/DicomDataSetAccess.h"

namespace brainmd::dicom {

using gdcm::Tag;

namespace {

const Tag kSharedGroups(0x5200, 0x9229);
const Tag kPerFrameGroups(0x5200, 0x9230);

std::optional<std::array<double, 6>> toOrientation(const std::vector<double> &v) {
    if (v.size() != 6)
        return std::nullopt;
    return std::array<double, 6>{v[0], v[1], v[2], v[3], v[4], v[5]};
}

/// A value from a functional group: the frame's group first, then the shared one.
template <typename Getter>
auto fromGroups(const gdcm::DataSet *frame, const gdcm::DataSet *shared, const Tag &sequence,
                Getter get) -> decltype(get(gdcm::DataSet())) {
    for (const gdcm::DataSet *group : {frame, shared}) {
        if (group == nullptr)
            continue;
        const std::optional<gdcm::DataSet> nested = item(*group, sequence);
        if (!nested)
            continue;
        if (auto value = get(*nested))
            return value;
    }
    return {};
}

std::optional<int> integer(const gdcm::DataSet &ds, const Tag &tag) {
    const std::optional<double> v = firstNumber(ds, tag);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

} // namespace

std::optional<std::array<double, 6>>
orientationOf(const gdcm::DataSet &ds, const gdcm::DataSet *frame, const gdcm::DataSet *shared) {
    if (auto top = toOrientation(numbers(ds, Tag(0x0020, 0x0037))))
        return top;
    return fromGroups(frame, shared, Tag(0x0020, 0x9116), [](const gdcm::DataSet &nested) {
        return toOrientation(numbers(nested, Tag(0x0020, 0x0037)));
    });
}

std::optional<Eigen::Vector3d> positionOf(const gdcm::DataSet &ds, const gdcm::DataSet *frame) {
    std::vector<double> v;
    if (frame != nullptr) {
        if (const std::optional<gdcm::DataSet> nested = item(*frame, Tag(0x0020, 0x9113)))
            v = numbers(*nested, Tag(0x0020, 0x0032));
    }
    if (v.size() != 3)
        v = numbers(ds, Tag(0x0020, 0x0032));
    if (v.size() != 3)
        return std::nullopt;
    return Eigen::Vector3d(v[0], v[1], v[2]);
}

void fillFileInfo(const gdcm::DataSet &ds, DicomFileInfo *info) {
    info->sopClassUid = text(ds, Tag(0x0008, 0x0016));
    info->sopInstanceUid = text(ds, Tag(0x0008, 0x0018));
    info->studyInstanceUid = text(ds, Tag(0x0020, 0x000d));
    info->seriesInstanceUid = text(ds, Tag(0x0020, 0x000e));
    info->frameOfReferenceUid = text(ds, Tag(0x0020, 0x0052));
    info->patientName = text(ds, Tag(0x0010, 0x0010));
    info->patientId = text(ds, Tag(0x0010, 0x0020));
    info->patientBirthDate = text(ds, Tag(0x0010, 0x0030));
    info->patientSex = text(ds, Tag(0x0010, 0x0040));
    info->accessionNumber = text(ds, Tag(0x0008, 0x0050));
    info->studyDate = text(ds, Tag(0x0008, 0x0020));
    info->studyTime = text(ds, Tag(0x0008, 0x0030));
    info->studyDescription = text(ds, Tag(0x0008, 0x1030));
    info->seriesDescription = text(ds, Tag(0x0008, 0x103e));
    info->modality = text(ds, Tag(0x0008, 0x0060));
    info->seriesNumber = integer(ds, Tag(0x0020, 0x0011)).value_or(0);
    info->instanceNumber = integer(ds, Tag(0x0020, 0x0013)).value_or(0);
    info->acquisitionNumber = integer(ds, Tag(0x0020, 0x0012)).value_or(0);
    info->rows = unsignedShort(ds, Tag(0x0028, 0x0010)).value_or(0);
    info->columns = unsignedShort(ds, Tag(0x0028, 0x0011)).value_or(0);
    info->frames = std::max(1, integer(ds, Tag(0x0028, 0x0008)).value_or(1));
    info->imageType.clear();
    for (const std::string &value : stringValues(ds, Tag(0x0008, 0x0008)))
        info->imageType.append(QString::fromStdString(value));

    const std::optional<gdcm::DataSet> shared = item(ds, kSharedGroups);
    const std::optional<gdcm::DataSet> frame0 = item(ds, kPerFrameGroups);
    const gdcm::DataSet *sharedPtr = shared ? &*shared : nullptr;
    const gdcm::DataSet *framePtr = frame0 ? &*frame0 : nullptr;

    info->echoTime = firstNumber(ds, Tag(0x0018, 0x0081));
    if (!info->echoTime)
        info->echoTime =
            fromGroups(framePtr, sharedPtr, Tag(0x0018, 0x9114),
                       [](const gdcm::DataSet &n) { return floatDouble(n, Tag(0x0018, 0x9082)); });
    info->bValue = floatDouble(ds, Tag(0x0018, 0x9087));
    if (!info->bValue)
        info->bValue =
            fromGroups(framePtr, sharedPtr, Tag(0x0018, 0x9117),
                       [](const gdcm::DataSet &n) { return floatDouble(n, Tag(0x0018, 0x9087)); });
    info->imagePosition = positionOf(ds, framePtr);
    info->imageOrientation = orientationOf(ds, framePtr, sharedPtr);
}

} // namespace brainmd::dicom
