// 本文 §3: the budget request as the main text sums it up in 億円, checked against 別紙3.
#ifndef NISC_RELEASE_2007_10_03_SUMMARY_HPP
#define NISC_RELEASE_2007_10_03_SUMMARY_HPP

#include <nisc/release_2007_10_03/budget.hpp>

#include <nisc/enum_names.hpp>
#include <nisc/money.hpp>
#include <nisc/policy_area.hpp>
#include <nisc/ratio.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <nisc/fixed_array.hpp>
#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <nisc/label.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// The five headings of 本文 §3(2), in printed order.
enum class summary_heading : std::uint8_t {
    e_government,             ///< 電子政府の安全性 (policy areas 1 and 2)
    e_local_government,       ///< 電子自治体の安全性 (area 3)
    critical_infrastructure,  ///< 重要インフラ関係 (area 4)
    businesses,               ///< 企業関係 (area 5)
    individuals,              ///< 個人関係 (area 6)
};

/// A heading's names and the policy areas of 別紙3 §2 whose amounts it sums up.
/// The release does not print this mapping; it is the one under which every figure of §3(2) is
/// the rounding of 別紙3 §2 (area 7, cross-cutting foundations, is in no heading).
struct summary_heading_info {
    summary_heading id;
    label name_ja;  ///< as printed, footnote marker removed
    label name_en;
    policy_area_set areas;
};

}  // namespace release_2007_10_03

template <>
struct enum_rows<summary_heading> {
    static constexpr fixed_array<summary_heading_info, 5> rows{{
        {summary_heading::e_government, "電子政府の安全性", "Security of e-government",
         policy_area_set{policy_area::government_standards, policy_area::government_other}},
        {summary_heading::e_local_government, "電子自治体の安全性", "Security of e-local government",
         policy_area_set{policy_area::local_governments}},
        {summary_heading::critical_infrastructure, "重要インフラ関係", "Critical infrastructure",
         policy_area_set{policy_area::critical_infrastructure}},
        {summary_heading::businesses, "企業関係", "Businesses", policy_area_set{policy_area::businesses}},
        {summary_heading::individuals, "個人関係", "Individuals", policy_area_set{policy_area::individuals}},
    }};
};
static_assert(detail::rows_describe_enum<summary_heading>(enum_rows<summary_heading>::rows),
              "nisc: summary_heading rows must follow enumerator order with unique, non-empty names");

inline namespace release_2007_10_03 {

/// The policy areas a heading covers; empty for a value outside the enumeration.
/// `nisc::areas_of(nisc::summary_heading::e_government).size() == 2`
[[nodiscard]] constexpr policy_area_set areas_of(summary_heading h) noexcept {
    const auto* row = row_of(h);
    return row ? row->areas : policy_area_set{};
}

/// 本文 §3(1): the request against the FY2007 initial budget, 億円.
struct summary_headline {
    oku_yen request;           ///< 平成20年度概算要求額 338億円
    oku_yen previous_initial;  ///< 平成19年度の当初予算 300億円
    oku_yen increase;          ///< 38億円
    percent increase_percent;  ///< 13%
};

/// 本文 §3(1), 億円: 338億円 against 300億円, 38億円 and 13% more.
inline constexpr sourced<summary_headline> budget_headline{
    {oku_yen{338}, oku_yen{300}, oku_yen{38}, percent{13}},
    {document_part::main_text, "§3(1)", printed_unit::yen_oku},
};

/// One heading of 本文 §3(2) with its figures as printed.
struct summary_row {
    summary_heading heading;
    fixed_array<oku_figure, 2> amounts;  ///< FY2007 当初予算, FY2008 概算要求
    oku_figure increase;                 ///< 〜億円増
    percent increase_percent;            ///< 〜%増
};

/// 本文 §3(2) 施策の内訳, 億円, FY2007 and FY2008, as printed (one decimal where printed so).
inline constexpr table<summary_row, 5, 2> budget_summary{
    {document_part::main_text, "§3(2) 施策の内訳", printed_unit::yen_oku},
    {fiscal_year{2007}},
    // clang-format off
    {{
        {summary_heading::e_government, {oku_figure::whole(190), oku_figure::whole(229)}, oku_figure::whole(39), percent{21}},
        {summary_heading::e_local_government, {oku_figure::tenths(8), oku_figure::tenths(28)}, oku_figure::whole(2), percent{250}},
        {summary_heading::critical_infrastructure, {oku_figure::tenths(46), oku_figure::tenths(51)}, oku_figure::tenths(5), percent{11}},
        {summary_heading::businesses, {oku_figure::whole(15), oku_figure::whole(16)}, oku_figure::whole(1), percent{8}},
        {summary_heading::individuals, {oku_figure::whole(15), oku_figure::whole(27)}, oku_figure::whole(12), percent{80}},
    }},
    // clang-format on
};

/// A printed percentage of §3(2) that its own figures do not give, and what they give.
struct summary_percent_erratum {
    summary_heading heading;
    percent printed;             ///< what §3(2) prints
    percent on_printed_figures;  ///< half-up of increase / FY2007 on the printed 億円 figures
    percent on_exact_figures;    ///< half-up of the same on 別紙3 §2's 百万円 figures
    label erratum_id;            ///< its entry in nisc::errata
};

/// The one such percentage: 企業関係 prints 8%; 1 / 15 gives 7%, 1,639 / 1,482 gives 11%.
inline constexpr fixed_array<summary_percent_erratum, 1> summary_percent_errata{{
    {summary_heading::businesses, percent{8}, percent{7}, percent{11}, "summary-businesses-percent"},
}};

}  // namespace release_2007_10_03

namespace detail {

// A 億円 figure of the text is the half-up rounding, to its printed precision, of a 百万円 amount.
constexpr bool rounds_to(oku_figure printed, million_yen exact) noexcept {
    if (printed.decimals() == 1) return round_half_up<tenth_oku_yen>(exact) == printed.amount();
    return convert<tenth_oku_yen>(round_half_up<oku_yen>(exact)) == printed.amount();
}

// The 別紙3 §2 amount behind a heading in one column of that table: the sum of its areas.
constexpr maybe<million_yen> heading_sum(const table<area_budget_row, 9, 3>& areas, policy_area_set covered,
                                         std::size_t column) noexcept {
    maybe<million_yen> sum;
    for (const auto a : values_of<policy_area>) {
        if (!covered.contains(a)) continue;
        if (const auto v = area_sum(areas, a, column)) sum = sum.value_or(million_yen{}) + *v;
    }
    return sum;
}

// Every 億円 figure of §3(2) is the half-up rounding of the sum of its areas in 別紙3 §2.
constexpr bool summary_rounds_area_sums(const table<summary_row, 5, 2>& summary,
                                        const table<area_budget_row, 9, 3>& areas) noexcept {
    for (std::size_t i = 0; i < summary.rows.size(); ++i) {
        const auto& r = summary.rows[i];
        if (index_of(r.heading) != i) return false;
        for (std::size_t y = 0; y < r.amounts.size(); ++y) {
            const auto fy = summary.years.at(y);
            const auto column = fy ? areas.years.index_of(*fy) : nothing;
            const auto exact = column ? heading_sum(areas, areas_of(r.heading), *column) : nothing;
            if (!exact || !rounds_to(r.amounts[y], *exact)) return false;
        }
    }
    return summary.rows.size() == enum_count_v<summary_heading>;
}

// Every increase of §3(2) is the difference of its two printed figures.
constexpr bool summary_increases_are_differences(const table<summary_row, 5, 2>& summary) noexcept {
    for (const auto& r : summary) {
        if (r.amounts[1].amount() - r.amounts[0].amount() != r.increase.amount()) return false;
    }
    return true;
}

// The percentage a heading's printed figures give: half-up of increase / FY2007.
constexpr maybe<percent> printed_growth(const summary_row& r) noexcept {
    const auto q = ratio_of(r.increase.amount(), r.amounts[0].amount());
    if (!q) return nothing;
    return round_half_up_percent(*q);
}

// Every percentage of §3(2) is the half-up rounding of increase / FY2007 on the printed figures,
// except where a summary_percent_erratum names the heading with exactly that printed and computed value.
template <std::size_t E>
constexpr bool summary_percents_match(const table<summary_row, 5, 2>& summary,
                                      const fixed_array<summary_percent_erratum, E>& errata) noexcept {
    for (const auto& r : summary) {
        const auto computed = printed_growth(r);
        if (!computed) return false;
        if (*computed == r.increase_percent) continue;
        bool excused = false;
        for (const auto& e : errata) {
            excused = excused ||
                      (e.heading == r.heading && e.printed == r.increase_percent && e.on_printed_figures == *computed);
        }
        if (!excused) return false;
    }
    return true;
}

// Each erratum's claims hold: the heading prints what it says, and both computed values are right.
template <std::size_t E>
constexpr bool summary_percent_errata_hold(const fixed_array<summary_percent_erratum, E>& errata,
                                           const table<summary_row, 5, 2>& summary,
                                           const table<area_budget_row, 9, 3>& areas) noexcept {
    for (const auto& e : errata) {
        const auto i = index_of(e.heading);
        if (!i || *i >= summary.rows.size()) return false;
        const auto& r = summary.rows[*i];
        const auto on_printed = printed_growth(r);
        const auto prev = areas.years.index_of(fiscal_year{2007});
        const auto curr = areas.years.index_of(fiscal_year{2008});
        if (!prev || !curr || !on_printed) return false;
        const auto from = heading_sum(areas, areas_of(e.heading), *prev);
        const auto to = heading_sum(areas, areas_of(e.heading), *curr);
        const auto exact = from && to ? growth_of(*from, *to) : nothing;
        if (!exact || r.increase_percent != e.printed || *on_printed != e.on_printed_figures ||
            round_half_up_percent(*exact) != e.on_exact_figures || e.printed == *on_printed)
            return false;
    }
    return true;
}

// 本文 §3(1): 338 and 300 are the half-up 億円 of the FY2008 and FY2007 totals of 別紙3 §3, 38 is
// their difference, and 13% is the half-up of 38 / 300 (on the exact totals it would be 12%).
constexpr bool headline_matches(const summary_headline& h, const fixed_array<thousand_yen, 3>& total) noexcept {
    const auto q = ratio_of(h.increase, h.previous_initial);
    return h.request == round_half_up<oku_yen>(total[2]) && h.previous_initial == round_half_up<oku_yen>(total[1]) &&
           h.increase == h.request - h.previous_initial && q && round_half_up_percent(*q) == h.increase_percent;
}

}  // namespace detail

inline namespace release_2007_10_03 {

static_assert(detail::summary_rounds_area_sums(budget_summary, budget_by_area),
              "nisc: budget_summary: each figure must be the half-up rounding of its areas' sum in budget_by_area");
static_assert(detail::summary_increases_are_differences(budget_summary),
              "nisc: budget_summary: each increase must be the difference of the printed figures");
static_assert(detail::summary_percents_match(budget_summary, summary_percent_errata),
              "nisc: budget_summary: each percentage must be the half-up of increase / FY2007, or a named erratum");
static_assert(detail::summary_percent_errata_hold(summary_percent_errata, budget_summary, budget_by_area),
              "nisc: summary_percent_errata: each erratum must state the printed and computed percentages");
static_assert(detail::headline_matches(budget_headline.value, budget_by_ministry_total.value),
              "nisc: budget_headline: figures must round the ministry totals and the percentage their change");

}  // namespace release_2007_10_03
}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_SUMMARY_HPP
