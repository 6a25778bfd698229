// Tests of <nisc/release_2007_10_03/budget.hpp>: the 別紙3 tables as printed, and each of their
// consistency checks rejecting a corrupted copy.
#include <nisc/release_2007_10_03/budget.hpp>

#include <nisc_catch.hpp>

#include <cstddef>
#include <cstdint>

using namespace nisc::literals;
using nisc::cell;
using nisc::million_yen;
using nisc::ministry;
using nisc::oku_yen;
using nisc::percent;
using nisc::policy_area_row;
using nisc::thousand_yen;

namespace {

// 別紙3 §3 as printed, typed here independently of the header: 千円, FY2006, FY2007, FY2008.
struct printed_ministry_row {
    const char* name_ja;
    std::int64_t fy2006, fy2007, fy2008;
};
constexpr printed_ministry_row printed_ministries[] = {
    {"内閣官房", 353'416, 867'606, 1'423'189},
    {"内閣法制局", 6'832, 7'743, 7'743},
    {"人事院", 21'105, 28'944, 26'562},
    {"内閣府", 166'702, 156'083, 155'461},
    {"宮内庁", 40'799, 24'923, 24'923},
    {"公正取引委員会", 30'619, 36'549, 34'700},
    {"警察庁", 1'244'333, 1'334'884, 1'473'636},
    {"防衛省", 12'796'446, 10'909'451, 10'292'493},
    {"金融庁", 152'580, 139'245, 135'577},
    {"総務省", 7'243'325, 5'941'070, 7'710'052},
    {"法務省", 148'776, 539'375, 706'444},
    {"外務省", 2'702'694, 2'959'286, 3'490'229},
    {"財務省", 917'640, 736'093, 1'287'318},
    {"文部科学省", 682'626, 654'880, 977'063},
    {"厚生労働省", 553'719, 65'426, 87'787},
    {"農林水産省", 273'561, 516'846, 225'144},
    {"経済産業省", 3'862'403, 4'441'758, 5'112'933},
    {"国土交通省", 597'142, 466'473, 483'031},
    {"環境省", 123'598, 174'262, 95'827},
};

// 別紙3 §2 as printed, 百万円; -1 stands for a blank cell, and for a blank 前年比.
struct printed_area_row {
    const char* code;
    std::int64_t fy2006, fy2007, fy2008, ratio;
};
constexpr printed_area_row printed_areas[] = {
    {"1-1", 20'715, 18'113, 19'156, 111}, {"1-2", -1, -1, 557, -1},     {"1-3", -1, -1, 386, -1},
    {"2", -1, 848, 2'767, 326},           {"3", -1, 76, 276, 363},      {"4", 1'725, 460, 505, 110},
    {"5", 3'553, 1'482, 1'639, 111},      {"6", 41, 1'521, 2'654, 174}, {"7", 5'884, 7'502, 5'809, 77},
};

constexpr bool matches(const cell<million_yen>& c, std::int64_t printed) {
    return printed < 0 ? c.is_blank() : c.value() == million_yen{printed};
}

}  // namespace

TEST_CASE("budget_by_ministry: every amount as printed in 別紙3 §3", "[budget]") {
    const auto& t = nisc::budget_by_ministry;
    STATIC_REQUIRE(t.size() == 19);
    STATIC_REQUIRE(t.years.first == 2006_fy);
    STATIC_REQUIRE(t.years.last() == 2008_fy);
    STATIC_REQUIRE(t.source.part == nisc::document_part::attachment_3);
    STATIC_REQUIRE(t.source.unit == nisc::printed_unit::yen_thousands);
    std::size_t i = 0;
    for (const auto& row : t) {
        const auto& p = printed_ministries[i];
        INFO("row " << i << ": " << p.name_ja);
        REQUIRE(nisc::name_ja(row.body) == p.name_ja);
        REQUIRE(row.amounts[0] == thousand_yen{p.fy2006});
        REQUIRE(row.amounts[1] == thousand_yen{p.fy2007});
        REQUIRE(row.amounts[2] == thousand_yen{p.fy2008});
        ++i;
    }
    REQUIRE(i == 19);
    STATIC_REQUIRE(nisc::budget_by_ministry_total.value[0] == 31'918'316_thousand_yen);
    STATIC_REQUIRE(nisc::budget_by_ministry_total.value[1] == 30'000'897_thousand_yen);
    STATIC_REQUIRE(nisc::budget_by_ministry_total.value[2] == 33'750'112_thousand_yen);
    STATIC_REQUIRE(nisc::budget_by_ministry_total.source.part == nisc::document_part::attachment_3);
}

TEST_CASE("budget_by_area: every cell as printed in 別紙3 §2, blanks kept blank", "[budget]") {
    const auto& t = nisc::budget_by_area;
    STATIC_REQUIRE(t.size() == 9);
    STATIC_REQUIRE(t.years.first == 2006_fy);
    STATIC_REQUIRE(t.source.unit == nisc::printed_unit::yen_millions);
    std::size_t i = 0;
    for (const auto& row : t) {
        const auto& p = printed_areas[i];
        INFO("row " << p.code);
        REQUIRE(nisc::code(row.row) == p.code);
        REQUIRE(matches(row.amounts[0], p.fy2006));
        REQUIRE(matches(row.amounts[1], p.fy2007));
        REQUIRE(matches(row.amounts[2], p.fy2008));
        if (p.ratio < 0) {
            REQUIRE(row.ratio_to_previous_year.is_blank());
        } else {
            REQUIRE(row.ratio_to_previous_year.value() == percent{p.ratio});
        }
        ++i;
    }
    REQUIRE(i == 9);
    // A blank is not zero.
    STATIC_REQUIRE(nisc::budget_by_area.rows[1].amounts[0].is_blank());
    STATIC_REQUIRE(nisc::budget_by_area.rows[1].amounts[0] != cell<million_yen>{million_yen{0}});
}

TEST_CASE("budget_trend and budget_request_total: 別紙3 §1 as printed", "[budget]") {
    using nisc::trend_line;
    const auto& t = nisc::budget_trend;
    STATIC_REQUIRE(t.years.first == 2004_fy);
    STATIC_REQUIRE(t.years.last() == 2008_fy);
    STATIC_REQUIRE(t.source.unit == nisc::printed_unit::yen_oku);
    constexpr std::int64_t printed[] = {267, 288, 319, 300, 338};
    for (std::size_t y = 0; y < 5; ++y) {
        REQUIRE(t.rows[0].amounts[y].value() == oku_yen{printed[y]});
        REQUIRE(t.rows[2].amounts[y].value() == oku_yen{printed[y]});
    }
    STATIC_REQUIRE(t.rows[0].line == trend_line::initial_budget);
    STATIC_REQUIRE(t.rows[1].line == trend_line::supplementary_budget);
    STATIC_REQUIRE(t.rows[2].line == trend_line::total);
    // 補正予算: blank for FY2004-05, "-" for FY2006-08; neither is a figure.
    STATIC_REQUIRE(t.rows[1].amounts[0].is_blank());
    STATIC_REQUIRE(t.rows[1].amounts[1].is_blank());
    STATIC_REQUIRE(t.rows[1].amounts[2].is_dash());
    STATIC_REQUIRE(t.rows[1].amounts[3].is_dash());
    STATIC_REQUIRE(t.rows[1].amounts[4].is_dash());
    STATIC_REQUIRE_FALSE(t.rows[1].amounts[4].value().has_value());
    STATIC_REQUIRE(nisc::name_ja(trend_line::supplementary_budget) == "補正予算");

    STATIC_REQUIRE(nisc::budget_request_total.value == 33'750_million_yen);
    STATIC_REQUIRE(nisc::budget_request_total.source.part == nisc::document_part::attachment_3);
    STATIC_REQUIRE(nisc::budget_request_total.source.unit == nisc::printed_unit::yen_millions);
}

TEST_CASE("basis_of: initial budgets FY2004-FY2007, the request FY2008", "[budget]") {
    using nisc::budget_basis;
    STATIC_REQUIRE(nisc::basis_of(2004_fy) == budget_basis::initial_budget);
    STATIC_REQUIRE(nisc::basis_of(2007_fy) == budget_basis::initial_budget);
    STATIC_REQUIRE(nisc::basis_of(2008_fy) == budget_basis::budget_request);
    STATIC_REQUIRE_FALSE(nisc::basis_of(2003_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::basis_of(2009_fy).has_value());
    STATIC_REQUIRE(nisc::name_ja(budget_basis::initial_budget) == "当初予算");
    STATIC_REQUIRE(nisc::name_ja(budget_basis::budget_request) == "概算要求");
}

// --- Each check accepts the real tables and rejects a corrupted copy -------------------------

TEST_CASE("check: ministry rows in printed order", "[budget][check]") {
    STATIC_REQUIRE(nisc::detail::ministry_rows_in_order(nisc::budget_by_ministry));
    constexpr auto swapped = [] {
        auto t = nisc::budget_by_ministry;
        const auto first = t.rows[0];
        t.rows[0] = t.rows[1];
        t.rows[1] = first;
        return t;
    }();
    STATIC_REQUIRE_FALSE(nisc::detail::ministry_rows_in_order(swapped));
    constexpr auto duplicated = [] {
        auto t = nisc::budget_by_ministry;
        t.rows[18].body = ministry::defense;
        return t;
    }();
    STATIC_REQUIRE_FALSE(nisc::detail::ministry_rows_in_order(duplicated));
}

TEST_CASE("check: ministry amounts sum to the printed total", "[budget][check]") {
    STATIC_REQUIRE(
        nisc::detail::ministry_amounts_sum_to_total(nisc::budget_by_ministry, nisc::budget_by_ministry_total.value));
    // One thousand yen more for one body in one year breaks it, in every year.
    for (std::size_t y = 0; y < 3; ++y) {
        auto t = nisc::budget_by_ministry;
        t.rows[5].amounts[y] += thousand_yen{1};
        REQUIRE_FALSE(nisc::detail::ministry_amounts_sum_to_total(t, nisc::budget_by_ministry_total.value));
    }
    auto total = nisc::budget_by_ministry_total.value;
    total[2] = thousand_yen{33'750'113};
    REQUIRE_FALSE(nisc::detail::ministry_amounts_sum_to_total(nisc::budget_by_ministry, total));
}

TEST_CASE("check: area rows in printed order", "[budget][check]") {
    STATIC_REQUIRE(nisc::detail::area_rows_in_order(nisc::budget_by_area));
    constexpr auto t = [] {
        auto c = nisc::budget_by_area;
        c.rows[3].row = policy_area_row::local_governments;
        return c;
    }();
    STATIC_REQUIRE_FALSE(nisc::detail::area_rows_in_order(t));
}

TEST_CASE("check: area rows sum to the ministry total within their rounding", "[budget][check]") {
    const auto& years = nisc::budget_by_ministry.years;
    const auto& total = nisc::budget_by_ministry_total.value;
    STATIC_REQUIRE(nisc::detail::area_rows_sum_to_total(nisc::budget_by_area, years, total));
    // FY2006's smallest row, 41 (個人), changed by about 10% in either direction.
    for (const std::int64_t v : {37, 45}) {
        auto t = nisc::budget_by_area;
        t.rows[7].amounts[0] = million_yen{v};
        REQUIRE_FALSE(nisc::detail::area_rows_sum_to_total(t, years, total));
    }
    // Five printed rows in FY2006 allow 2,500千円 of rounding: 2百万円 more is still within it,
    // 3百万円 more is not.
    auto within = nisc::budget_by_area;
    within.rows[8].amounts[0] = million_yen{5'884 + 2};
    REQUIRE(nisc::detail::area_rows_sum_to_total(within, years, total));
    auto beyond = nisc::budget_by_area;
    beyond.rows[8].amounts[0] = million_yen{5'884 + 3};
    REQUIRE_FALSE(nisc::detail::area_rows_sum_to_total(beyond, years, total));
    // A blank where a figure was printed changes the sum too.
    auto blanked = nisc::budget_by_area;
    blanked.rows[2].amounts[2] = nisc::blank;
    REQUIRE_FALSE(nisc::detail::area_rows_sum_to_total(blanked, years, total));
}

TEST_CASE("check: printed ratios to the previous year", "[budget][check]") {
    STATIC_REQUIRE(nisc::detail::area_ratios_match(nisc::budget_by_area));
    // Each printed ratio moved by one point fails.
    for (std::size_t i : {0U, 3U, 4U, 5U, 6U, 7U, 8U}) {
        auto t = nisc::budget_by_area;
        t.rows[i].ratio_to_previous_year = percent{t.rows[i].ratio_to_previous_year.value()->value() + 1};
        INFO("row " << i);
        REQUIRE_FALSE(nisc::detail::area_ratios_match(t));
    }
    // 111% is area 1's ratio, not row 1-1's alone (106%): dropping rows 1-2 and 1-3 breaks it.
    auto row_only = nisc::budget_by_area;
    row_only.rows[1].amounts[2] = nisc::blank;
    row_only.rows[2].amounts[2] = nisc::blank;
    REQUIRE_FALSE(nisc::detail::area_ratios_match(row_only));
    // A ratio printed on a later row of area 1 is not allowed.
    auto misplaced = nisc::budget_by_area;
    misplaced.rows[1].ratio_to_previous_year = percent{111};
    REQUIRE_FALSE(nisc::detail::area_ratios_match(misplaced));
    // A missing ratio is not allowed either.
    auto missing = nisc::budget_by_area;
    missing.rows[8].ratio_to_previous_year = nisc::blank;
    REQUIRE_FALSE(nisc::detail::area_ratios_match(missing));
    // Changing an FY2008 amount by about 10% moves its ratio.
    auto changed = nisc::budget_by_area;
    changed.rows[5].amounts[2] = million_yen{556};
    REQUIRE_FALSE(nisc::detail::area_ratios_match(changed));
}

TEST_CASE("check: the trend rounds the ministry totals", "[budget][check]") {
    const auto& years = nisc::budget_by_ministry.years;
    const auto& total = nisc::budget_by_ministry_total.value;
    STATIC_REQUIRE(nisc::detail::trend_rounds_ministry_totals(nisc::budget_trend, years, total));
    for (std::size_t y = 2; y < 5; ++y) {
        for (std::size_t line : {0U, 2U}) {
            auto t = nisc::budget_trend;
            t.rows[line].amounts[y] = oku_yen{t.rows[line].amounts[y].value()->count() + 1};
            INFO("line " << line << " year column " << y);
            REQUIRE_FALSE(nisc::detail::trend_rounds_ministry_totals(t, years, total));
        }
    }
    // FY2004 and FY2005 take part in no relation: changing them keeps this check true.
    auto early = nisc::budget_trend;
    early.rows[0].amounts[0] = oku_yen{294};
    early.rows[2].amounts[0] = oku_yen{294};
    REQUIRE(nisc::detail::trend_rounds_ministry_totals(early, years, total));
}

TEST_CASE("check: the trend total equals the initial budget without a supplementary one", "[budget][check]") {
    STATIC_REQUIRE(nisc::detail::trend_total_is_initial_without_supplement(nisc::budget_trend));
    auto t = nisc::budget_trend;
    t.rows[2].amounts[0] = oku_yen{268};
    REQUIRE_FALSE(nisc::detail::trend_total_is_initial_without_supplement(t));
    auto blank_total = nisc::budget_trend;
    blank_total.rows[2].amounts[1] = nisc::blank;
    REQUIRE_FALSE(nisc::detail::trend_total_is_initial_without_supplement(blank_total));
    // With a supplementary figure printed, the total may differ from the initial budget.
    auto supplemented = nisc::budget_trend;
    supplemented.rows[1].amounts[0] = oku_yen{10};
    supplemented.rows[2].amounts[0] = oku_yen{277};
    REQUIRE(nisc::detail::trend_total_is_initial_without_supplement(supplemented));
}

TEST_CASE("check: the request in 百万円 rounds the FY2008 total", "[budget][check]") {
    const auto& total = nisc::budget_by_ministry_total.value;
    STATIC_REQUIRE(nisc::detail::request_rounds_ministry_total(33'750_million_yen, total));
    STATIC_REQUIRE_FALSE(nisc::detail::request_rounds_ministry_total(33'751_million_yen, total));
    STATIC_REQUIRE_FALSE(nisc::detail::request_rounds_ministry_total(30'375_million_yen, total));
}
