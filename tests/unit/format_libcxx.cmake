# Builds and runs format_libcxx.cpp with clang++ -stdlib=libc++; exits 77 (skip) when clang++ or
# libc++'s headers are missing. Arguments: CLANGXX, SOURCE, INCLUDE, WORKDIR.
if(NOT CLANGXX OR NOT EXISTS "${CLANGXX}")
  message("nisc: clang++ not found: the libc++ std::format test is skipped")
  cmake_language(EXIT 77)
endif()
file(MAKE_DIRECTORY "${WORKDIR}")
set(_probe "${WORKDIR}/probe.cpp")
file(WRITE "${_probe}" "#include <__config>\n#include <format>\nint main() {}\n")
execute_process(COMMAND "${CLANGXX}" -std=c++20 -stdlib=libc++ -fsyntax-only "${_probe}"
                RESULT_VARIABLE _probe_rc OUTPUT_QUIET ERROR_QUIET)
if(NOT _probe_rc EQUAL 0)
  message("nisc: libc++ headers not found (Debian: apt-get install libc++-14-dev libc++abi-14-dev): skipped")
  cmake_language(EXIT 77)
endif()
execute_process(
  COMMAND "${CLANGXX}" -std=c++20 -stdlib=libc++ -fno-exceptions -Wall -Wextra -Wpedantic -Wconversion
          -Wsign-conversion -Wshadow -Werror -Wno-reserved-macro-identifier -Wno-builtin-macro-redefined
          "-I${INCLUDE}" "${SOURCE}" -o "${WORKDIR}/format_libcxx"
  RESULT_VARIABLE _build_rc)
if(NOT _build_rc EQUAL 0)
  message(FATAL_ERROR "nisc: format_libcxx.cpp did not build with libc++")
endif()
execute_process(COMMAND "${WORKDIR}/format_libcxx" RESULT_VARIABLE _run_rc)
if(NOT _run_rc EQUAL 0)
  message(FATAL_ERROR "nisc: the std::format cases failed with libc++")
endif()
