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
    switch (d.precision()) {
        case date_precision::around_day:
        case date_precision::about_month:
        case date_precision::yearly_about_month:
            t.append("~");
            break;
        case date_precision::early_month:
            t.append(" early");
            break;
        case date_precision::mid_month:
            t.append(" mid");
            break;
        case date_precision::late_month:
            t.append(" late");
            break;
        case date_precision::day:
        case date_precision::month:
        case date_precision::whole_fiscal_year:
        case date_precision::yearly_day:
            break;
    }
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
    switch (d.precision()) {
        case date_precision::around_day:
            t.append("前後");
            break;
        case date_precision::early_month:
            t.append("上旬");
            break;
        case date_precision::mid_month:
            t.append("中旬");
            break;
        case date_precision::late_month:
            t.append("下旬");
            break;
        case date_precision::about_month:
        case date_precision::yearly_about_month:
            t.append("頃");
            break;
        case date_precision::day:
        case date_precision::month:
        case date_precision::whole_fiscal_year:
        case date_precision::yearly_day:
            break;
    }
    return t;
}

}  // namespace nisc

#endif  // NISC_DATE_TEXT_HPP
