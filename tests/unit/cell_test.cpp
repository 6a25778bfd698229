// Tests of <nisc/cell.hpp>: printed cells, where blank and "-" are not zero.
#include <nisc/cell.hpp>
#include <nisc/money.hpp>

#include <nisc_catch.hpp>

#include <type_traits>

using nisc::cell;
using nisc::million_yen;

TEST_CASE("cell: a figure, a blank or a dash", "[cell]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<cell<million_yen>>);
    constexpr cell<million_yen> figure{million_yen{557}};
    constexpr cell<million_yen> blank{nisc::blank};
    constexpr cell<million_yen> dash{nisc::dash};
    constexpr cell<million_yen> zero{million_yen{0}};
    STATIC_REQUIRE(figure.has_value());
    STATIC_REQUIRE(figure.state() == nisc::cell_state::value);
    STATIC_REQUIRE(figure.value() == million_yen{557});
    STATIC_REQUIRE(blank.is_blank());
    STATIC_REQUIRE(blank.state() == nisc::cell_state::blank);
    STATIC_REQUIRE_FALSE(blank.value().has_value());
    STATIC_REQUIRE(dash.is_dash());
    STATIC_REQUIRE_FALSE(dash.value().has_value());
    STATIC_REQUIRE(cell<million_yen>{} == blank);
    // Neither a blank nor a dash is zero, and they differ from each other.
    STATIC_REQUIRE(blank != zero);
    STATIC_REQUIRE(dash != zero);
    STATIC_REQUIRE(blank != dash);
    STATIC_REQUIRE(zero.value() == million_yen{0});
    STATIC_REQUIRE(figure != cell<million_yen>{million_yen{558}});
    // A bare integer is not a cell.
    STATIC_REQUIRE_FALSE(std::is_convertible_v<int, cell<million_yen>>);
}
