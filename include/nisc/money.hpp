// Amounts of yen with their printed scale in the type: 千円, 百万円, 億円, and tenths of 億円.
#ifndef NISC_MONEY_HPP
#define NISC_MONEY_HPP

#include <nisc/detail/config.hpp>

#include <compare>   // operator<=>
#include <concepts>  // std::floating_point
#include <cstdint>   // std::int64_t, INT64_MAX
#include <nisc/maybe.hpp>
#include <nisc/label.hpp>

namespace nisc {

/// Scales: how many yen one unit of an amount stands for, and how the release prints that unit.
namespace scale {

/// 千円: one unit is 1,000 yen. `nisc::thousand_yen{33'750'112}`
struct thousand {
    static constexpr std::int64_t yen = 1'000;
    static constexpr label label_ja = "千円";
    static constexpr label code = "thousand_yen";
};
/// 百万円: one unit is 1,000,000 yen. `nisc::million_yen{33'750}`
struct million {
    static constexpr std::int64_t yen = 1'000'000;
    static constexpr label label_ja = "百万円";
    static constexpr label code = "million_yen";
};
/// A tenth of 億円 (0.1億円 = 10,000,000 yen): the finest step of figures printed as `0.8億円`.
struct tenth_oku {
    static constexpr std::int64_t yen = 10'000'000;
    static constexpr label label_ja = "億円";
    static constexpr label code = "oku_yen";
};
/// 億円: one unit is 100,000,000 yen. `nisc::oku_yen{338}`
struct oku {
    static constexpr std::int64_t yen = 100'000'000;
    static constexpr label label_ja = "億円";
    static constexpr label code = "oku_yen";
};

}  // namespace scale

// clang-format 14 splits a requires-expression followed by &&.
// clang-format off
/// What may serve as the scale of an amount: a type naming a positive number of yen per unit.
template <class S>
concept money_scale = requires {
    { S::yen } -> std::convertible_to<std::int64_t>;
    { S::label_ja } -> std::convertible_to<label>;
} && (S::yen > 0);
// clang-format on

/// True when every amount in `From` is a whole number of `To` units' worth of yen:
/// converting From -> To is exact (To is the same scale or finer).
template <money_scale To, money_scale From>
inline constexpr bool is_exact_conversion_v = From::yen % To::yen == 0;

/// An amount of yen counted in units of `Scale`, e.g. `money<scale::thousand>{5}` is 5,000 yen.
/// Constructed only explicitly; adds, subtracts and compares only with the same scale.
/// `constexpr nisc::thousand_yen a{1'423'189}; static_assert(a + a == nisc::thousand_yen{2'846'378});`
template <money_scale Scale>
class money {
public:
    using scale = Scale;
    using rep = std::int64_t;

    /// Zero yen.
    constexpr money() noexcept = default;
    /// `count` units of the scale. `nisc::million_yen{33'750}`
    constexpr explicit money(rep count) noexcept : count_is_an_implementation_detail_{count} {}
    /// Floating point never becomes an amount: figures are exact.
    template <std::floating_point F>
    money(F) = delete;

    /// The number of units. `nisc::oku_yen{338}.count() == 338`
    [[nodiscard]] constexpr rep count() const noexcept { return count_is_an_implementation_detail_; }

    constexpr money operator+() const noexcept { return *this; }
    constexpr money operator-() const noexcept { return money{-count()}; }
    constexpr money& operator+=(money other) noexcept {
        count_is_an_implementation_detail_ += other.count();
        return *this;
    }
    constexpr money& operator-=(money other) noexcept {
        count_is_an_implementation_detail_ -= other.count();
        return *this;
    }
    friend constexpr money operator+(money a, money b) noexcept { return money{a.count() + b.count()}; }
    friend constexpr money operator-(money a, money b) noexcept { return money{a.count() - b.count()}; }
    friend constexpr bool operator==(money, money) noexcept = default;
    friend constexpr auto operator<=>(money, money) noexcept = default;

    // Public only so that money is a structural type, usable as a template argument
    // (`template <nisc::thousand_yen A>`). Not part of the API: read count(), build with the constructor.
    rep count_is_an_implementation_detail_ = 0;
};

/// 千円 (thousand yen). `nisc::thousand_yen{30'000'897}`
using thousand_yen = money<scale::thousand>;
/// 百万円 (million yen). `nisc::million_yen{20'715}`
using million_yen = money<scale::million>;
/// Tenths of 億円, for figures printed with one decimal. `nisc::tenth_oku_yen{8}` is 0.8億円.
using tenth_oku_yen = money<scale::tenth_oku>;
/// 億円 (100 million yen). `nisc::oku_yen{338}`
using oku_yen = money<scale::oku>;

/// A 億円 figure as the text prints it: whole (`190億円`) or with one decimal (`0.8億円`).
/// The decimals are part of the figure: `0.8億円` was rounded to tenths, `15億円` to whole 億円.
/// `nisc::oku_figure::tenths(8).amount() == nisc::tenth_oku_yen{8}`
class oku_figure {
public:
    constexpr oku_figure() noexcept = default;
    /// A figure printed without decimals: `oku_figure::whole(190)` is `190億円`.
    [[nodiscard]] static constexpr oku_figure whole(std::int64_t oku) noexcept {
        return oku_figure{tenth_oku_yen{oku * 10}, 0};
    }
    /// A figure printed with one decimal, given in tenths: `oku_figure::tenths(8)` is `0.8億円`.
    [[nodiscard]] static constexpr oku_figure tenths(std::int64_t tenths_of_oku) noexcept {
        return oku_figure{tenth_oku_yen{tenths_of_oku}, 1};
    }
    /// The amount, exactly, in tenths of 億円.
    [[nodiscard]] constexpr tenth_oku_yen amount() const noexcept { return amount_; }
    /// How many decimals were printed: 0 or 1.
    [[nodiscard]] constexpr int decimals() const noexcept { return decimals_; }

    friend constexpr bool operator==(oku_figure, oku_figure) noexcept = default;

private:
    constexpr oku_figure(tenth_oku_yen amount, int decimals) noexcept : amount_{amount}, decimals_{decimals} {}
    tenth_oku_yen amount_{};
    int decimals_ = 0;
};

/// True for the money types (any scale).
template <class T>
inline constexpr bool is_money_v = false;
template <money_scale S>
inline constexpr bool is_money_v<money<S>> = true;

namespace detail {

inline constexpr std::int64_t int64_max = INT64_MAX;

// Deliberately not constexpr: a literal too large for 64 bits calls it and so fails to compile.
inline void nisc_literal_does_not_fit_in_64_bits() noexcept {}

consteval std::int64_t literal_count(unsigned long long n) noexcept {
    if (n > static_cast<unsigned long long>(int64_max)) nisc_literal_does_not_fit_in_64_bits();
    return static_cast<std::int64_t>(n);
}

// Division rounding the quotient's magnitude half up (half away from zero), as 四捨五入 does.
constexpr std::int64_t div_round_half_up(std::int64_t num, std::int64_t den) noexcept {
    const std::int64_t q = num / den;
    const std::int64_t r = num % den;
    const std::int64_t twice_r = r < 0 ? -2 * r : 2 * r;
    if (twice_r < den) return q;
    return num < 0 ? q - 1 : q + 1;
}

}  // namespace detail

/// Exact conversion to a finer (or the same) scale.
/// `nisc::convert<nisc::thousand_yen>(nisc::million_yen{2}) == nisc::thousand_yen{2'000}`
/// The result must fit in 64 bits; `checked_convert` says no instead.
template <class To, money_scale From>
    requires is_money_v<To> && is_exact_conversion_v<typename To::scale, From>
[[nodiscard]] constexpr To convert(money<From> m) noexcept {
    return To{m.count() * (From::yen / To::scale::yen)};
}

/// Exact conversion to a finer scale, or an empty optional when the result would overflow.
template <class To, money_scale From>
    requires is_money_v<To> && is_exact_conversion_v<typename To::scale, From>
[[nodiscard]] constexpr maybe<To> checked_convert(money<From> m) noexcept {
    constexpr std::int64_t factor = From::yen / To::scale::yen;
    const std::int64_t c = m.count();
    if (c > detail::int64_max / factor || c < -(detail::int64_max / factor)) return nothing;
    return To{c * factor};
}

/// Conversion to a coarser (or the same) scale rounding half up, away from zero on a tie (四捨五入),
/// the rule the release applies: `round_half_up<nisc::oku_yen>(nisc::thousand_yen{33'750'112}) == nisc::oku_yen{338}`.
template <class To, money_scale From>
    requires is_money_v<To> && is_exact_conversion_v<From, typename To::scale>
[[nodiscard]] constexpr To round_half_up(money<From> m) noexcept {
    return To{detail::div_round_half_up(m.count(), To::scale::yen / From::yen)};
}

/// Conversion to a coarser (or the same) scale dropping the remainder (toward zero, 切り捨て).
/// `nisc::truncate<nisc::oku_yen>(nisc::thousand_yen{33'750'112}) == nisc::oku_yen{337}`
template <class To, money_scale From>
    requires is_money_v<To> && is_exact_conversion_v<From, typename To::scale>
[[nodiscard]] constexpr To truncate(money<From> m) noexcept {
    return To{m.count() / (To::scale::yen / From::yen)};
}

/// a + b, or an empty optional when the sum does not fit in 64 bits.
template <money_scale S>
[[nodiscard]] constexpr maybe<money<S>> checked_add(money<S> a, money<S> b) noexcept {
    const std::int64_t x = a.count(), y = b.count();
    if ((y > 0 && x > detail::int64_max - y) || (y < 0 && x < -detail::int64_max - 1 - y)) return nothing;
    return money<S>{x + y};
}

/// a - b, or an empty optional when the difference does not fit in 64 bits.
template <money_scale S>
[[nodiscard]] constexpr maybe<money<S>> checked_sub(money<S> a, money<S> b) noexcept {
    const std::int64_t x = a.count(), y = b.count();
    if ((y < 0 && x > detail::int64_max + y) || (y > 0 && x < -detail::int64_max - 1 + y)) return nothing;
    return money<S>{x - y};
}

/// Literals for amounts: `using namespace nisc::literals; 33'750'112_thousand_yen`.
inline namespace literals {
consteval thousand_yen operator""_thousand_yen(unsigned long long n) noexcept {
    return thousand_yen{detail::literal_count(n)};
}
consteval million_yen operator""_million_yen(unsigned long long n) noexcept {
    return million_yen{detail::literal_count(n)};
}
consteval oku_yen operator""_oku_yen(unsigned long long n) noexcept {
    return oku_yen{detail::literal_count(n)};
}
}  // namespace literals

}  // namespace nisc

#endif  // NISC_MONEY_HPP
