# brainmd_add_module(<target> SOURCES ... DEPENDS ...)
# A static library for one area of a layer. Layers are umbrellas over their modules
# (brainmd_core, brainmd_db, brainmd_ui), so a test or tool links just what it uses.
function(brainmd_add_module target)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC "${CMAKE_SOURCE_DIR}/core" "${CMAKE_SOURCE_DIR}"
                                              "${CMAKE_BINARY_DIR}/generated")
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} PRIVATE brainmd_warnings)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# brainmd_add_test(<name> SOURCES ... LIBS ... [GUI] [TIMEOUT s])
# A Qt Test executable registered with CTest. Non-GUI tests run on the offscreen platform;
# GUI tests run under the X server that tests/run-gui-test.sh starts (Xvfb).
function(brainmd_add_test name)
  cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test brainmd_warnings)
  target_include_directories(${name} PRIVATE "${CMAKE_SOURCE_DIR}/tests")
  target_compile_definitions(${name} PRIVATE
    BRAINMD_SOURCE_DIR="${CMAKE_SOURCE_DIR}" BRAINMD_BINARY_DIR="${CMAKE_BINARY_DIR}")
  if(ARG_GUI)
    add_test(NAME ${name} COMMAND "${CMAKE_SOURCE_DIR}/tests/run-gui-test.sh" $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
  endif()
  if(ARG_TIMEOUT)
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
  endif()
endfunction()
