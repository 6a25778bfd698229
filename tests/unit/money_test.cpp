// Tests of <nisc/money.hpp>: amounts with their scale in the type.
#include <nisc/money.hpp>

#include <nisc_catch.hpp>

#include <cstdint>
#include <type_traits>

using namespace nisc::literals;
using nisc::million_yen;
using nisc::oku_yen;
using nisc::tenth_oku_yen;
using nisc::thousand_yen;

TEST_CASE("money: the type's properties", "[money]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<thousand_yen>);
    STATIC_REQUIRE(sizeof(thousand_yen) == sizeof(std::int64_t));
    STATIC_REQUIRE(sizeof(oku_yen) == sizeof(std::int64_t));
    // Only explicit construction, never from a bare integer or a floating-point number.
    STATIC_REQUIRE(std::is_constructible_v<thousand_yen, std::int64_t>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<std::int64_t, thousand_yen>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<int, million_yen>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<thousand_yen, double>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<thousand_yen, std::int64_t>);
    // No implicit or explicit conversion between scales: only the named functions.
    STATIC_REQUIRE_FALSE(std::is_convertible_v<million_yen, thousand_yen>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<thousand_yen, million_yen>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<oku_yen, thousand_yen>);
    STATIC_REQUIRE(thousand_yen{} == thousand_yen{0});
}

template <class To, class From>
concept convertible_by_convert = requires(From f) {
    nisc::convert<To>(f);
};
template <class To, class From>
concept convertible_by_round_half_up = requires(From f) {
    nisc::round_half_up<To>(f);
};
template <class To, class From>
concept convertible_by_truncate = requires(From f) {
    nisc::truncate<To>(f);
};

template <class A, class B>
concept addable = requires(A a, B b) {
    a + b;
};
template <class A, class B>
concept comparable = requires(A a, B b) {
    a < b;
};

TEST_CASE("money: arithmetic and order only within one scale", "[money]") {
    STATIC_REQUIRE(addable<thousand_yen, thousand_yen>);
    STATIC_REQUIRE_FALSE(addable<thousand_yen, million_yen>);
    STATIC_REQUIRE_FALSE(addable<thousand_yen, std::int64_t>);
    STATIC_REQUIRE_FALSE(comparable<oku_yen, tenth_oku_yen>);
    STATIC_REQUIRE_FALSE(comparable<oku_yen, int>);

    constexpr thousand_yen a{1'423'189};
    constexpr thousand_yen b{867'606};
    STATIC_REQUIRE(a + b == thousand_yen{2'290'795});
    STATIC_REQUIRE(a - b == thousand_yen{555'583});
    STATIC_REQUIRE(b - a == thousand_yen{-555'583});
    STATIC_REQUIRE(-a == thousand_yen{-1'423'189});
    STATIC_REQUIRE(b < a);
    STATIC_REQUIRE((a <=> a) == 0);
    thousand_yen c = a;
    c += b;
    REQUIRE(c.count() == 2'290'795);
    c -= a;
    REQUIRE(c == b);
}

TEST_CASE("money: literals", "[money]") {
    STATIC_REQUIRE(33'750'112_thousand_yen == thousand_yen{33'750'112});
    STATIC_REQUIRE(33'750_million_yen == million_yen{33'750});
    STATIC_REQUIRE(338_oku_yen == oku_yen{338});
}

TEST_CASE("money: exact conversion to a finer scale", "[money]") {
    STATIC_REQUIRE(nisc::convert<thousand_yen>(33'750_million_yen) == thousand_yen{33'750'000});
    STATIC_REQUIRE(nisc::convert<thousand_yen>(338_oku_yen) == thousand_yen{33'800'000});
    STATIC_REQUIRE(nisc::convert<tenth_oku_yen>(338_oku_yen) == tenth_oku_yen{3'380});
    STATIC_REQUIRE(nisc::convert<million_yen>(tenth_oku_yen{8}) == million_yen{80});
    STATIC_REQUIRE(nisc::convert<oku_yen>(338_oku_yen) == 338_oku_yen);
    // convert only goes finer: coarser needs a named rounding rule.
    STATIC_REQUIRE_FALSE(convertible_by_convert<oku_yen, thousand_yen>);
    STATIC_REQUIRE(convertible_by_convert<thousand_yen, oku_yen>);

    STATIC_REQUIRE(nisc::checked_convert<thousand_yen>(oku_yen{2}) == thousand_yen{200'000});
    constexpr std::int64_t huge = INT64_MAX / 1000;
    STATIC_REQUIRE_FALSE(nisc::checked_convert<thousand_yen>(million_yen{huge + 1}).has_value());
    STATIC_REQUIRE(nisc::checked_convert<thousand_yen>(million_yen{huge}).has_value());
    STATIC_REQUIRE_FALSE(nisc::checked_convert<thousand_yen>(million_yen{-huge - 1}).has_value());
}

TEST_CASE("money: rounding to a coarser scale, half up as the release does", "[money]") {
    // The release's own roundings.
    STATIC_REQUIRE(nisc::round_half_up<oku_yen>(33'750'112_thousand_yen) == 338_oku_yen);
    STATIC_REQUIRE(nisc::round_half_up<oku_yen>(30'000'897_thousand_yen) == 300_oku_yen);
    STATIC_REQUIRE(nisc::round_half_up<million_yen>(33'750'112_thousand_yen) == 33'750_million_yen);
    STATIC_REQUIRE(nisc::round_half_up<tenth_oku_yen>(505_million_yen) == tenth_oku_yen{51});
    STATIC_REQUIRE(nisc::round_half_up<tenth_oku_yen>(76_million_yen) == tenth_oku_yen{8});
    // Ties go away from zero; below a half goes down; negatives mirror positives.
    STATIC_REQUIRE(nisc::round_half_up<million_yen>(thousand_yen{1'500}) == million_yen{2});
    STATIC_REQUIRE(nisc::round_half_up<million_yen>(thousand_yen{1'499}) == million_yen{1});
    STATIC_REQUIRE(nisc::round_half_up<million_yen>(thousand_yen{-1'500}) == million_yen{-2});
    STATIC_REQUIRE(nisc::round_half_up<million_yen>(thousand_yen{-1'499}) == million_yen{-1});
    STATIC_REQUIRE(nisc::round_half_up<million_yen>(thousand_yen{0}) == million_yen{0});
    // Truncation drops the remainder toward zero.
    STATIC_REQUIRE(nisc::truncate<oku_yen>(33'750'112_thousand_yen) == oku_yen{337});
    STATIC_REQUIRE(nisc::truncate<million_yen>(thousand_yen{-1'999}) == million_yen{-1});
    STATIC_REQUIRE(nisc::truncate<oku_yen>(oku_yen{5}) == oku_yen{5});
    // Rounding only goes coarser.
    STATIC_REQUIRE_FALSE(convertible_by_round_half_up<thousand_yen, oku_yen>);
    STATIC_REQUIRE(convertible_by_round_half_up<oku_yen, thousand_yen>);
    STATIC_REQUIRE_FALSE(convertible_by_truncate<thousand_yen, oku_yen>);
    STATIC_REQUIRE(convertible_by_truncate<oku_yen, thousand_yen>);
}

TEST_CASE("money: checked addition and subtraction say no on overflow", "[money]") {
    constexpr thousand_yen max{INT64_MAX};
    constexpr thousand_yen min{-INT64_MAX - 1};
    STATIC_REQUIRE(nisc::checked_add(thousand_yen{1}, thousand_yen{2}) == thousand_yen{3});
    STATIC_REQUIRE_FALSE(nisc::checked_add(max, thousand_yen{1}).has_value());
    STATIC_REQUIRE_FALSE(nisc::checked_add(min, thousand_yen{-1}).has_value());
    STATIC_REQUIRE(nisc::checked_add(max, thousand_yen{-1}) == thousand_yen{INT64_MAX - 1});
    STATIC_REQUIRE(nisc::checked_sub(thousand_yen{1}, thousand_yen{2}) == thousand_yen{-1});
    STATIC_REQUIRE_FALSE(nisc::checked_sub(min, thousand_yen{1}).has_value());
    STATIC_REQUIRE_FALSE(nisc::checked_sub(max, thousand_yen{-1}).has_value());
    STATIC_REQUIRE(nisc::checked_sub(min, thousand_yen{-1}) == thousand_yen{-INT64_MAX});
}

TEST_CASE("money: oku_figure keeps the printed precision", "[money]") {
    constexpr auto f = nisc::oku_figure::tenths(8);
    STATIC_REQUIRE(f.amount() == tenth_oku_yen{8});
    STATIC_REQUIRE(f.decimals() == 1);
    constexpr auto g = nisc::oku_figure::whole(190);
    STATIC_REQUIRE(g.amount() == tenth_oku_yen{1'900});
    STATIC_REQUIRE(g.decimals() == 0);
    // 2億円 and 2.0億円 are the same amount printed differently.
    STATIC_REQUIRE(nisc::oku_figure::whole(2) != nisc::oku_figure::tenths(20));
    STATIC_REQUIRE(nisc::oku_figure::whole(2).amount() == nisc::oku_figure::tenths(20).amount());
    STATIC_REQUIRE(nisc::scale::thousand::label_ja == "千円");
    STATIC_REQUIRE(nisc::scale::oku::code == "oku_yen");
}

namespace {
template <thousand_yen A>
struct amount_tag {
    static constexpr thousand_yen value = A;
};
template <class T, T V>
concept tag_takes = requires {
    typename amount_tag<V>;
};
}  // namespace

TEST_CASE("money: a template argument, unit included", "[money]") {
    STATIC_REQUIRE(amount_tag<thousand_yen{706'444}>::value == 706'444_thousand_yen);
    STATIC_REQUIRE(std::is_same_v<amount_tag<thousand_yen{1}>, amount_tag<1_thousand_yen>>);
    STATIC_REQUIRE_FALSE(std::is_same_v<amount_tag<thousand_yen{1}>, amount_tag<thousand_yen{2}>>);
    // Another scale is another type: amount_tag<million_yen{1}> does not compile.
    STATIC_REQUIRE(tag_takes<thousand_yen, thousand_yen{1}>);
    STATIC_REQUIRE_FALSE(tag_takes<million_yen, million_yen{1}>);
}
