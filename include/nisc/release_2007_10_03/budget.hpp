// The FY2008 information-security budget request, 別紙3 §1–§3, exactly as printed, with the
// consistency checks that tie its tables together.
#ifndef NISC_RELEASE_2007_10_03_BUDGET_HPP
#define NISC_RELEASE_2007_10_03_BUDGET_HPP

#include <nisc/budget_basis.hpp>
#include <nisc/cell.hpp>
#include <nisc/enum_names.hpp>
#include <nisc/fiscal_year.hpp>
#include <nisc/ministry.hpp>
#include <nisc/money.hpp>
#include <nisc/policy_area.hpp>
#include <nisc/ratio.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <nisc/fixed_array.hpp>
#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <nisc/maybe.hpp>
#include <nisc/label.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

// ---------------------------------------------------------------------------------------------
// 別紙3 §1 要求額: the request in 百万円, and the FY2004–FY2008 trend in 億円.

/// 別紙3 §1: 平成20年度予算概算要求額 33,750百万円.
inline constexpr sourced<million_yen> budget_request_total{
    million_yen{33'750},
    {document_part::attachment_3, "§1 要求額", printed_unit::yen_millions},
};

/// The three printed lines of the 予算額推移 table (別紙3 §1).
enum class trend_line : std::uint8_t {
    initial_budget,        ///< 当初予算
    supplementary_budget,  ///< 補正予算
    total,                 ///< 合計
};

}  // namespace release_2007_10_03

template <>
struct enum_rows<trend_line> {
    static constexpr fixed_array<enum_row<trend_line>, 3> rows{{
        {trend_line::initial_budget, "当初予算", "initial budget"},
        {trend_line::supplementary_budget, "補正予算", "supplementary budget"},
        {trend_line::total, "合計", "total"},
    }};
};
static_assert(detail::rows_describe_enum<trend_line>(enum_rows<trend_line>::rows),
              "nisc: trend_line rows must follow enumerator order with unique, non-empty names");

inline namespace release_2007_10_03 {

/// One line of the trend table: a cell per fiscal year, FY2004 to FY2008.
struct trend_row {
    trend_line line;
    fixed_array<cell<oku_yen>, 5> amounts;
};

/// 別紙3 §1 予算額推移, 億円, FY2004–FY2008 (FY2008 is the request). 補正予算 is blank for FY2004 and
/// FY2005 and printed "-" for FY2006–FY2008.
inline constexpr table<trend_row, 3, 5> budget_trend{
    {document_part::attachment_3, "§1 予算額推移", printed_unit::yen_oku},
    {fiscal_year{2004}},
    {{
        {trend_line::initial_budget, {oku_yen{267}, oku_yen{288}, oku_yen{319}, oku_yen{300}, oku_yen{338}}},
        {trend_line::supplementary_budget, {blank, blank, dash, dash, dash}},
        {trend_line::total, {oku_yen{267}, oku_yen{288}, oku_yen{319}, oku_yen{300}, oku_yen{338}}},
    }},
};

/// The basis of each year's figures in the release: 当初予算 for FY2004–FY2007, 概算要求 for FY2008;
/// empty for any other year. `nisc::basis_of(nisc::fiscal_year{2008}) == nisc::budget_basis::budget_request`
[[nodiscard]] constexpr maybe<budget_basis> basis_of(fiscal_year fy) noexcept {
    if (fy < fiscal_year{2004} || fy > fiscal_year{2008}) return nothing;
    return fy == fiscal_year{2008} ? budget_basis::budget_request : budget_basis::initial_budget;
}

// ---------------------------------------------------------------------------------------------
// 別紙3 §2 施策の内訳: amounts by policy-area row, 百万円, FY2006–FY2008.

/// One printed row of 別紙3 §2: an amount cell per year and the 前年比 (FY2008 / FY2007) cell.
/// The 前年比 of an area with several rows is printed on its first row (111% on row 1-1 is area 1's).
struct area_budget_row {
    policy_area_row row;
    fixed_array<cell<million_yen>, 3> amounts;  ///< FY2006, FY2007, FY2008
    cell<percent> ratio_to_previous_year;       ///< 前年比
};

/// 別紙3 §2, 百万円 (単位は全て百万円), FY2006–FY2008; FY2008 is the request. Blank cells are blank.
inline constexpr table<area_budget_row, 9, 3> budget_by_area{
    {document_part::attachment_3, "§2 施策の内訳", printed_unit::yen_millions},
    {fiscal_year{2006}},
    // clang-format off
    {{
        {policy_area_row::government_systems, {million_yen{20'715}, million_yen{18'113}, million_yen{19'156}}, percent{111}},
        {policy_area_row::government_organisation, {blank, blank, million_yen{557}}, blank},
        {policy_area_row::government_other_measures, {blank, blank, million_yen{386}}, blank},
        {policy_area_row::government_other, {blank, million_yen{848}, million_yen{2'767}}, percent{326}},
        {policy_area_row::local_governments, {blank, million_yen{76}, million_yen{276}}, percent{363}},
        {policy_area_row::critical_infrastructure, {million_yen{1'725}, million_yen{460}, million_yen{505}}, percent{110}},
        {policy_area_row::businesses, {million_yen{3'553}, million_yen{1'482}, million_yen{1'639}}, percent{111}},
        {policy_area_row::individuals, {million_yen{41}, million_yen{1'521}, million_yen{2'654}}, percent{174}},
        {policy_area_row::cross_cutting_foundations, {million_yen{5'884}, million_yen{7'502}, million_yen{5'809}}, percent{77}},
    }},
    // clang-format on
};

// ---------------------------------------------------------------------------------------------
// 別紙3 §3 府省庁別予算額: amounts by body, 千円, FY2006–FY2008.

/// One printed row of 別紙3 §3.
struct ministry_budget_row {
    ministry body;
    fixed_array<thousand_yen, 3> amounts;  ///< FY2006 予算額, FY2007 予算額, FY2008 概算要求額
};

/// 別紙3 §3, 千円 (単位：千円), FY2006–FY2008, the 19 bodies in printed order.
inline constexpr table<ministry_budget_row, 19, 3> budget_by_ministry{
    {document_part::attachment_3, "§3 府省庁別予算額", printed_unit::yen_thousands},
    {fiscal_year{2006}},
    // clang-format off
    {{
        {ministry::cabinet_secretariat, {thousand_yen{353'416}, thousand_yen{867'606}, thousand_yen{1'423'189}}},
        {ministry::cabinet_legislation_bureau, {thousand_yen{6'832}, thousand_yen{7'743}, thousand_yen{7'743}}},
        {ministry::national_personnel_authority, {thousand_yen{21'105}, thousand_yen{28'944}, thousand_yen{26'562}}},
        {ministry::cabinet_office, {thousand_yen{166'702}, thousand_yen{156'083}, thousand_yen{155'461}}},
        {ministry::imperial_household_agency, {thousand_yen{40'799}, thousand_yen{24'923}, thousand_yen{24'923}}},
        {ministry::fair_trade_commission, {thousand_yen{30'619}, thousand_yen{36'549}, thousand_yen{34'700}}},
        {ministry::national_police_agency, {thousand_yen{1'244'333}, thousand_yen{1'334'884}, thousand_yen{1'473'636}}},
        {ministry::defense, {thousand_yen{12'796'446}, thousand_yen{10'909'451}, thousand_yen{10'292'493}}},
        {ministry::financial_services_agency, {thousand_yen{152'580}, thousand_yen{139'245}, thousand_yen{135'577}}},
        {ministry::internal_affairs, {thousand_yen{7'243'325}, thousand_yen{5'941'070}, thousand_yen{7'710'052}}},
        {ministry::justice, {thousand_yen{148'776}, thousand_yen{539'375}, thousand_yen{706'444}}},
        {ministry::foreign_affairs, {thousand_yen{2'702'694}, thousand_yen{2'959'286}, thousand_yen{3'490'229}}},
        {ministry::finance, {thousand_yen{917'640}, thousand_yen{736'093}, thousand_yen{1'287'318}}},
        {ministry::education, {thousand_yen{682'626}, thousand_yen{654'880}, thousand_yen{977'063}}},
        {ministry::health_labour_welfare, {thousand_yen{553'719}, thousand_yen{65'426}, thousand_yen{87'787}}},
        {ministry::agriculture, {thousand_yen{273'561}, thousand_yen{516'846}, thousand_yen{225'144}}},
        {ministry::economy_trade_industry, {thousand_yen{3'862'403}, thousand_yen{4'441'758}, thousand_yen{5'112'933}}},
        {ministry::land_infrastructure_transport, {thousand_yen{597'142}, thousand_yen{466'473}, thousand_yen{483'031}}},
        {ministry::environment, {thousand_yen{123'598}, thousand_yen{174'262}, thousand_yen{95'827}}},
    }},
    // clang-format on
};

/// 別紙3 §3, the printed 合計 row, 千円, FY2006–FY2008.
inline constexpr sourced<fixed_array<thousand_yen, 3>> budget_by_ministry_total{
    {thousand_yen{31'918'316}, thousand_yen{30'000'897}, thousand_yen{33'750'112}},
    {document_part::attachment_3, "§3 府省庁別予算額 合計", printed_unit::yen_thousands},
};

// ---------------------------------------------------------------------------------------------
// Consistency checks. Each takes its tables as arguments, so a test can hand it a corrupted copy.

}  // namespace release_2007_10_03

namespace detail {

// The sum of the printed cells of an area's rows in one column of 別紙3 §2; empty when all are blank.
constexpr maybe<million_yen> area_sum(const table<area_budget_row, 9, 3>& t, policy_area a,
                                      std::size_t column) noexcept {
    maybe<million_yen> sum;
    for (const auto& r : t) {
        if (area_of(r.row) != a) continue;
        if (const auto v = r.amounts[column].value()) sum = sum.value_or(million_yen{}) + *v;
    }
    return sum;
}

// 別紙3 §3 lists the 19 bodies once each, in enumerator (printed) order; queries index it directly.
constexpr bool ministry_rows_in_order(const table<ministry_budget_row, 19, 3>& t) noexcept {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        if (index_of(t.rows[i].body) != i) return false;
    }
    return t.rows.size() == enum_count_v<ministry>;
}

// Each year's body amounts add up exactly to the printed 合計.
constexpr bool ministry_amounts_sum_to_total(const table<ministry_budget_row, 19, 3>& t,
                                             const fixed_array<thousand_yen, 3>& total) noexcept {
    for (std::size_t y = 0; y < total.size(); ++y) {
        thousand_yen sum{};
        for (const auto& r : t) sum += r.amounts[y];
        if (sum != total[y]) return false;
    }
    return true;
}

// 別紙3 §2 lists its nine rows once each in printed order.
constexpr bool area_rows_in_order(const table<area_budget_row, 9, 3>& t) noexcept {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        if (index_of(t.rows[i].row) != i) return false;
    }
    return t.rows.size() == enum_count_v<policy_area_row>;
}

// Each year's printed rows (百万円, each rounded) add up to the 千円 total within the rounding of the
// rows: every printed row may be off by at most half a 百万円, i.e. 500千円.
constexpr bool area_rows_sum_to_total(const table<area_budget_row, 9, 3>& t, year_columns<3> total_years,
                                      const fixed_array<thousand_yen, 3>& total) noexcept {
    for (std::size_t y = 0; y < 3; ++y) {
        const auto fy = t.years.at(y);
        const auto ty = fy ? total_years.index_of(*fy) : nothing;
        if (!ty) return false;
        thousand_yen sum{};
        std::int64_t printed_rows = 0;
        for (const auto& r : t) {
            if (const auto v = r.amounts[y].value()) {
                sum += convert<thousand_yen>(*v);
                ++printed_rows;
            }
        }
        const std::int64_t gap = (sum - total[*ty]).count();
        if ((gap < 0 ? -gap : gap) > printed_rows * 500) return false;
    }
    return true;
}

// The sums of each area's printed cells in one column of 別紙3 §2, in one pass (`has[a]` false
// where all of an area's cells are blank).
struct area_column_sums {
    fixed_array<million_yen, 7> sum;
    fixed_array<bool, 7> has;
};
constexpr area_column_sums area_sums(const table<area_budget_row, 9, 3>& t, std::size_t column) noexcept {
    area_column_sums out{};
    for (const auto& r : t) {
        const auto a = area_of(r.row);
        const auto v = r.amounts[column].value();
        if (!a || !v) continue;
        const auto i = static_cast<std::size_t>(*a);
        out.sum[i] += *v;
        out.has[i] = true;
    }
    return out;
}

// Each printed 前年比 is the half-up percentage FY2008 / FY2007 of its row's area, printed on the
// area's first row only (the 111% on row 1-1 is area 1's: rows 1-1 + 1-2 + 1-3).
constexpr bool area_ratios_match(const table<area_budget_row, 9, 3>& t) noexcept {
    const auto prev = t.years.index_of(fiscal_year{2007});
    const auto curr = t.years.index_of(fiscal_year{2008});
    if (!prev || !curr) return false;
    const area_column_sums from = area_sums(t, *prev);
    const area_column_sums to = area_sums(t, *curr);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const auto& r = t.rows[i];
        const auto area = area_of(r.row);
        if (!area) return false;
        const bool first_of_area = i == 0 || area_of(t.rows[i - 1].row) != area;
        if (!first_of_area) {
            if (!r.ratio_to_previous_year.is_blank()) return false;
            continue;
        }
        const auto a = static_cast<std::size_t>(*area);
        const auto printed = r.ratio_to_previous_year.value();
        if (!printed || !from.has[a] || !to.has[a]) return false;
        const auto q = ratio_of(to.sum[a], from.sum[a]);
        if (!q || round_half_up_percent(*q) != *printed) return false;
    }
    return true;
}

// The trend's 億円 figures for the years of 別紙3 §3 are the half-up roundings of its 合計, on both
// the 当初予算 and the 合計 lines.
constexpr bool trend_rounds_ministry_totals(const table<trend_row, 3, 5>& trend, year_columns<3> total_years,
                                            const fixed_array<thousand_yen, 3>& total) noexcept {
    for (std::size_t y = 0; y < total.size(); ++y) {
        const auto fy = total_years.at(y);
        const auto column = fy ? trend.years.index_of(*fy) : nothing;
        if (!column) return false;
        const oku_yen expected = round_half_up<oku_yen>(total[y]);
        for (const auto& line : trend) {
            if (line.line == trend_line::supplementary_budget) continue;
            if (line.amounts[*column].value() != expected) return false;
        }
    }
    return true;
}

// Where no 補正予算 figure is printed (blank or "-"), 合計 equals 当初予算.
constexpr bool trend_total_is_initial_without_supplement(const table<trend_row, 3, 5>& trend) noexcept {
    const trend_row* initial = nullptr;
    const trend_row* supplementary = nullptr;
    const trend_row* total = nullptr;
    for (const auto& line : trend) {
        if (line.line == trend_line::initial_budget) initial = &line;
        if (line.line == trend_line::supplementary_budget) supplementary = &line;
        if (line.line == trend_line::total) total = &line;
    }
    if (!initial || !supplementary || !total) return false;
    for (std::size_t y = 0; y < trend.years.size(); ++y) {
        if (supplementary->amounts[y].has_value()) continue;
        if (!initial->amounts[y].has_value() || initial->amounts[y] != total->amounts[y]) return false;
    }
    return true;
}

// 33,750百万円 is the half-up rounding of the FY2008 合計 of 別紙3 §3.
constexpr bool request_rounds_ministry_total(million_yen request, const fixed_array<thousand_yen, 3>& total) noexcept {
    return round_half_up<million_yen>(total[2]) == request;
}

}  // namespace detail

inline namespace release_2007_10_03 {

static_assert(detail::ministry_rows_in_order(budget_by_ministry),
              "nisc: budget_by_ministry: rows must list the 19 bodies once each in printed order");
static_assert(detail::ministry_amounts_sum_to_total(budget_by_ministry, budget_by_ministry_total.value),
              "nisc: budget_by_ministry: each year's amounts must sum to the printed total");
static_assert(detail::area_rows_in_order(budget_by_area),
              "nisc: budget_by_area: rows must list the nine printed rows once each in printed order");
static_assert(detail::area_rows_sum_to_total(budget_by_area, budget_by_ministry.years, budget_by_ministry_total.value),
              "nisc: budget_by_area: each year's rows must sum to the ministry total within their rounding");
static_assert(detail::area_ratios_match(budget_by_area),
              "nisc: budget_by_area: each printed ratio to the previous year must be its area's half-up percentage");
static_assert(detail::trend_rounds_ministry_totals(budget_trend, budget_by_ministry.years,
                                                   budget_by_ministry_total.value),
              "nisc: budget_trend: FY2006-FY2008 figures must be the half-up rounding of the ministry totals");
static_assert(detail::trend_total_is_initial_without_supplement(budget_trend),
              "nisc: budget_trend: the total must equal the initial budget where no supplementary budget is printed");
static_assert(detail::request_rounds_ministry_total(budget_request_total.value, budget_by_ministry_total.value),
              "nisc: budget_request_total: must be the half-up rounding of the FY2008 ministry total");

}  // namespace release_2007_10_03
}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_BUDGET_HPP
