// Opt-in: nisc::date to and from <chrono>. Not included by <nisc/nisc.hpp>, because <chrono> costs
// more to compile than all of nisc's data; include it where you need std::chrono.
#ifndef NISC_CHRONO_HPP
#define NISC_CHRONO_HPP

#include <nisc/date.hpp>

#include <chrono>  // std::chrono::year_month_day, std::chrono::sys_days
#include <nisc/maybe.hpp>

namespace nisc {

/// A day as a std::chrono::year_month_day; empty for any other precision (a month, 上旬, 頃, a
/// fiscal year, a yearly date) or a date that is not ok(): only a day names one calendar day.
/// `nisc::to_year_month_day(nisc::date::on(2007, 10, 3)) == std::chrono::year{2007} / 10 / 3`
[[nodiscard]] constexpr maybe<std::chrono::year_month_day> to_year_month_day(date d) noexcept {
    if (!d.ok() || !d.is_day()) return nothing;
    return std::chrono::year_month_day{std::chrono::year{d.year()},
                                       std::chrono::month{static_cast<unsigned>(d.month())},
                                       std::chrono::day{static_cast<unsigned>(d.day())}};
}

/// A day as std::chrono::sys_days (days since 1970-01-01), or empty as for to_year_month_day.
[[nodiscard]] constexpr maybe<std::chrono::sys_days> to_sys_days(date d) noexcept {
    const auto ymd = to_year_month_day(d);
    if (!ymd) return nothing;
    return std::chrono::sys_days{*ymd};
}

/// A year_month_day as a nisc::date of precision day, or empty when it is not ok() or its year is
/// outside 1–9999. `nisc::from_year_month_day(std::chrono::year{2007} / 10 / 3) == nisc::date::on(2007, 10, 3)`
[[nodiscard]] constexpr maybe<date> from_year_month_day(std::chrono::year_month_day ymd) noexcept {
    if (!ymd.ok()) return nothing;
    const date d = date::on(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                            static_cast<int>(static_cast<unsigned>(ymd.day())));
    if (!d.ok()) return nothing;
    return d;
}

}  // namespace nisc

#endif  // NISC_CHRONO_HPP
