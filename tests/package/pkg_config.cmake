# cmake -P pkg_config.cmake: asks pkg-config about the installed nisc (and only it), compiles a
# program with exactly the flags `pkg-config --cflags nisc` gives, runs it and checks its output.
# -D: PKG_CONFIG, PREFIX, CXX_COMPILER, SOURCE, WORK_DIR, VERSION
cmake_minimum_required(VERSION 3.25)
foreach(v PKG_CONFIG PREFIX CXX_COMPILER SOURCE WORK_DIR VERSION)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "pkg_config.cmake: -D${v}= is required")
  endif()
endforeach()

# Only the installed tree: no system .pc directories, so no other nisc can answer.
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
set(ENV{PKG_CONFIG_LIBDIR} "${PREFIX}/share/pkgconfig")

function(pkg_config out)
  execute_process(COMMAND "${PKG_CONFIG}" ${ARGN} nisc RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg_config.cmake: pkg-config ${ARGN} nisc failed: ${e}")
  endif()
  set(${out} "${o}" PARENT_SCOPE)
endfunction()

pkg_config(modversion --modversion)
if(NOT modversion STREQUAL VERSION)
  message(FATAL_ERROR "pkg_config.cmake: pkg-config says version ${modversion}, expected ${VERSION}")
endif()
pkg_config(libs --libs)
if(NOT libs STREQUAL "")
  message(FATAL_ERROR "pkg_config.cmake: a header-only library needs no --libs, got: ${libs}")
endif()

pkg_config(cflags --cflags)
separate_arguments(cflags_list UNIX_COMMAND "${cflags}")
set(include_dirs "")
foreach(flag IN LISTS cflags_list)
  if(flag MATCHES "^-I(.+)$")
    file(REAL_PATH "${CMAKE_MATCH_1}" dir)
    list(APPEND include_dirs "${dir}")
  endif()
endforeach()
file(REAL_PATH "${PREFIX}/include" expected_dir)
if(NOT include_dirs STREQUAL expected_dir)
  message(FATAL_ERROR "pkg_config.cmake: --cflags gives ${cflags}, which does not point at ${expected_dir}")
endif()

file(MAKE_DIRECTORY "${WORK_DIR}")
set(exe "${WORK_DIR}/pkg_config_consumer")
execute_process(COMMAND "${CXX_COMPILER}" -std=c++20 -Wall -Wextra -Werror ${cflags_list} "${SOURCE}" -o "${exe}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg_config.cmake: compiling ${SOURCE} with `${cflags}` failed")
endif()
execute_process(COMMAND "${exe}" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^nisc_consumer: ")
  message(FATAL_ERROR "pkg_config.cmake: the program failed (${rc}): ${out}")
endif()
message(STATUS "pkg-config --cflags nisc: ${cflags}\n${out}")
