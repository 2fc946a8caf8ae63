# One place for the version: project(VERSION) above. The git revision is read at configure
# time when the source is a git checkout and is "unknown" otherwise (release tarballs).
find_package(Git QUIET)
set(BRAINMD_GIT_REVISION "unknown")
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
  execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
                  WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
                  OUTPUT_VARIABLE _rev OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET
                  RESULT_VARIABLE _rc)
  if(_rc EQUAL 0 AND _rev)
    set(BRAINMD_GIT_REVISION "${_rev}")
  endif()
endif()
configure_file("${CMAKE_SOURCE_DIR}/core/Version.h.in" "${CMAKE_BINARY_DIR}/generated/brainmd/Version.h" @ONLY)
