# GDCM exports plain variables rather than targets with usage requirements; wrap it in an
# interface target whose headers are SYSTEM so warnings-as-errors stays on for our code only.
# (Imported targets such as Qt6::*, VTK::*, Eigen3::Eigen are SYSTEM already.)
add_library(brainmd_gdcm INTERFACE)
target_include_directories(brainmd_gdcm SYSTEM INTERFACE ${GDCM_INCLUDE_DIRS})
target_link_directories(brainmd_gdcm INTERFACE ${GDCM_LIBRARY_DIRS})
target_link_libraries(brainmd_gdcm INTERFACE gdcmMSFF gdcmDSED gdcmDICT gdcmIOD gdcmCommon)
