// Tests of <nisc/ratio.hpp>: exact ratios, and percentages only through a named rounding.
#include <nisc/ratio.hpp>

#include <nisc_catch.hpp>

#include <cstdint>
#include <type_traits>

using namespace nisc::literals;
using nisc::percent;

TEST_CASE("percent: the type's properties", "[ratio]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<percent>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<int, percent>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<nisc::ratio, percent>);
    STATIC_REQUIRE(percent{13}.value() == 13);
    STATIC_REQUIRE(percent{8} < percent{11});
}

TEST_CASE("ratio: exact, reduced, positive denominator", "[ratio]") {
    constexpr auto r = nisc::make_ratio(38, 300);
    STATIC_REQUIRE(r->numerator() == 19);
    STATIC_REQUIRE(r->denominator() == 150);
    STATIC_REQUIRE(nisc::make_ratio(-2, -4) == *nisc::make_ratio(1, 2));
    STATIC_REQUIRE(nisc::make_ratio(2, -4)->numerator() == -1);
    STATIC_REQUIRE(nisc::make_ratio(0, 7)->denominator() == 1);
    STATIC_REQUIRE_FALSE(nisc::make_ratio(1, 0).has_value());
    STATIC_REQUIRE_FALSE(nisc::make_ratio(INT64_MIN, 3).has_value());
    STATIC_REQUIRE_FALSE(nisc::make_ratio(3, INT64_MIN).has_value());
    STATIC_REQUIRE(*nisc::make_ratio(1, 3) < *nisc::make_ratio(1, 2));
    STATIC_REQUIRE(nisc::ratio{} == *nisc::make_ratio(0, 5));
}

TEST_CASE("ratio_of and growth_of amounts", "[ratio]") {
    STATIC_REQUIRE(nisc::ratio_of(38_oku_yen, 300_oku_yen) == *nisc::make_ratio(19, 150));
    STATIC_REQUIRE_FALSE(nisc::ratio_of(38_oku_yen, 0_oku_yen).has_value());
    STATIC_REQUIRE(nisc::growth_of(300_oku_yen, 338_oku_yen) == *nisc::make_ratio(38, 300));
    STATIC_REQUIRE_FALSE(nisc::growth_of(0_oku_yen, 338_oku_yen).has_value());
}

TEST_CASE("percentages: half up as printed, or truncated", "[ratio]") {
    // The release's own percentages.
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(38, 300)) == percent{13});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(39, 190)) == percent{21});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(20, 8)) == percent{250});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(5, 46)) == percent{11});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(1, 15)) == percent{7});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(2'654, 1'521)) == percent{174});
    // Ties and negatives.
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(1, 200)) == percent{1});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(-1, 200)) == percent{-1});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::make_ratio(1, 201)) == percent{0});
    STATIC_REQUIRE(nisc::truncate_percent(*nisc::make_ratio(2, 3)) == percent{66});
    STATIC_REQUIRE(nisc::truncate_percent(*nisc::make_ratio(-2, 3)) == percent{-66});
    STATIC_REQUIRE(nisc::truncate_percent(*nisc::make_ratio(38, 300)) == percent{12});
}

namespace {
template <percent P>
constexpr std::int64_t percent_value = P.value();
}  // namespace

TEST_CASE("percent: a template argument", "[ratio]") {
    STATIC_REQUIRE(percent_value<percent{13}> == 13);
    STATIC_REQUIRE(percent_value<nisc::round_half_up_percent(*nisc::make_ratio(38, 300))> == 13);
}
