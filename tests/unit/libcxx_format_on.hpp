// Test-only, included first: switches on libc++ 14's <format>, which works but is neither enabled
// nor announced by default, so that <nisc/format.hpp> compiles its formatters. Shared by
// tests/unit/format_libcxx.cpp and tests/fuzz/format_spec.cpp; include it before any other header.
#ifndef NISC_TESTS_LIBCXX_FORMAT_ON_HPP
#define NISC_TESTS_LIBCXX_FORMAT_ON_HPP

#include <__config>
#undef _LIBCPP_HAS_NO_INCOMPLETE_FORMAT
#include <version>
#ifndef __cpp_lib_format
#define __cpp_lib_format 201907L
#endif

#endif  // NISC_TESTS_LIBCXX_FORMAT_ON_HPP
