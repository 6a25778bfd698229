// Tests of <nisc/release_2007_10_03/queries.hpp>: typed questions, and typed "no" for bad input.
#include <nisc/release_2007_10_03/queries.hpp>

#include <nisc_catch.hpp>

#include <cstddef>
#include <optional>
#include <ranges>

using namespace nisc::literals;
using nisc::million_yen;
using nisc::ministry;
using nisc::percent;
using nisc::policy_area;
using nisc::policy_area_row;
using nisc::thousand_yen;

TEST_CASE("budget_of(ministry, year)", "[queries]") {
    STATIC_REQUIRE(nisc::budget_of(ministry::defense, 2008_fy) == 10'292'493_thousand_yen);
    STATIC_REQUIRE(nisc::budget_of(ministry::cabinet_secretariat, 2006_fy) == 353'416_thousand_yen);
    STATIC_REQUIRE(nisc::budget_of(ministry::environment, 2007_fy) == 174'262_thousand_yen);
    // Every body and year answers with the table's own figure.
    for (const auto& row : nisc::budget_by_ministry) {
        for (std::size_t y = 0; y < 3; ++y) {
            REQUIRE(nisc::budget_of(row.body, *nisc::budget_by_ministry.years.at(y)) == row.amounts[y]);
        }
    }
    // Bad input: a year outside the table, a value outside the enumeration.
    STATIC_REQUIRE_FALSE(nisc::budget_of(ministry::defense, 2005_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(ministry::defense, 2009_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(ministry::defense, nisc::fiscal_year{}).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(static_cast<ministry>(19), 2008_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(static_cast<ministry>(255), 2008_fy).has_value());
    // The answer converts to std::optional.
    const std::optional<thousand_yen> o = nisc::budget_of(ministry::justice, 2007_fy);
    REQUIRE(o == 539'375_thousand_yen);
}

TEST_CASE("total_budget(year)", "[queries]") {
    STATIC_REQUIRE(nisc::total_budget(2006_fy) == 31'918'316_thousand_yen);
    STATIC_REQUIRE(nisc::total_budget(2007_fy) == 30'000'897_thousand_yen);
    STATIC_REQUIRE(nisc::total_budget(2008_fy) == 33'750'112_thousand_yen);
    STATIC_REQUIRE_FALSE(nisc::total_budget(2004_fy).has_value());
}

TEST_CASE("budget_of(policy_area_row / policy_area, year) and cell_of", "[queries]") {
    STATIC_REQUIRE(nisc::budget_of(policy_area_row::government_systems, 2006_fy) == 20'715_million_yen);
    STATIC_REQUIRE(nisc::budget_of(policy_area_row::cross_cutting_foundations, 2008_fy) == 5'809_million_yen);
    // A blank cell is no amount, and cell_of tells it apart from a year outside the table.
    STATIC_REQUIRE_FALSE(nisc::budget_of(policy_area_row::government_organisation, 2007_fy).has_value());
    STATIC_REQUIRE(nisc::cell_of(policy_area_row::government_organisation, 2007_fy)->is_blank());
    STATIC_REQUIRE_FALSE(nisc::cell_of(policy_area_row::government_organisation, 2005_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::cell_of(static_cast<policy_area_row>(9), 2007_fy).has_value());
    // Areas sum their printed rows; an area with only blanks has no amount.
    STATIC_REQUIRE(nisc::budget_of(policy_area::government_standards, 2008_fy) == 20'099_million_yen);
    STATIC_REQUIRE(nisc::budget_of(policy_area::government_standards, 2007_fy) == 18'113_million_yen);
    STATIC_REQUIRE(nisc::budget_of(policy_area::individuals, 2006_fy) == 41_million_yen);
    STATIC_REQUIRE_FALSE(nisc::budget_of(policy_area::government_other, 2006_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(policy_area::local_governments, 2006_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(static_cast<policy_area>(7), 2008_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(policy_area::businesses, 2009_fy).has_value());
}

TEST_CASE("budget_of(summary_heading / trend_line, year)", "[queries]") {
    using nisc::oku_figure;
    using nisc::summary_heading;
    using nisc::trend_line;
    STATIC_REQUIRE(nisc::budget_of(summary_heading::e_local_government, 2007_fy) == oku_figure::tenths(8));
    STATIC_REQUIRE(nisc::budget_of(summary_heading::individuals, 2008_fy) == oku_figure::whole(27));
    STATIC_REQUIRE_FALSE(nisc::budget_of(summary_heading::individuals, 2006_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(static_cast<summary_heading>(5), 2008_fy).has_value());
    STATIC_REQUIRE(nisc::budget_of(trend_line::total, 2004_fy) == 267_oku_yen);
    STATIC_REQUIRE(nisc::budget_of(trend_line::initial_budget, 2005_fy) == 288_oku_yen);
    STATIC_REQUIRE_FALSE(nisc::budget_of(trend_line::supplementary_budget, 2008_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(trend_line::total, 2003_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::budget_of(static_cast<trend_line>(3), 2005_fy).has_value());
}

TEST_CASE("printed_ratio_to_previous_year(area)", "[queries]") {
    STATIC_REQUIRE(nisc::printed_ratio_to_previous_year(policy_area::government_standards) == percent{111});
    STATIC_REQUIRE(nisc::printed_ratio_to_previous_year(policy_area::individuals) == percent{174});
    STATIC_REQUIRE(nisc::printed_ratio_to_previous_year(policy_area::cross_cutting_foundations) == percent{77});
    STATIC_REQUIRE_FALSE(nisc::printed_ratio_to_previous_year(static_cast<policy_area>(200)).has_value());
}

TEST_CASE("change_of and growth_of between two years", "[queries]") {
    STATIC_REQUIRE(nisc::change_of(ministry::justice, 2006_fy, 2007_fy) == 390'599_thousand_yen);
    STATIC_REQUIRE(nisc::change_of(ministry::defense, 2007_fy, 2008_fy) == thousand_yen{-616'958});
    STATIC_REQUIRE(nisc::change_of(policy_area::individuals, 2007_fy, 2008_fy) == 1'133_million_yen);
    STATIC_REQUIRE_FALSE(nisc::change_of(ministry::justice, 2005_fy, 2007_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::change_of(policy_area::government_other, 2006_fy, 2007_fy).has_value());

    constexpr auto g = nisc::growth_of(ministry::cabinet_secretariat, 2007_fy, 2008_fy);
    STATIC_REQUIRE(g->numerator() * 867'606 == 555'583 * g->denominator());
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::growth_of(policy_area::individuals, 2007_fy, 2008_fy)) ==
                   percent{74});
    STATIC_REQUIRE_FALSE(nisc::growth_of(ministry::defense, 2008_fy, 2010_fy).has_value());
}

TEST_CASE("share_of a year's total", "[queries]") {
    constexpr auto s = nisc::share_of(ministry::defense, 2008_fy);
    STATIC_REQUIRE(*s == *nisc::make_ratio(10'292'493, 33'750'112));
    STATIC_REQUIRE(nisc::round_half_up_percent(*s) == percent{30});
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::share_of(policy_area::cross_cutting_foundations, 2008_fy)) ==
                   percent{17});
    STATIC_REQUIRE(*nisc::share_of(policy_area::individuals, 2006_fy) == *nisc::make_ratio(41, 31'918));
    STATIC_REQUIRE_FALSE(nisc::share_of(ministry::defense, 2009_fy).has_value());
    STATIC_REQUIRE_FALSE(nisc::share_of(policy_area::government_other, 2006_fy).has_value());
    // The shares of all bodies add up to one.
    long double sum = 0;
    for (const auto m : nisc::values_of<ministry>) {
        const auto r = nisc::share_of(m, 2007_fy);
        sum += static_cast<long double>(r->numerator()) / static_cast<long double>(r->denominator());
    }
    REQUIRE(sum > 0.999999L);
    REQUIRE(sum < 1.000001L);
}

TEST_CASE("ranked_by_budget", "[queries]") {
    constexpr auto r = nisc::ranked_by_budget(2008_fy);
    STATIC_REQUIRE(r->size() == 19);
    STATIC_REQUIRE((*r)[0] == ministry::defense);
    STATIC_REQUIRE((*r)[1] == ministry::internal_affairs);
    STATIC_REQUIRE((*r)[2] == ministry::economy_trade_industry);
    STATIC_REQUIRE((*r)[18] == ministry::cabinet_legislation_bureau);
    // Non-increasing amounts, every body once.
    for (const auto fy : {2006_fy, 2007_fy, 2008_fy}) {
        const auto order = *nisc::ranked_by_budget(fy);
        for (std::size_t i = 1; i < order.size(); ++i) {
            REQUIRE(*nisc::budget_of(order[i - 1], fy) >= *nisc::budget_of(order[i], fy));
        }
        for (const auto m : nisc::values_of<ministry>) {
            REQUIRE(std::ranges::count(order, m) == 1);
        }
    }
    // 宮内庁 and 内閣法制局 repeat an amount across years, not within one; ties keep printed order
    // is covered by the stable sort over rows in printed order.
    STATIC_REQUIRE_FALSE(nisc::ranked_by_budget(2005_fy).has_value());
}

TEST_CASE("tables work with range-for and <ranges>", "[queries]") {
    // clang 14 cannot compile libstdc++ 12's range adaptors at all (even over std::vector), so the
    // adaptor part is left to the other toolchains; the range algorithms below run everywhere.
#if !(defined(__clang__) && __clang_major__ < 15 && defined(__GLIBCXX__))
    auto over_a_billion = nisc::budget_by_ministry |
                          std::views::filter([](const auto& row) { return row.amounts[2] > 1'000'000_thousand_yen; });
    std::size_t n = 0;
    for (const auto& row : over_a_billion) {
        REQUIRE(row.amounts[2] > 1'000'000_thousand_yen);
        ++n;
    }
    REQUIRE(n == 7);  // 内閣官房, 警察庁, 防衛省, 総務省, 外務省, 財務省, 経済産業省
#endif
    STATIC_REQUIRE(std::ranges::contiguous_range<decltype(nisc::budget_by_ministry)>);
    // The literal stays outside the generic lambda: clang 14 fails to evaluate a consteval
    // literal operator inside one (an undefined reference at link time).
    constexpr auto billion = 1'000'000_thousand_yen;
    REQUIRE(std::ranges::count_if(nisc::budget_by_ministry,
                                  [billion](const auto& row) { return row.amounts[2] > billion; }) == 7);
    REQUIRE(std::ranges::distance(nisc::budget_by_area) == 9);
    REQUIRE(std::ranges::find(nisc::values_of<ministry>, ministry::finance) != nisc::values_of<ministry>.end());
}
