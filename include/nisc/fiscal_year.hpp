// Japanese fiscal years (April to March), stored by the Gregorian year they start in, with the
// 平成 era as a view that converts through them.
#ifndef NISC_FISCAL_YEAR_HPP
#define NISC_FISCAL_YEAR_HPP

#include <nisc/detail/config.hpp>
#include <nisc/detail/text.hpp>

#include <compare>  // operator<=>
#include <nisc/maybe.hpp>
#include <nisc/label.hpp>

namespace nisc {

namespace detail {
// Deliberately not constexpr: an out-of-range `_fy` literal calls it and so fails to compile.
inline void nisc_fiscal_year_literal_must_be_1_to_9999() noexcept {}
}  // namespace detail

/// A fiscal year, named by the Gregorian year in which it starts on 1 April:
/// `nisc::fiscal_year{2008}` is 平成20年度, April 2008 to March 2009.
/// Constructed only explicitly; compares only with fiscal years.
class fiscal_year {
public:
    /// Year 0, which is not `ok()`.
    constexpr fiscal_year() noexcept = default;
    constexpr explicit fiscal_year(int gregorian_start_year) noexcept
        : start_year_is_an_implementation_detail_{gregorian_start_year} {}

    /// The calendar year of its 1 April: `fiscal_year{2008}.start_year() == 2008`.
    [[nodiscard]] constexpr int start_year() const noexcept { return start_year_is_an_implementation_detail_; }
    /// The calendar year of its 31 March: `fiscal_year{2008}.end_year() == 2009`.
    [[nodiscard]] constexpr int end_year() const noexcept { return start_year() + 1; }
    /// True for years 1 to 9999, the years this library can read and print.
    [[nodiscard]] constexpr bool ok() const noexcept { return 1 <= start_year() && start_year() <= 9999; }

    /// The following fiscal year: `fiscal_year{2007}.next() == fiscal_year{2008}`.
    [[nodiscard]] constexpr fiscal_year next() const noexcept { return fiscal_year{start_year() + 1}; }
    /// The preceding fiscal year: `fiscal_year{2008}.prev() == fiscal_year{2007}`.
    [[nodiscard]] constexpr fiscal_year prev() const noexcept { return fiscal_year{start_year() - 1}; }

    friend constexpr bool operator==(fiscal_year, fiscal_year) noexcept = default;
    friend constexpr auto operator<=>(fiscal_year, fiscal_year) noexcept = default;

    // Public only so that fiscal_year is a structural type, usable as a template argument
    // (`template <nisc::fiscal_year FY>`). Not part of the API: read start_year(), build with the constructor.
    int start_year_is_an_implementation_detail_ = 0;
};

/// A year of the 平成 (Heisei) era as fiscal years are named: `heisei_year{20}` is 平成20年度.
/// Heisei began on 1989-01-08 and ended on 2019-04-30, so fiscal years 平成元年度 (1) to
/// 平成31年度 (31) began in it: FY = 1988 + N.
class heisei_year {
public:
    constexpr heisei_year() noexcept = default;
    constexpr explicit heisei_year(int n) noexcept : n_{n} {}

    /// N of 平成N年度; 1 is printed 元.
    [[nodiscard]] constexpr int number() const noexcept { return n_; }
    /// True for 1 to 31.
    [[nodiscard]] constexpr bool ok() const noexcept { return 1 <= n_ && n_ <= 31; }

    friend constexpr bool operator==(heisei_year, heisei_year) noexcept = default;
    friend constexpr auto operator<=>(heisei_year, heisei_year) noexcept = default;

private:
    int n_ = 0;
};

/// The fiscal year a 平成 year names, or empty when it is outside 1..31.
/// `nisc::to_fiscal_year(nisc::heisei_year{20}) == nisc::fiscal_year{2008}`
[[nodiscard]] constexpr maybe<fiscal_year> to_fiscal_year(heisei_year h) noexcept {
    if (!h.ok()) return nothing;
    return fiscal_year{1988 + h.number()};
}

/// The 平成 name of a fiscal year, or empty outside FY1989..FY2019.
/// `nisc::to_heisei(nisc::fiscal_year{2008}) == nisc::heisei_year{20}`
[[nodiscard]] constexpr maybe<heisei_year> to_heisei(fiscal_year fy) noexcept {
    const heisei_year h{fy.start_year() - 1988};
    if (!h.ok()) return nothing;
    return h;
}

/// Reads a fiscal year written as `平成20年度` (or `平成元年度`), `FY2008`, `2008年度` or `2008`.
/// Anything else, including a year that is not `ok()`, gives an empty optional.
/// `nisc::parse_fiscal_year("平成20年度") == nisc::fiscal_year{2008}`
[[nodiscard]] constexpr maybe<fiscal_year> parse_fiscal_year(label text) noexcept {
    if (detail::consume_prefix(text, "平成")) {
        if (!detail::consume_suffix(text, "年度")) return nothing;
        if (text == "元") return to_fiscal_year(heisei_year{1});
        const auto n = detail::parse_decimal(text, 2);
        if (!n || *text.data() == '0') return nothing;
        return to_fiscal_year(heisei_year{*n});
    }
    if (!detail::consume_prefix(text, "FY")) detail::consume_suffix(text, "年度");
    if (text.size() != 4) return nothing;
    const auto y = detail::parse_decimal(text, 4);
    if (!y) return nothing;
    const fiscal_year fy{*y};
    if (!fy.ok()) return nothing;
    return fy;
}

/// Literals for fiscal years: `using namespace nisc::literals; 2008_fy == nisc::fiscal_year{2008}`.
inline namespace literals {
consteval fiscal_year operator""_fy(unsigned long long y) noexcept {
    if (y < 1 || y > 9999) detail::nisc_fiscal_year_literal_must_be_1_to_9999();
    return fiscal_year{static_cast<int>(y)};
}
}  // namespace literals

}  // namespace nisc

#endif  // NISC_FISCAL_YEAR_HPP
