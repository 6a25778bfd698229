// Tests of <nisc/fiscal_year.hpp>: fiscal years by Gregorian start year, the 平成 view, parsing.
#include <nisc/fiscal_year.hpp>

#include <nisc_catch.hpp>

#include <string>
#include <string_view>
#include <type_traits>

using namespace nisc::literals;
using nisc::fiscal_year;
using nisc::heisei_year;

template <class A, class B>
concept comparable = requires(A a, B b) {
    a == b;
};

TEST_CASE("fiscal_year: the type's properties", "[fiscal_year]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<fiscal_year>);
    STATIC_REQUIRE(sizeof(fiscal_year) == sizeof(int));
    STATIC_REQUIRE(std::is_constructible_v<fiscal_year, int>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<int, fiscal_year>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<fiscal_year, int>);
    STATIC_REQUIRE_FALSE(comparable<fiscal_year, int>);
    STATIC_REQUIRE_FALSE(comparable<fiscal_year, heisei_year>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<heisei_year, fiscal_year>);
}

TEST_CASE("fiscal_year: years, order, validity", "[fiscal_year]") {
    constexpr fiscal_year fy{2008};
    STATIC_REQUIRE(fy.start_year() == 2008);
    STATIC_REQUIRE(fy.end_year() == 2009);
    STATIC_REQUIRE(fy.next() == 2009_fy);
    STATIC_REQUIRE(fy.prev() == 2007_fy);
    STATIC_REQUIRE(2007_fy < 2008_fy);
    STATIC_REQUIRE(fy.ok());
    STATIC_REQUIRE(fiscal_year{1}.ok());
    STATIC_REQUIRE(fiscal_year{9999}.ok());
    STATIC_REQUIRE_FALSE(fiscal_year{0}.ok());
    STATIC_REQUIRE_FALSE(fiscal_year{10000}.ok());
    STATIC_REQUIRE_FALSE(fiscal_year{-5}.ok());
    STATIC_REQUIRE_FALSE(fiscal_year{}.ok());
}

TEST_CASE("fiscal_year: the 平成 era, FY = 1988 + N", "[fiscal_year]") {
    STATIC_REQUIRE(nisc::to_fiscal_year(heisei_year{20}) == 2008_fy);
    STATIC_REQUIRE(nisc::to_fiscal_year(heisei_year{16}) == 2004_fy);
    STATIC_REQUIRE(nisc::to_fiscal_year(heisei_year{1}) == 1989_fy);
    STATIC_REQUIRE(nisc::to_fiscal_year(heisei_year{31}) == 2019_fy);
    STATIC_REQUIRE(nisc::to_heisei(2008_fy) == heisei_year{20});
    STATIC_REQUIRE(nisc::to_heisei(1989_fy) == heisei_year{1});
    STATIC_REQUIRE(nisc::to_heisei(2019_fy) == heisei_year{31});
    // Outside the era: a typed no.
    STATIC_REQUIRE_FALSE(nisc::to_fiscal_year(heisei_year{0}).has_value());
    STATIC_REQUIRE_FALSE(nisc::to_fiscal_year(heisei_year{32}).has_value());
    STATIC_REQUIRE_FALSE(nisc::to_fiscal_year(heisei_year{-3}).has_value());
    STATIC_REQUIRE_FALSE(nisc::to_heisei(1988_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::to_heisei(2020_fy).has_value());
    // Round trip over the whole era.
    for (int n = 1; n <= 31; ++n) {
        REQUIRE(nisc::to_heisei(*nisc::to_fiscal_year(heisei_year{n})) == heisei_year{n});
    }
}

TEST_CASE("parse_fiscal_year: the forms it reads", "[fiscal_year]") {
    STATIC_REQUIRE(nisc::parse_fiscal_year("平成20年度") == 2008_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("平成16年度") == 2004_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("平成元年度") == 1989_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("平成1年度") == 1989_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("平成31年度") == 2019_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("FY2008") == 2008_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("2008") == 2008_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("2008年度") == 2008_fy);
    STATIC_REQUIRE(nisc::parse_fiscal_year("0001") == 1_fy);
    // From std::string_view and std::string too.
    REQUIRE(nisc::parse_fiscal_year(std::string_view{"FY2007"}) == 2007_fy);
    REQUIRE(nisc::parse_fiscal_year(std::string{"平成19年度"}) == 2007_fy);
}

TEST_CASE("parse_fiscal_year: malformed text is a typed no", "[fiscal_year]") {
    const char* const bad[] = {
        "",         "平成",         "平成年度",         "平成0年度",  "平成32年度", "平成020年度", "平成20",
        "平成20年", "平成２０年度", "平成-1年度",       "昭和63年度", "令和2年度",  "FY",          "FY08",
        "FY20080",  "fy2008",       "FY 2008",          "2008 ",      " 2008",      "20O8",        "0000",
        "+2008",    "-2008",        "2008年度年度",     "FY2008年度", "年度",       "平成元",      "元年度",
        "99999",    "\xE5\xB9",     "平成\xE5\x85年度",
    };
    for (const char* text : bad) {
        INFO(text);
        REQUIRE_FALSE(nisc::parse_fiscal_year(text).has_value());
    }
    STATIC_REQUIRE_FALSE(nisc::parse_fiscal_year("平成32年度").has_value());
    const char* null_text = nullptr;
    REQUIRE_FALSE(nisc::parse_fiscal_year(null_text).has_value());
}

namespace {
template <nisc::fiscal_year FY>
constexpr int start_of = FY.start_year();
}  // namespace

TEST_CASE("fiscal_year: a template argument", "[fiscal_year]") {
    STATIC_REQUIRE(start_of<nisc::fiscal_year{2008}> == 2008);
    STATIC_REQUIRE(start_of<nisc::fiscal_year{2007}.next()> == 2008);
}
