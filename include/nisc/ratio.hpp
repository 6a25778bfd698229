// Exact ratios of two amounts, and whole percentages reached from them only by a named rounding rule.
#ifndef NISC_RATIO_HPP
#define NISC_RATIO_HPP

#include <nisc/money.hpp>

#include <compare>  // operator<=>
#include <cstdint>  // std::int64_t
#include <nisc/maybe.hpp>

namespace nisc {

/// A whole percentage as printed, e.g. the `13%` of the headline. Constructed only explicitly.
/// `nisc::percent{13}.value() == 13`
class percent {
public:
    constexpr percent() noexcept = default;
    constexpr explicit percent(std::int64_t value) noexcept : value_is_an_implementation_detail_{value} {}

    /// The number before the % sign.
    [[nodiscard]] constexpr std::int64_t value() const noexcept { return value_is_an_implementation_detail_; }

    friend constexpr bool operator==(percent, percent) noexcept = default;
    friend constexpr auto operator<=>(percent, percent) noexcept = default;

    // Public only so that percent is a structural type, usable as a template argument
    // (`template <nisc::percent P>`). Not part of the API: read value(), build with the constructor.
    std::int64_t value_is_an_implementation_detail_ = 0;
};

/// An exact, reduced fraction with a positive denominator.
/// `nisc::make_ratio(38, 300)->numerator() == 19`
class ratio {
public:
    /// The ratio 0/1.
    constexpr ratio() noexcept = default;

    [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return num_; }
    [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return den_; }

    friend constexpr bool operator==(ratio, ratio) noexcept = default;
    /// Exact order (cross-multiplied; both sides must keep their products within 64 bits).
    friend constexpr std::strong_ordering operator<=>(ratio a, ratio b) noexcept {
        return a.num_ * b.den_ <=> b.num_ * a.den_;
    }

    friend constexpr maybe<ratio> make_ratio(std::int64_t num, std::int64_t den) noexcept;

private:
    constexpr ratio(std::int64_t num, std::int64_t den) noexcept : num_{num}, den_{den} {}
    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

namespace detail {
constexpr std::int64_t gcd(std::int64_t a, std::int64_t b) noexcept {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b != 0) {
        const std::int64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}
inline constexpr std::int64_t int64_min = -INT64_MAX - 1;
}  // namespace detail

/// num / den reduced, or an empty optional when den is zero (or a part is INT64_MIN, which has no
/// positive counterpart). `nisc::make_ratio(1, 0) == nothing`
[[nodiscard]] constexpr maybe<ratio> make_ratio(std::int64_t num, std::int64_t den) noexcept {
    if (den == 0 || num == detail::int64_min || den == detail::int64_min) return nothing;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const std::int64_t g = detail::gcd(num, den);
    return ratio{num / g, den / g};
}

/// part / whole for two amounts of one scale: `ratio_of(nisc::oku_yen{38}, nisc::oku_yen{300})` is 19/150.
/// Empty when `whole` is zero.
template <money_scale S>
[[nodiscard]] constexpr maybe<ratio> ratio_of(money<S> part, money<S> whole) noexcept {
    return make_ratio(part.count(), whole.count());
}

/// (to - from) / from: the growth the release prints as `13%増`. Empty when `from` is zero.
template <money_scale S>
[[nodiscard]] constexpr maybe<ratio> growth_of(money<S> from, money<S> to) noexcept {
    return make_ratio(to.count() - from.count(), from.count());
}

/// The ratio as a whole percentage rounded half up, away from zero on a tie (四捨五入), the rule
/// of every percentage the release prints. `round_half_up_percent(*nisc::make_ratio(38, 300)) == nisc::percent{13}`
[[nodiscard]] constexpr percent round_half_up_percent(ratio r) noexcept {
    return percent{detail::div_round_half_up(r.numerator() * 100, r.denominator())};
}

/// The ratio as a whole percentage, the fraction dropped (toward zero).
/// `truncate_percent(*nisc::make_ratio(2, 3)) == nisc::percent{66}`
[[nodiscard]] constexpr percent truncate_percent(ratio r) noexcept {
    return percent{r.numerator() * 100 / r.denominator()};
}

}  // namespace nisc

#endif  // NISC_RATIO_HPP
