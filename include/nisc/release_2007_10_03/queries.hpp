// Typed questions over the budget tables of the 2007-10-03 release. Every query is constexpr,
// answers in the unit of the table it reads, and says no with an empty optional: for a fiscal
// year outside the table, a value outside an enumeration, or a blank cell.
#ifndef NISC_RELEASE_2007_10_03_QUERIES_HPP
#define NISC_RELEASE_2007_10_03_QUERIES_HPP

#include <nisc/release_2007_10_03/budget.hpp>
#include <nisc/release_2007_10_03/summary.hpp>

#include <nisc/fixed_array.hpp>
#include <cstddef>  // std::size_t
#include <nisc/maybe.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

// ---------------------------------------------------------------------------------------------
// Amounts: budget_of(what, year).

/// A body's amount in 別紙3 §3 (FY2006–FY2008, 千円).
/// `nisc::budget_of(nisc::ministry::defense, nisc::fiscal_year{2008}) == nisc::thousand_yen{10'292'493}`
[[nodiscard]] constexpr maybe<thousand_yen> budget_of(ministry m, fiscal_year fy) noexcept {
    const auto row = index_of(m);  // rows follow enumerator order (checked in budget.hpp)
    const auto column = budget_by_ministry.years.index_of(fy);
    if (!row || !column) return nothing;
    return budget_by_ministry.rows[*row].amounts[*column];
}

/// The printed 合計 of 別紙3 §3 (FY2006–FY2008, 千円).
/// `nisc::total_budget(nisc::fiscal_year{2008}) == nisc::thousand_yen{33'750'112}`
[[nodiscard]] constexpr maybe<thousand_yen> total_budget(fiscal_year fy) noexcept {
    const auto column = budget_by_ministry.years.index_of(fy);
    if (!column) return nothing;
    return budget_by_ministry_total.value[*column];
}

/// The cell printed for a row of 別紙3 §2 (blank cells included), or empty outside FY2006–FY2008.
[[nodiscard]] constexpr maybe<cell<million_yen>> cell_of(policy_area_row r, fiscal_year fy) noexcept {
    const auto row = index_of(r);  // rows follow enumerator order (checked in budget.hpp)
    const auto column = budget_by_area.years.index_of(fy);
    if (!row || !column) return nothing;
    return budget_by_area.rows[*row].amounts[*column];
}

/// A row's amount in 別紙3 §2 (百万円); empty for a blank cell or a year outside FY2006–FY2008.
/// `nisc::budget_of(nisc::policy_area_row::government_organisation, nisc::fiscal_year{2007}) == nothing`
[[nodiscard]] constexpr maybe<million_yen> budget_of(policy_area_row r, fiscal_year fy) noexcept {
    const auto c = cell_of(r, fy);
    return c ? c->value() : nothing;
}

/// An area's amount (百万円): the sum of its printed rows; empty when all of them are blank.
/// `nisc::budget_of(nisc::policy_area::government_standards, nisc::fiscal_year{2008}) == nisc::million_yen{20'099}`
[[nodiscard]] constexpr maybe<million_yen> budget_of(policy_area a, fiscal_year fy) noexcept {
    const auto column = budget_by_area.years.index_of(fy);
    if (!index_of(a) || !column) return nothing;
    return detail::area_sum(budget_by_area, a, *column);
}

/// A heading's figure in 本文 §3(2) (億円 as printed, FY2007 and FY2008).
/// `nisc::budget_of(nisc::summary_heading::e_local_government, nisc::fiscal_year{2007}) == nisc::oku_figure::tenths(8)`
[[nodiscard]] constexpr maybe<oku_figure> budget_of(summary_heading h, fiscal_year fy) noexcept {
    const auto row = index_of(h);  // rows follow enumerator order (checked in summary.hpp)
    const auto column = budget_summary.years.index_of(fy);
    if (!row || !column) return nothing;
    return budget_summary.rows[*row].amounts[*column];
}

/// A line of the 予算額推移 (億円, FY2004–FY2008); empty for a blank or "-" cell.
/// `nisc::budget_of(nisc::trend_line::total, nisc::fiscal_year{2004}) == nisc::oku_yen{267}`
[[nodiscard]] constexpr maybe<oku_yen> budget_of(trend_line l, fiscal_year fy) noexcept {
    const auto row = index_of(l);
    const auto column = budget_trend.years.index_of(fy);
    if (!row || !column) return nothing;
    return budget_trend.rows[*row].amounts[*column].value();
}

/// The 前年比 printed for an area (FY2008 / FY2007, on the area's first row).
/// `nisc::printed_ratio_to_previous_year(nisc::policy_area::individuals) == nisc::percent{174}`
[[nodiscard]] constexpr maybe<percent> printed_ratio_to_previous_year(policy_area a) noexcept {
    for (const auto& r : budget_by_area) {
        if (area_of(r.row) == a) return r.ratio_to_previous_year.value();
    }
    return nothing;
}

// ---------------------------------------------------------------------------------------------
// Changes, growth and shares: exact, in the unit of the table.

/// budget_of(x, to) - budget_of(x, from), for anything budget_of answers in money.
/// `nisc::change_of(nisc::ministry::justice, nisc::fiscal_year{2006}, nisc::fiscal_year{2007}) == nisc::thousand_yen{390'599}`
template <class Key>
[[nodiscard]] constexpr auto change_of(Key k, fiscal_year from, fiscal_year to) noexcept
    -> decltype(budget_of(k, from)) {
    const auto a = budget_of(k, from);
    const auto b = budget_of(k, to);
    if (!a || !b) return nothing;
    return *b - *a;
}

/// (budget_of(x, to) - budget_of(x, from)) / budget_of(x, from), exact.
/// `nisc::round_half_up_percent(*nisc::growth_of(nisc::policy_area::individuals, nisc::fiscal_year{2007}, nisc::fiscal_year{2008})) == nisc::percent{74}`
template <class Key>
    requires requires(Key k, fiscal_year fy) {
        budget_of(k, fy)->count();
    }
[[nodiscard]] constexpr maybe<ratio> growth_of(Key k, fiscal_year from, fiscal_year to) noexcept {
    const auto a = budget_of(k, from);
    const auto b = budget_of(k, to);
    if (!a || !b) return nothing;
    return growth_of(*a, *b);
}

/// A body's share of the printed 合計 of 別紙3 §3, exact.
[[nodiscard]] constexpr maybe<ratio> share_of(ministry m, fiscal_year fy) noexcept {
    const auto part = budget_of(m, fy);
    const auto whole = total_budget(fy);
    if (!part || !whole) return nothing;
    return ratio_of(*part, *whole);
}

/// An area's share of the sum of the printed rows of 別紙3 §2 in that year, exact.
/// `nisc::round_half_up_percent(*nisc::share_of(nisc::policy_area::cross_cutting_foundations, nisc::fiscal_year{2008})) == nisc::percent{17}`
[[nodiscard]] constexpr maybe<ratio> share_of(policy_area a, fiscal_year fy) noexcept {
    const auto part = budget_of(a, fy);
    if (!part) return nothing;
    million_yen whole{};
    for (const auto area : values_of<policy_area>) whole += budget_of(area, fy).value_or(million_yen{});
    return ratio_of(*part, whole);
}

// ---------------------------------------------------------------------------------------------
// Rankings.

/// The 19 bodies ordered by their amount in `fy`, largest first; equal amounts keep printed order.
/// Empty for a year outside FY2006–FY2008.
/// `nisc::ranked_by_budget(nisc::fiscal_year{2008})->front() == nisc::ministry::defense`
[[nodiscard]] constexpr maybe<fixed_array<ministry, 19>> ranked_by_budget(fiscal_year fy) noexcept {
    const auto column = budget_by_ministry.years.index_of(fy);
    if (!column) return nothing;
    fixed_array<ministry, 19> order = values_of<ministry>;
    // Insertion sort: stable, constexpr, and cheap for 19 rows without pulling in <algorithm>.
    for (std::size_t i = 1; i < order.size(); ++i) {
        const ministry m = order[i];
        const thousand_yen v = budget_by_ministry.rows[i].amounts[*column];
        std::size_t j = i;
        while (j > 0 && budget_by_ministry.rows[static_cast<std::size_t>(order[j - 1])].amounts[*column] < v) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = m;
    }
    return order;
}

}  // namespace release_2007_10_03
}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_QUERIES_HPP
