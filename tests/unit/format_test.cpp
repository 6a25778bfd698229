// Tests of <nisc/format.hpp>. With a standard library that has <format> every case of
// format_cases.hpp runs; without one (GCC 12's and clang 14's libstdc++, the compilers here) the
// test proves that including the header compiles cleanly and defines nothing.
#include <nisc/format.hpp>

#include <nisc_catch.hpp>

#if NISC_FORMAT_FORMATTERS

#include "format_cases.hpp"

#include <string>

TEST_CASE("format: std::format of every vocabulary type, in both languages", "[format]") {
    nisc_format_cases([](const std::string& produced, const char* expected) { CHECK(produced == expected); });
}

#else

TEST_CASE("format: without <format> the header is a no-op", "[format]") {
#if defined(__cpp_lib_format)
    FAIL("__cpp_lib_format is defined, yet the formatters were not");
#endif
    STATIC_REQUIRE(NISC_FORMAT_FORMATTERS == 0);
    // The text layer it would build on is there all the same.
    STATIC_REQUIRE(nisc::text_en(nisc::fiscal_year{2008}) == "FY2008");
}

#endif
