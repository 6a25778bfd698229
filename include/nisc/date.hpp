// Calendar dates as a press release states them: with the precision it printed. A day
// (平成19年10月3日), a month (7月), a part of a month (9月上旬), an approximate month (2008年2月頃),
// a fiscal year (平成21年度), or a day or month that comes back every year (2月2日, 毎年概ね9月頃).
// Gregorian inside; the 平成 era is a view. No <chrono> here: <nisc/chrono.hpp> converts.
#ifndef NISC_DATE_HPP
#define NISC_DATE_HPP

#include <nisc/detail/config.hpp>
#include <nisc/detail/text.hpp>
#include <nisc/fiscal_year.hpp>

#include <compare>  // std::strong_ordering
#include <cstddef>  // std::size_t
#include <cstdint>  // std::int16_t, std::uint8_t
#include <nisc/label.hpp>
#include <nisc/maybe.hpp>

namespace nisc {

/// How precisely a date was printed. `nisc::date::early_in(2007, 9).precision() == nisc::date_precision::early_month`
enum class date_precision : std::uint8_t {
    day,                 ///< 2007年10月3日
    around_day,          ///< 2月2日の前後: about that day
    early_month,         ///< 9月上旬: days 1–10
    mid_month,           ///< 中旬: days 11–20
    late_month,          ///< 下旬: day 21 to the month's end
    month,               ///< 7月: some time in the month
    about_month,         ///< 2008年2月頃: about that month
    whole_fiscal_year,   ///< 平成21年度: April to March
    yearly_day,          ///< 2月2日, every year
    yearly_about_month,  ///< 毎年概ね9月頃: about that month, every year
};

namespace detail {

constexpr bool is_leap_year(int y) noexcept {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

// Days in month m of year y; a yearly date (y == 0) allows 29 February.
constexpr int days_in_month(int y, int m) noexcept {
    constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && (y == 0 || is_leap_year(y))) return 29;
    return lengths[m - 1];
}

}  // namespace detail

/// A date with the precision it was printed with. Built by a named factory, which takes any
/// numbers; `ok()` says whether they make a real date (2007-02-30 is not ok).
/// `constexpr auto d = nisc::date::on(2007, 10, 3); static_assert(d.ok() && d.day() == 3);`
class date {
public:
    /// Not a date: `ok()` is false.
    constexpr date() noexcept = default;

    /// A day: `date::on(2007, 10, 3)` is 2007年10月3日.
    [[nodiscard]] static constexpr date on(int y, int m, int d) noexcept { return {y, m, d, date_precision::day}; }
    /// About a day (前後): `date::around(2008, 2, 2)`.
    [[nodiscard]] static constexpr date around(int y, int m, int d) noexcept {
        return {y, m, d, date_precision::around_day};
    }
    /// Days 1–10 of a month (上旬): `date::early_in(2007, 9)`.
    [[nodiscard]] static constexpr date early_in(int y, int m) noexcept {
        return {y, m, 0, date_precision::early_month};
    }
    /// Days 11–20 of a month (中旬): `date::mid_in(2007, 9)`.
    [[nodiscard]] static constexpr date mid_in(int y, int m) noexcept { return {y, m, 0, date_precision::mid_month}; }
    /// Day 21 to the end of a month (下旬): `date::late_in(2007, 9)`.
    [[nodiscard]] static constexpr date late_in(int y, int m) noexcept { return {y, m, 0, date_precision::late_month}; }
    /// Some time in a month: `date::in_month(2007, 7)` is 2007年7月.
    [[nodiscard]] static constexpr date in_month(int y, int m) noexcept { return {y, m, 0, date_precision::month}; }
    /// About a month (頃): `date::about(2008, 2)` is 2008年2月頃.
    [[nodiscard]] static constexpr date about(int y, int m) noexcept { return {y, m, 0, date_precision::about_month}; }
    /// A whole fiscal year, 1 April to 31 March: `date::in_fiscal_year(nisc::fiscal_year{2009})` is 平成21年度.
    [[nodiscard]] static constexpr date in_fiscal_year(fiscal_year fy) noexcept {
        return {fy.start_year(), 4, 0, date_precision::whole_fiscal_year};
    }
    /// A day every year: `date::every_year_on(2, 2)` is 2月2日, Information Security Day.
    [[nodiscard]] static constexpr date every_year_on(int m, int d) noexcept {
        return {0, m, d, date_precision::yearly_day};
    }
    /// About a month every year: `date::every_year_about(9)` is 毎年概ね9月頃.
    [[nodiscard]] static constexpr date every_year_about(int m) noexcept {
        return {0, m, 0, date_precision::yearly_about_month};
    }

    /// The Gregorian year; 0 for a yearly date; for a fiscal year, the year it starts in.
    [[nodiscard]] constexpr int year() const noexcept { return year_; }
    /// The month, 1–12 (4 for a fiscal year, which starts in April).
    [[nodiscard]] constexpr int month() const noexcept { return month_; }
    /// The day of the month for day, around_day and yearly_day; 0 for the other precisions.
    [[nodiscard]] constexpr int day() const noexcept { return day_; }
    [[nodiscard]] constexpr date_precision precision() const noexcept { return precision_; }
    /// True for a date that comes back every year (it has no year).
    [[nodiscard]] constexpr bool recurring() const noexcept {
        return precision_ == date_precision::yearly_day || precision_ == date_precision::yearly_about_month;
    }
    /// True for a single, exactly known day (precision day).
    [[nodiscard]] constexpr bool is_day() const noexcept { return precision_ == date_precision::day; }

    /// True when the fields make a real date, years 1–9999, leap years counted: `!date::on(2007, 2, 30).ok()`.
    /// A fiscal year is ok() up to FY9998, whose last day, 9999-03-31, is the last day a date can hold.
    [[nodiscard]] constexpr bool ok() const noexcept {
        const bool has_day = precision_ == date_precision::day || precision_ == date_precision::around_day ||
                             precision_ == date_precision::yearly_day;
        return (recurring() ? year_ == 0 : year_ >= 1) && static_cast<int>(precision_) <= 9 &&
               (precision_ != date_precision::whole_fiscal_year || (month_ == 4 && year_ <= 9998)) &&
               (has_day ? day_ >= 1 && day_ <= detail::days_in_month(year_, month_) : month_ >= 1 && day_ == 0);
    }

    friend constexpr bool operator==(date, date) noexcept = default;

private:
    // Numbers that do not fit the fields make "not a date" instead of wrapping round into one.
    constexpr date(int y, int m, int d, date_precision p) noexcept
        : year_{static_cast<std::int16_t>(y >= 0 && y <= 9999 ? y : -1)},
          month_{static_cast<std::uint8_t>(m >= 1 && m <= 12 ? m : 0)},
          day_{static_cast<std::uint8_t>(d >= 0 && d <= 31 ? d : 99)},
          precision_{p} {}

    std::int16_t year_ = -1;
    std::uint8_t month_ = 0;
    std::uint8_t day_ = 0;
    date_precision precision_ = date_precision::day;
};

namespace detail {

// The first and last day a date can mean, as yyyymmdd numbers; {0, 0} for a yearly or bad date.
struct day_span {
    long first = 0, last = 0;
};
constexpr day_span span_of(date d) noexcept {
    if (!d.ok() || d.recurring()) return {};
    const long ym = d.year() * 10'000L + d.month() * 100L;
    const long end_of_month = ym + days_in_month(d.year(), d.month());
    switch (d.precision()) {
        case date_precision::day:
        case date_precision::around_day:
            return {ym + d.day(), ym + d.day()};
        case date_precision::early_month:
            return {ym + 1, ym + 10};
        case date_precision::mid_month:
            return {ym + 11, ym + 20};
        case date_precision::late_month:
            return {ym + 21, end_of_month};
        case date_precision::month:
        case date_precision::about_month:
            return {ym + 1, end_of_month};
        case date_precision::whole_fiscal_year:
            return {ym + 1, (d.year() + 1) * 10'000L + 331};
        case date_precision::yearly_day:
        case date_precision::yearly_about_month:
            break;
    }
    return {};
}

constexpr maybe<date> day_of(long yyyymmdd) noexcept {
    if (yyyymmdd == 0) return nothing;
    return date::on(static_cast<int>(yyyymmdd / 10'000), static_cast<int>(yyyymmdd / 100 % 100),
                    static_cast<int>(yyyymmdd % 100));
}

}  // namespace detail

/// The first day a date can mean: `*first_day(date::early_in(2007, 9)) == date::on(2007, 9, 1)`;
/// empty for a yearly date or one that is not ok().
[[nodiscard]] constexpr maybe<date> first_day(date d) noexcept {
    return detail::day_of(detail::span_of(d).first);
}
/// The last day a date can mean: `*last_day(date::in_fiscal_year(nisc::fiscal_year{2007})) == date::on(2008, 3, 31)`.
[[nodiscard]] constexpr maybe<date> last_day(date d) noexcept {
    return detail::day_of(detail::span_of(d).last);
}

/// The order of a timeline: by first day, then last day (the more precise first), then precision;
/// yearly dates before all others, by month and day. A total order, so it sorts mixed precisions.
/// `nisc::compare_chronologically(nisc::date::in_month(2007, 7), nisc::date::on(2007, 7, 6)) < 0`
[[nodiscard]] constexpr std::strong_ordering compare_chronologically(date a, date b) noexcept {
    const long yearly_a = a.recurring() ? a.month() * 100L + a.day() : 0;
    const long yearly_b = b.recurring() ? b.month() * 100L + b.day() : 0;
    const detail::day_span sa = detail::span_of(a), sb = detail::span_of(b);
    if (yearly_a + sa.first != yearly_b + sb.first) return yearly_a + sa.first <=> yearly_b + sb.first;
    if (sa.last != sb.last) return sa.last <=> sb.last;
    return static_cast<int>(a.precision()) <=> static_cast<int>(b.precision());
}

/// True when `a` is over before `b` begins, however imprecise either is:
/// `precedes(date::on(2007, 7, 6), date::on(2007, 7, 20))`; July does not precede 2007-07-20.
/// False when either is yearly or not ok().
[[nodiscard]] constexpr bool precedes(date a, date b) noexcept {
    const long end_a = detail::span_of(a).last, start_b = detail::span_of(b).first;
    return end_a != 0 && start_b != 0 && end_a < start_b;
}

/// True when every day `inner` can mean lies in `outer`: `contains(date::in_month(2007, 9), date::early_in(2007, 9))`.
/// False when either is yearly or not ok().
[[nodiscard]] constexpr bool contains(date outer, date inner) noexcept {
    const detail::day_span o = detail::span_of(outer), i = detail::span_of(inner);
    return o.first != 0 && i.first != 0 && o.first <= i.first && i.last <= o.last;
}

// ---------------------------------------------------------------------------------------------
// Fiscal years and the 平成 era.

/// 1 April of a fiscal year: `first_day_of(nisc::fiscal_year{2008}) == nisc::date::on(2008, 4, 1)`.
[[nodiscard]] constexpr date first_day_of(fiscal_year fy) noexcept {
    return date::on(fy.start_year(), 4, 1);
}
/// The 31 March that ends a fiscal year: `last_day_of(nisc::fiscal_year{2008}) == nisc::date::on(2009, 3, 31)`.
/// Not ok() for FY9999 and later, which end after the year 9999.
[[nodiscard]] constexpr date last_day_of(fiscal_year fy) noexcept {
    return date::on(fy.end_year(), 3, 31);
}

/// The fiscal year wholly containing a date, or empty (yearly, across 1 April, not ok(), before FY1).
/// `nisc::fiscal_year_of(nisc::date::about(2008, 2)) == nisc::fiscal_year{2007}`
[[nodiscard]] constexpr maybe<fiscal_year> fiscal_year_of(date d) noexcept {
    const detail::day_span s = detail::span_of(d);
    const fiscal_year fy{static_cast<int>(s.first / 10'000) - (s.first % 10'000 < 401 ? 1 : 0)};
    if (s.first == 0 || !fy.ok() || s.last > fy.end_year() * 10'000L + 331) return nothing;
    return fy;
}

/// The first day of the 平成 era, 1989-01-08 (平成元年1月8日).
inline constexpr date heisei_first_day = date::on(1989, 1, 8);
/// The last day of the 平成 era, 2019-04-30 (平成31年4月30日).
inline constexpr date heisei_last_day = date::on(2019, 4, 30);

/// The 平成 year of a date (平成N年 is 1988 + N), or empty when some day it can mean lies outside the
/// era, or it is yearly. A fiscal year is named by its start, as 平成31年度 is FY2019.
/// `nisc::heisei_year_of(nisc::date::on(2007, 10, 3)) == nisc::heisei_year{19}`
[[nodiscard]] constexpr maybe<heisei_year> heisei_year_of(date d) noexcept {
    const detail::day_span s = detail::span_of(d);
    if (d.precision() == date_precision::whole_fiscal_year && s.first != 0) return to_heisei(fiscal_year{d.year()});
    if (s.first < 1989'01'08L || s.last > 2019'04'30L) return nothing;
    return heisei_year{d.year() - 1988};
}

/// The day 平成N年M月D日, or empty when it does not exist or lies outside the era (平成元年1月7日 was
/// still 昭和64年). `nisc::heisei_date(nisc::heisei_year{19}, 10, 3) == nisc::date::on(2007, 10, 3)`
[[nodiscard]] constexpr maybe<date> heisei_date(heisei_year h, int month, int day) noexcept {
    const date d = date::on(1988 + h.number(), month, day);
    if (!h.ok() || !heisei_year_of(d)) return nothing;
    return d;
}

// ---------------------------------------------------------------------------------------------
// Reading dates.

namespace detail {

// Removes 1 to `max_digits` leading ASCII digits from `text` and gives their value; nothing when
// there are none or more.
constexpr maybe<int> take_number(label& text, std::size_t max_digits) noexcept {
    std::size_t n = 0;
    while (n < text.size() && text.data()[n] >= '0' && text.data()[n] <= '9') ++n;
    const auto v = n <= max_digits ? parse_decimal(text.first(n), max_digits) : nothing;
    text = text.drop(n);
    return v;
}

// 2007-10-03 or 2007-07.
constexpr maybe<date> parse_iso_date(label text) noexcept {
    const auto y = parse_decimal(text.first(4), 4);
    const auto m = parse_decimal(text.drop(5).first(2), 2);
    if (!y || !m) return nothing;
    if (text.size() == 7) return date::in_month(*y, *m);
    const auto d = parse_decimal(text.drop(8), 2);
    if (!d || text.size() != 10 || text.data()[7] != '-') return nothing;
    return date::on(*y, *m, *d);
}

// A leading year, removed from the text: 平成N年, 平成元年 or a four-digit 2007年.
struct year_prefix {
    bool present = false;  // the text starts with a year (well formed or not)
    bool ok = false;       // ... and it is a year nisc reads: 平成1-31, or four digits
    bool heisei = false;
    int gregorian = 0;
};
constexpr year_prefix take_year(label& text) noexcept {
    year_prefix y;
    y.heisei = consume_prefix(text, "平成");
    y.present = y.heisei || text.drop(4).starts_with("年");
    if (!y.present) return y;
    maybe<int> n;
    if (y.heisei && consume_prefix(text, "元")) {
        n = 1;
    } else if (!y.heisei || !text.starts_with("0")) {
        n = take_number(text, y.heisei ? 2 : 4);
    }
    y.ok = n && consume_prefix(text, "年") && (!y.heisei || heisei_year{*n}.ok());
    y.gregorian = !n ? 0 : y.heisei ? 1988 + *n : *n;
    return y;
}

// A day after its month, removed from the text: 3日, or 2日前後 (about that day, with a year only).
constexpr date take_day(label& text, bool has_year, int year, int month) noexcept {
    const auto day = take_number(text, 2);
    if (!day || !consume_prefix(text, "日")) return date{};
    const bool around = consume_prefix(text, "前後");
    if (!has_year) return around ? date{} : date::every_year_on(month, *day);
    return around ? date::around(year, month, *day) : date::on(year, month, *day);
}

// What follows the year (or starts a yearly date): 10月3日, 2月2日前後, 9月上旬 (中旬, 下旬), 2月頃,
// 7月. Without a year only a day or 頃 may follow the month. Nothing may be left over.
constexpr maybe<date> parse_month_and_after(label text, bool has_year, int year) noexcept {
    const auto m = take_number(text, 2);
    if (!m || !consume_prefix(text, "月")) return nothing;
    date d;
    if (!text.empty() && text.data()[0] >= '0' && text.data()[0] <= '9') {
        d = take_day(text, has_year, year, *m);
    } else if (consume_prefix(text, "頃")) {
        d = has_year ? date::about(year, *m) : date::every_year_about(*m);
    } else if (has_year) {
        const bool early = consume_prefix(text, "上旬");
        const bool mid = !early && consume_prefix(text, "中旬");
        const bool late = !early && !mid && consume_prefix(text, "下旬");
        d = early  ? date::early_in(year, *m)
            : mid  ? date::mid_in(year, *m)
            : late ? date::late_in(year, *m)
                   : date::in_month(year, *m);
    }
    if (!text.empty() || !d.ok()) return nothing;
    return d;
}

}  // namespace detail

/// Reads a date in the forms the release prints, with the precision printed: `平成19年10月3日`,
/// `2007年10月3日`, `2007-10-03` (day); `2007年7月`, `2007-07` (month); `平成19年9月上旬` (also 中旬,
/// 下旬); `2008年2月頃`; `2008年2月2日前後`; `平成21年度`, `2009年度` (fiscal year); `2月2日`, `毎年2月2日`
/// (every year); `9月頃`, `毎年概ね9月頃` (about a month, every year). ASCII digits; 平成元年 for year 1.
/// Anything else is nothing: a day that does not exist (`2007-02-30`), a 平成 date outside the era
/// (`平成32年1月1日`, `平成元年1月7日`), another era, extra text.
/// `nisc::parse_date("平成19年10月3日") == nisc::date::on(2007, 10, 3)`
[[nodiscard]] constexpr maybe<date> parse_date(label text) noexcept {
    using detail::consume_prefix;
    if (text.size() >= 7 && text.data()[4] == '-') {
        const auto d = detail::parse_iso_date(text);
        return d && d->ok() ? d : nothing;
    }
    const bool every_year = consume_prefix(text, "毎年");
    const bool roughly = consume_prefix(text, "概ね");
    const detail::year_prefix y = detail::take_year(text);
    if (y.present && (!y.ok || every_year)) return nothing;
    maybe<date> d;
    if (y.present && consume_prefix(text, "度")) {  // 平成21年度, 2009年度
        if (text.empty()) d = date::in_fiscal_year(fiscal_year{y.gregorian});
    } else {
        d = detail::parse_month_and_after(text, y.present, y.gregorian);
    }
    // 概ね goes only with 頃, and a 平成 date must lie in the era.
    const bool about =
        d && (d->precision() == date_precision::about_month || d->precision() == date_precision::yearly_about_month);
    if (!d || !d->ok() || (roughly && !about) || (y.heisei && !heisei_year_of(*d))) return nothing;
    return d;
}

}  // namespace nisc

#endif  // NISC_DATE_HPP
