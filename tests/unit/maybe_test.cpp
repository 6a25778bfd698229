// Tests of <nisc/maybe.hpp>: the typed "no" of every query.
#include <nisc/maybe.hpp>

#include <nisc_catch.hpp>

#include <optional>
#include <type_traits>

using nisc::maybe;

TEST_CASE("maybe: value or nothing", "[maybe]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<maybe<int>>);
    constexpr maybe<int> none;
    constexpr maybe<int> some{42};
    STATIC_REQUIRE_FALSE(none.has_value());
    STATIC_REQUIRE_FALSE(static_cast<bool>(none));
    STATIC_REQUIRE(some.has_value());
    STATIC_REQUIRE(*some == 42);
    STATIC_REQUIRE(some.value() == 42);
    STATIC_REQUIRE(none.value_or(7) == 7);
    STATIC_REQUIRE(some.value_or(7) == 42);
    STATIC_REQUIRE(none == nisc::nothing);
    STATIC_REQUIRE(some != nisc::nothing);
    STATIC_REQUIRE(some == 42);
    STATIC_REQUIRE(some != 41);
    STATIC_REQUIRE(none != 0);
    STATIC_REQUIRE(none == maybe<int>{nisc::nothing});
    STATIC_REQUIRE(some == maybe<int>{42});
    STATIC_REQUIRE(some != none);
    // Not implicitly a bool or an int.
    STATIC_REQUIRE_FALSE(std::is_convertible_v<maybe<int>, bool>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<maybe<int>, int>);
}

struct point {
    int x;
    friend constexpr bool operator==(point, point) = default;
};

TEST_CASE("maybe: member access and std::optional interoperation", "[maybe]") {
    constexpr maybe<point> p{point{3}};
    STATIC_REQUIRE(p->x == 3);
    const std::optional<int> o = maybe<int>{5};
    REQUIRE(o == 5);
    const std::optional<int> e = maybe<int>{};
    REQUIRE_FALSE(e.has_value());
    constexpr std::optional<point> q = p;
    STATIC_REQUIRE(q->x == 3);
}
