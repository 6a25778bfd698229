// Tests of <nisc/release_2007_10_03/evaluation.hpp>: the evaluation work policy of 本文 §5(2) and 別紙6.
#include <nisc/release_2007_10_03/evaluation.hpp>

#include <nisc_catch.hpp>

#include <cstddef>

using nisc::date;
using nisc::fiscal_year;

TEST_CASE("evaluation: as printed", "[evaluation]") {
    constexpr const char* contents[] = {"評価指標の項目及び関係府省庁", "補完調査の項目及び関係府省庁",
                                        "分析課題及び分析方法", "評価等の実施に係るスケジュール"};
    const auto& c = nisc::evaluation_work_policy_contents.value;
    STATIC_REQUIRE(c.size() == 4);
    for (std::size_t i = 0; i < c.size(); ++i) REQUIRE(c[i].ja == contents[i]);
    STATIC_REQUIRE(nisc::evaluation_work_policy_contents.source.part == nisc::document_part::attachment_6);

    STATIC_REQUIRE(nisc::evaluation_progress_surveys.value[0] == date::in_month(2007, 9));
    STATIC_REQUIRE(nisc::evaluation_progress_surveys.value[1] == date::about(2008, 2));
    STATIC_REQUIRE(nisc::parse_date("2008年2月頃") == nisc::evaluation_progress_surveys.value[1]);
    STATIC_REQUIRE(nisc::evaluation_progress_survey_count.value == 2);
    STATIC_REQUIRE(nisc::evaluation_progress_survey_count.source.unit == nisc::printed_unit::times);

    constexpr auto cycle = nisc::evaluation_cycle.value;
    STATIC_REQUIRE(cycle.policy_drawn_up == date::every_year_about(9));
    STATIC_REQUIRE(nisc::parse_date("毎年概ね9月頃") == cycle.policy_drawn_up);
    STATIC_REQUIRE(cycle.work_until == date::every_year_about(3));
    STATIC_REQUIRE(cycle.work_ends_next_year);

    STATIC_REQUIRE(nisc::evaluation_framework.when == date::on(2007, 2, 2));
    STATIC_REQUIRE(nisc::evaluation_framework.source.part == nisc::document_part::attachment_6);

    const auto& f = nisc::evaluation_feeds.value;
    STATIC_REQUIRE(f[0].name.ja == "セキュア・ジャパン2008(仮称)");
    STATIC_REQUIRE(f[0].from == nisc::nothing);
    STATIC_REQUIRE(f[1].name.ja == "第2次情報セキュリティ基本計画(仮称)");
    STATIC_REQUIRE(f[1].from == date::in_fiscal_year(fiscal_year{2009}));
    STATIC_REQUIRE(nisc::parse_date("平成21年度") == *f[1].from);
    STATIC_REQUIRE(nisc::evaluation_feeds.source.part == nisc::document_part::main_text);
}

TEST_CASE("evaluation checks: two surveys, in order, within FY2007", "[evaluation][checks]") {
    using nisc::detail::evaluation_surveys_in_year;
    const auto& s = nisc::evaluation_progress_surveys.value;
    STATIC_REQUIRE(evaluation_surveys_in_year(s, 2, fiscal_year{2007}));
    STATIC_REQUIRE_FALSE(evaluation_surveys_in_year(s, 3, fiscal_year{2007}));
    STATIC_REQUIRE_FALSE(evaluation_surveys_in_year(s, 2, fiscal_year{2008}));
    constexpr nisc::fixed_array<date, 2> reversed{{date::about(2008, 2), date::in_month(2007, 9)}};
    STATIC_REQUIRE_FALSE(evaluation_surveys_in_year(reversed, 2, fiscal_year{2007}));
    constexpr nisc::fixed_array<date, 2> april{{date::in_month(2007, 9), date::about(2008, 4)}};
    STATIC_REQUIRE_FALSE(evaluation_surveys_in_year(april, 2, fiscal_year{2007}));
}

TEST_CASE("evaluation checks: the cycle stays within a fiscal year", "[evaluation][checks]") {
    using nisc::detail::evaluation_cycle_holds;
    constexpr auto cycle = nisc::evaluation_cycle.value;
    const auto& feeds = nisc::evaluation_feeds.value;
    constexpr auto release = date::on(2007, 10, 3);
    STATIC_REQUIRE(evaluation_cycle_holds(cycle, nisc::evaluation_framework, feeds, release));
    constexpr auto until_may = [] {  // September to May would cross 1 April
        auto c = nisc::evaluation_cycle.value;
        c.work_until = date::every_year_about(5);
        return c;
    }();
    STATIC_REQUIRE_FALSE(evaluation_cycle_holds(until_may, nisc::evaluation_framework, feeds, release));
    constexpr auto dated = [] {
        auto c = nisc::evaluation_cycle.value;
        c.policy_drawn_up = date::about(2007, 9);
        return c;
    }();
    STATIC_REQUIRE_FALSE(evaluation_cycle_holds(dated, nisc::evaluation_framework, feeds, release));
    constexpr auto late_framework = [] {
        auto e = nisc::evaluation_framework;
        e.when = date::on(2008, 2, 2);
        return e;
    }();
    STATIC_REQUIRE_FALSE(evaluation_cycle_holds(cycle, late_framework, feeds, release));
    constexpr auto past_plan = [] {
        auto f = nisc::evaluation_feeds.value;
        f[1].from = date::in_fiscal_year(fiscal_year{2006});
        return f;
    }();
    STATIC_REQUIRE_FALSE(evaluation_cycle_holds(cycle, nisc::evaluation_framework, past_plan, release));
}
