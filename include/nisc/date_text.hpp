// Opt-in: dates as text, for printing and export. Not included by <nisc/nisc.hpp>: printing is
// opt-in, like <nisc/chrono.hpp>. parse_date (<nisc/date.hpp>) reads back every Japanese text made
// here, and the ISO texts of days and months.
#ifndef NISC_DATE_TEXT_HPP
#define NISC_DATE_TEXT_HPP

#include <nisc/date.hpp>

#include <cstddef>  // std::size_t
#include <nisc/label.hpp>

namespace nisc {

/// Text made by `to_iso_text` and `to_japanese_text`: up to 40 bytes held by value, usable as text
/// (`nisc::label{t}`, `std::string{t.data(), t.size()}`) while it lives. `t == "2007-10-03"`
class date_text {
public:
    [[nodiscard]] constexpr const char* data() const noexcept { return chars_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr label view() const noexcept { return {chars_, size_}; }
    friend constexpr bool operator==(const date_text& t, label l) noexcept { return t.view() == l; }

    /// Appends text; what does not fit in 40 bytes is dropped (no date needs more than 26).
    constexpr void append(label l) noexcept {
        for (const char c : l) {
            if (size_ < sizeof chars_) chars_[size_++] = c;
        }
    }
    /// Appends a non-negative number, zero-padded to `width` digits (at most 8).
    constexpr void append_number(int n, int width) noexcept {
        char digits[8] = {};
        int len = 0;
        do {
            digits[len++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n > 0 && len < 8);
        while (len < width && len < 8) digits[len++] = '0';
        while (len > 0) append(label{&digits[--len], 1});
    }

private:
    char chars_[40] = {};
    std::size_t size_ = 0;
};

namespace detail {

// What each precision adds after the month or day, in enumerator order: in the ISO text and in
// the Japanese text. Both text functions index it only with the precision of an ok() date.
struct precision_mark {
    label iso;
    label ja;
};
inline constexpr precision_mark precision_marks[static_cast<std::size_t>(date_precision::yearly_about_month) + 1] = {
    {"", ""},            // day
    {"~", "前後"},       // around_day
    {" early", "上旬"},  // early_month
    {" mid", "中旬"},    // mid_month
    {" late", "下旬"},   // late_month
    {"", ""},            // month
    {"~", "頃"},         // about_month
    {"", ""},            // whole_fiscal_year (never reached: its text ends at 年度 or FYnnnn)
    {"", ""},            // yearly_day
    {"~", "頃"},         // yearly_about_month
};

}  // namespace detail

/// A date in an ISO 8601 style that keeps its precision: `2007-10-03`, `2008-02-02~` (around),
/// `2007-09 early` (also mid, late), `2007-07`, `2008-02~` (about), `FY2009`, `--02-02` (every year),
/// `--09~` (about, every year); `invalid` for a date that is not ok().
/// `nisc::to_iso_text(nisc::date::about(2008, 2)) == "2008-02~"`
[[nodiscard]] constexpr date_text to_iso_text(date d) noexcept {
    date_text t;
    if (!d.ok()) {
        t.append("invalid");
        return t;
    }
    if (d.precision() == date_precision::whole_fiscal_year) {
        t.append("FY");
        t.append_number(d.year(), 4);
        return t;
    }
    if (d.recurring()) {
        t.append("-");
    } else {
        t.append_number(d.year(), 4);
    }
    t.append("-");
    t.append_number(d.month(), 2);
    if (d.day() != 0) {
        t.append("-");
        t.append_number(d.day(), 2);
    }
    t.append(detail::precision_marks[static_cast<std::size_t>(d.precision())].iso);
    return t;
}

/// A date as a Japanese text would print it, in the 平成 era where the whole date lies in it
/// (`平成19年10月3日`, `平成元年1月8日`), else with a four-digit Gregorian year (`2020年1月1日`); `毎年2月2日`,
/// `毎年9月頃` for yearly dates; empty for a date that is not ok(). `parse_date` reads every result back.
/// `nisc::to_japanese_text(nisc::date::early_in(2007, 9)) == "平成19年9月上旬"`
[[nodiscard]] constexpr date_text to_japanese_text(date d) noexcept {
    date_text t;
    if (!d.ok()) return t;
    if (d.recurring()) {
        t.append("毎年");
    } else if (const auto h = heisei_year_of(d)) {
        t.append("平成");
        if (h->number() == 1) {
            t.append("元");
        } else {
            t.append_number(h->number(), 1);
        }
    } else {
        t.append_number(d.year(), 4);  // parse_date reads Gregorian years as four digits
    }
    if (d.precision() == date_precision::whole_fiscal_year) {
        t.append("年度");
        return t;
    }
    if (!d.recurring()) t.append("年");
    t.append_number(d.month(), 1);
    t.append("月");
    if (d.day() != 0) {
        t.append_number(d.day(), 1);
        t.append("日");
    }
    t.append(detail::precision_marks[static_cast<std::size_t>(d.precision())].ja);
    return t;
}

}  // namespace nisc

#endif  // NISC_DATE_TEXT_HPP
