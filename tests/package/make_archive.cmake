# cmake -P make_archive.cmake: makes a release-style archive of nisc, nisc-<version>.tar.gz holding
# one top folder nisc-<version>/ with the source tree (what a tagged release archive holds: the
# whole project, tests and examples included), minus build folders and version control.
# -D: SOURCE_DIR, WORK_DIR, VERSION
cmake_minimum_required(VERSION 3.25)
foreach(v SOURCE_DIR WORK_DIR VERSION)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "make_archive.cmake: -D${v}= is required")
  endif()
endforeach()

set(stage "${WORK_DIR}/archive")
set(top "nisc-${VERSION}")
file(REMOVE_RECURSE "${stage}")
file(MAKE_DIRECTORY "${stage}/${top}")
file(GLOB entries RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*" "${SOURCE_DIR}/.*")
foreach(e IN LISTS entries)
  if(e MATCHES "^(\\.|\\.\\.|\\.git|\\.cache|build|out)$")
    continue()
  endif()
  file(COPY "${SOURCE_DIR}/${e}" DESTINATION "${stage}/${top}")
endforeach()
if(NOT EXISTS "${stage}/${top}/CMakeLists.txt" OR NOT EXISTS "${stage}/${top}/include/nisc/nisc.hpp")
  message(FATAL_ERROR "make_archive.cmake: ${SOURCE_DIR} does not look like nisc's source tree")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar czf "${WORK_DIR}/${top}.tar.gz" "${top}"
                WORKING_DIRECTORY "${stage}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "make_archive.cmake: cmake -E tar failed")
endif()
file(REMOVE_RECURSE "${stage}")
message(STATUS "release archive: ${WORK_DIR}/${top}.tar.gz")
