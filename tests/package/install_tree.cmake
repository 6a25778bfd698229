# cmake -P install_tree.cmake: configures nisc alone (as a user building it to install it would),
# installs it with `cmake --install --prefix`, and checks the installed tree.
# -D: SOURCE_DIR, WORK_DIR, PREFIX, GENERATOR, MAKE_PROGRAM, CXX_COMPILER, VERSION
cmake_minimum_required(VERSION 3.25)
foreach(v SOURCE_DIR WORK_DIR PREFIX GENERATOR CXX_COMPILER VERSION)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "install_tree.cmake: -D${v}= is required")
  endif()
endforeach()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " cmd)
    message(FATAL_ERROR "install_tree.cmake: failed (${rc}): ${cmd}")
  endif()
endfunction()

set(build "${WORK_DIR}/nisc-build")
file(REMOVE_RECURSE "${build}" "${PREFIX}")
# CMAKE_INSTALL_PREFIX points elsewhere on purpose: the tree must work where --prefix put it.
set(configure "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${build}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_INSTALL_PREFIX=${WORK_DIR}/not-the-prefix"
    -DNISC_BUILD_TESTS=OFF -DNISC_BUILD_EXAMPLES=OFF)
if(MAKE_PROGRAM)
  list(APPEND configure "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
run(${configure})
run("${CMAKE_COMMAND}" --build "${build}")
run("${CMAKE_COMMAND}" --install "${build}" --prefix "${PREFIX}")

# Every public header, and nothing else under include/.
file(GLOB_RECURSE source_headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/*")
file(GLOB_RECURSE installed_headers RELATIVE "${PREFIX}/include" "${PREFIX}/include/*")
list(SORT source_headers)
list(SORT installed_headers)
if(NOT source_headers STREQUAL installed_headers)
  message(FATAL_ERROR "install_tree.cmake: installed headers differ from include/:\n"
                      "  source:    ${source_headers}\n  installed: ${installed_headers}")
endif()

# The package files, under share/ (architecture-independent), and nothing under lib/.
foreach(f share/cmake/nisc/nisc-config.cmake share/cmake/nisc/nisc-config-version.cmake
          share/cmake/nisc/nisc-targets.cmake share/pkgconfig/nisc.pc)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "install_tree.cmake: ${f} was not installed")
  endif()
endforeach()
file(GLOB top RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT top)
if(NOT top STREQUAL "include;share")
  message(FATAL_ERROR "install_tree.cmake: expected only include/ and share/ in the prefix, got: ${top}")
endif()

# The version file, asked the questions find_package asks it: our version, the compatibility
# policy of cmake/install.cmake, and no objection from a build of another pointer size
# (ARCH_INDEPENDENT: header-only).
string(REPLACE "." ";" parts "${VERSION}")
list(GET parts 0 major)
list(GET parts 1 minor)
math(EXPR next_major "${major} + 1")
math(EXPR next_minor "${minor} + 1")
set(accept "${major}.${minor}")
set(refuse "${next_major}.0")
if(major EQUAL 0)
  list(APPEND refuse "0.${next_minor}")  # 0.x: a minor release may break the API
else()
  list(APPEND accept "${major}.0")
endif()
function(ask_version_file request out)
  string(REPLACE "." ";" r "${request}")
  list(GET r 0 PACKAGE_FIND_VERSION_MAJOR)
  list(GET r 1 PACKAGE_FIND_VERSION_MINOR)
  set(PACKAGE_FIND_VERSION "${request}")
  set(PACKAGE_FIND_NAME nisc)
  set(CMAKE_SIZEOF_VOID_P 4)  # the installing build had 8
  include("${PREFIX}/share/cmake/nisc/nisc-config-version.cmake")
  if(NOT PACKAGE_VERSION STREQUAL VERSION)
    message(FATAL_ERROR "install_tree.cmake: nisc-config-version.cmake says ${PACKAGE_VERSION}, not ${VERSION}")
  endif()
  if(PACKAGE_VERSION_UNSUITABLE)
    message(FATAL_ERROR "install_tree.cmake: nisc-config-version.cmake is not ARCH_INDEPENDENT")
  endif()
  set(${out} "${PACKAGE_VERSION_COMPATIBLE}" PARENT_SCOPE)
endfunction()
foreach(request IN LISTS accept)
  ask_version_file(${request} ok)
  if(NOT ok)
    message(FATAL_ERROR "install_tree.cmake: version ${VERSION} refuses a request for ${request}")
  endif()
endforeach()
foreach(request IN LISTS refuse)
  ask_version_file(${request} ok)
  if(ok)
    message(FATAL_ERROR "install_tree.cmake: version ${VERSION} accepts a request for ${request}")
  endif()
endforeach()

# The .pc file locates itself: no absolute path of this machine inside.
file(READ "${PREFIX}/share/pkgconfig/nisc.pc" pc)
if(NOT pc MATCHES "prefix=\\$\\{pcfiledir\\}/\\.\\./\\.\\.\n" OR pc MATCHES "${WORK_DIR}")
  message(FATAL_ERROR "install_tree.cmake: nisc.pc is not relocatable:\n${pc}")
endif()
message(STATUS "nisc ${VERSION} installed to ${PREFIX}")
