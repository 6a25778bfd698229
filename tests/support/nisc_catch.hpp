// Includes Catch2 v2 or v3, whichever the build found (NISC_CATCH2_MAJOR, set by CMake).
#ifndef NISC_TESTS_CATCH_HPP
#define NISC_TESTS_CATCH_HPP

#if NISC_CATCH2_MAJOR == 3
#include <catch2/catch_test_macros.hpp>
#elif NISC_CATCH2_MAJOR == 2
#include <catch2/catch.hpp>
#else
#error "nisc tests: NISC_CATCH2_MAJOR must be 2 or 3 (set by tests/CMakeLists.txt)"
#endif

#endif  // NISC_TESTS_CATCH_HPP
