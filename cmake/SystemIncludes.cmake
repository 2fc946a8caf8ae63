# GDCM exports plain variables rather than targets with usage requirements; wrap it in an
# interface target whose headers are SYSTEM so warnings-as-errors stays on for our code only.
# (Imported targets such as Qt6::*, VTK::*, Eigen3::Eigen are SYSTEM already.)
add_library(brainmd_gdcm INTERFACE)
target_include_directories(brainmd_gdcm SYSTEM INTERFACE ${GDCM_INCLUDE_DIRS})
target_link_directories(brainmd_gdcm INTERFACE ${GDCM_LIBRARY_DIRS})
target_link_libraries(brainmd_gdcm INTERFACE gdcmMSFF gdcmDSED gdcmDICT gdcmIOD gdcmCommon)

# Debian 12's NIFTIConfig.cmake points at /usr/lib/libznz.so.3.0.0, which the package does
# not ship; find niftilib (libnifti2-dev) directly instead.
find_path(NIFTI_INCLUDE_DIR nifti1_io.h PATH_SUFFIXES nifti REQUIRED)
find_library(NIFTI_IO_LIBRARY niftiio REQUIRED)
find_library(NIFTI_ZNZ_LIBRARY znz REQUIRED)
add_library(brainmd_nifti INTERFACE)
target_include_directories(brainmd_nifti SYSTEM INTERFACE ${NIFTI_INCLUDE_DIR})
target_link_libraries(brainmd_nifti INTERFACE ${NIFTI_IO_LIBRARY} ${NIFTI_ZNZ_LIBRARY} ZLIB::ZLIB m)
