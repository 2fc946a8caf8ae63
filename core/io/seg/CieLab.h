#pragma once

#include <array>
#include <cstdint>

namespace brainmd {

/// CIELab in DICOM's scaled form (PS3.3 C.10.7.1.1): L* 0..100 and a*, b* -128..127 mapped
/// linearly to 0..65535, as in RecommendedDisplayCIELabValue.
using DicomLab = std::array<std::uint16_t, 3>;

/// sRGB (8 bits per channel) to DICOM-scaled CIELab, D65 white point. Converting back with
/// dicomLabToRgb() gives the same rgb.
DicomLab rgbToDicomLab(const std::array<std::uint8_t, 3> &rgb);

/// DICOM-scaled CIELab to sRGB; colours outside the sRGB gamut are clipped.
std::array<std::uint8_t, 3> dicomLabToRgb(const DicomLab &lab);

} // namespace brainmd
