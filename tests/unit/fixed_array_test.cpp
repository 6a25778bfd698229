// Tests of <nisc/fixed_array.hpp>: the sequences of nisc's tables and answers.
#include <nisc/fixed_array.hpp>

#include <nisc_catch.hpp>

#include <algorithm>
#include <ranges>
#include <type_traits>

using nisc::fixed_array;

TEST_CASE("fixed_array: an aggregate, a contiguous range", "[fixed_array]") {
    STATIC_REQUIRE(std::is_aggregate_v<fixed_array<int, 3>>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<fixed_array<int, 3>>);
    STATIC_REQUIRE(sizeof(fixed_array<int, 3>) == 3 * sizeof(int));
    STATIC_REQUIRE(std::ranges::contiguous_range<fixed_array<int, 3>>);
    constexpr fixed_array<int, 3> a{{3, 1, 2}};
    STATIC_REQUIRE(a.size() == 3);
    STATIC_REQUIRE(a[0] == 3);
    STATIC_REQUIRE(a.front() == 3);
    STATIC_REQUIRE(a.back() == 2);
    STATIC_REQUIRE(a.at(2) == 2);
    STATIC_REQUIRE_FALSE(a.at(3).has_value());
    STATIC_REQUIRE(a == fixed_array<int, 3>{{3, 1, 2}});
    STATIC_REQUIRE(a != fixed_array<int, 3>{{3, 1, 0}});
    STATIC_REQUIRE(std::ranges::max(a) == 3);
    auto b = a;
    std::ranges::sort(b);
    REQUIRE(b == fixed_array<int, 3>{{1, 2, 3}});
    b[1] = 9;
    REQUIRE(b.at(1) == 9);
    int sum = 0;
    for (const int v : a) sum += v;
    REQUIRE(sum == 6);
}
