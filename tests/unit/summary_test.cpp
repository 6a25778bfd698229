// Tests of <nisc/release_2007_10_03/summary.hpp>: 本文 §3 as printed and its checks.
#include <nisc/release_2007_10_03/summary.hpp>

#include <nisc_catch.hpp>

#include <cstddef>

using namespace nisc::literals;
using nisc::oku_figure;
using nisc::percent;
using nisc::policy_area;
using nisc::summary_heading;

TEST_CASE("budget_headline: 本文 §3(1) as printed", "[summary]") {
    constexpr auto h = nisc::budget_headline.value;
    STATIC_REQUIRE(h.request == 338_oku_yen);
    STATIC_REQUIRE(h.previous_initial == 300_oku_yen);
    STATIC_REQUIRE(h.increase == 38_oku_yen);
    STATIC_REQUIRE(h.increase_percent == percent{13});
    STATIC_REQUIRE(nisc::budget_headline.source.part == nisc::document_part::main_text);
    STATIC_REQUIRE(nisc::budget_headline.source.section == "§3(1)");
    // 13% holds on the printed figures only: the exact totals give 12.497%, i.e. 12%.
    STATIC_REQUIRE(nisc::round_half_up_percent(*nisc::growth_of(30'000'897_thousand_yen, 33'750'112_thousand_yen)) ==
                   percent{12});
}

TEST_CASE("budget_summary: 本文 §3(2) as printed, with its precision", "[summary]") {
    struct printed {
        const char* label;
        oku_figure fy2007, fy2008, increase;
        long long pct;
    };
    const printed expected[] = {
        {"電子政府の安全性", oku_figure::whole(190), oku_figure::whole(229), oku_figure::whole(39), 21},
        {"電子自治体の安全性", oku_figure::tenths(8), oku_figure::tenths(28), oku_figure::whole(2), 250},
        {"重要インフラ関係", oku_figure::tenths(46), oku_figure::tenths(51), oku_figure::tenths(5), 11},
        {"企業関係", oku_figure::whole(15), oku_figure::whole(16), oku_figure::whole(1), 8},
        {"個人関係", oku_figure::whole(15), oku_figure::whole(27), oku_figure::whole(12), 80},
    };
    STATIC_REQUIRE(nisc::budget_summary.size() == 5);
    STATIC_REQUIRE(nisc::budget_summary.years.first == 2007_fy);
    std::size_t i = 0;
    for (const auto& r : nisc::budget_summary) {
        INFO(expected[i].label);
        REQUIRE(nisc::name_ja(r.heading) == expected[i].label);
        REQUIRE(r.amounts[0] == expected[i].fy2007);
        REQUIRE(r.amounts[1] == expected[i].fy2008);
        REQUIRE(r.increase == expected[i].increase);
        REQUIRE(r.increase_percent == percent{expected[i].pct});
        ++i;
    }
}

TEST_CASE("summary headings cover their policy areas", "[summary]") {
    STATIC_REQUIRE(nisc::areas_of(summary_heading::e_government) ==
                   nisc::policy_area_set{policy_area::government_standards, policy_area::government_other});
    STATIC_REQUIRE(nisc::areas_of(summary_heading::e_local_government) ==
                   nisc::policy_area_set{policy_area::local_governments});
    STATIC_REQUIRE(nisc::areas_of(summary_heading::critical_infrastructure) ==
                   nisc::policy_area_set{policy_area::critical_infrastructure});
    STATIC_REQUIRE(nisc::areas_of(summary_heading::businesses) == nisc::policy_area_set{policy_area::businesses});
    STATIC_REQUIRE(nisc::areas_of(summary_heading::individuals) == nisc::policy_area_set{policy_area::individuals});
    STATIC_REQUIRE(nisc::areas_of(static_cast<summary_heading>(9)).empty());
    // Area 7 belongs to no heading.
    for (const auto h : nisc::values_of<summary_heading>) {
        REQUIRE_FALSE(nisc::areas_of(h).contains(policy_area::cross_cutting_foundations));
    }
    STATIC_REQUIRE(nisc::from_name<summary_heading>("企業関係") == summary_heading::businesses);
}

TEST_CASE("check: summary figures round their areas' sums", "[summary][check]") {
    STATIC_REQUIRE(nisc::detail::summary_rounds_area_sums(nisc::budget_summary, nisc::budget_by_area));
    // Each printed figure moved by one printed step fails.
    for (std::size_t i = 0; i < 5; ++i) {
        for (std::size_t y = 0; y < 2; ++y) {
            auto t = nisc::budget_summary;
            const auto f = t.rows[i].amounts[y];
            t.rows[i].amounts[y] = f.decimals() == 1 ? oku_figure::tenths(f.amount().count() + 1)
                                                     : oku_figure::whole(f.amount().count() / 10 + 1);
            INFO("heading " << i << " column " << y);
            REQUIRE_FALSE(nisc::detail::summary_rounds_area_sums(t, nisc::budget_by_area));
        }
    }
    // The precision is part of the figure: 76百万円 is 1億円 to whole 億円 but 0.8億円 to tenths,
    // so a whole 1 passes where 1.0 does not.
    auto whole = nisc::budget_summary;
    whole.rows[1].amounts[0] = oku_figure::whole(1);
    REQUIRE(nisc::detail::summary_rounds_area_sums(whole, nisc::budget_by_area));
    auto tenths = nisc::budget_summary;
    tenths.rows[1].amounts[0] = oku_figure::tenths(10);
    REQUIRE_FALSE(nisc::detail::summary_rounds_area_sums(tenths, nisc::budget_by_area));
    // A corrupted 別紙3 §2 breaks it from the other side.
    auto areas = nisc::budget_by_area;
    areas.rows[6].amounts[2] = nisc::million_yen{1'800};
    REQUIRE_FALSE(nisc::detail::summary_rounds_area_sums(nisc::budget_summary, areas));
}

TEST_CASE("check: summary increases are differences", "[summary][check]") {
    STATIC_REQUIRE(nisc::detail::summary_increases_are_differences(nisc::budget_summary));
    auto t = nisc::budget_summary;
    t.rows[0].increase = oku_figure::whole(40);
    REQUIRE_FALSE(nisc::detail::summary_increases_are_differences(t));
}

TEST_CASE("check: summary percentages, with the 企業関係 erratum", "[summary][check]") {
    STATIC_REQUIRE(nisc::detail::summary_percents_match(nisc::budget_summary, nisc::summary_percent_errata));
    // Without the erratum, the printed 8% is rejected.
    constexpr nisc::fixed_array<nisc::summary_percent_erratum, 1> unrelated{{
        {summary_heading::individuals, percent{8}, percent{7}, percent{11}, "x"},
    }};
    STATIC_REQUIRE_FALSE(nisc::detail::summary_percents_match(nisc::budget_summary, unrelated));
    // The erratum excuses 8% only: 9% printed for 企業関係 is rejected.
    auto nine = nisc::budget_summary;
    nine.rows[3].increase_percent = percent{9};
    REQUIRE_FALSE(nisc::detail::summary_percents_match(nine, nisc::summary_percent_errata));
    // Every other percentage moved by a point is rejected.
    for (std::size_t i : {0U, 1U, 2U, 4U}) {
        auto t = nisc::budget_summary;
        t.rows[i].increase_percent = percent{t.rows[i].increase_percent.value() + 1};
        INFO("heading " << i);
        REQUIRE_FALSE(nisc::detail::summary_percents_match(t, nisc::summary_percent_errata));
    }
}

TEST_CASE("check: the summary erratum states the arithmetic", "[summary][check]") {
    STATIC_REQUIRE(nisc::detail::summary_percent_errata_hold(nisc::summary_percent_errata, nisc::budget_summary,
                                                             nisc::budget_by_area));
    auto wrong_exact = nisc::summary_percent_errata;
    wrong_exact[0].on_exact_figures = percent{10};
    REQUIRE_FALSE(nisc::detail::summary_percent_errata_hold(wrong_exact, nisc::budget_summary, nisc::budget_by_area));
    auto wrong_printed = nisc::summary_percent_errata;
    wrong_printed[0].on_printed_figures = percent{8};
    REQUIRE_FALSE(nisc::detail::summary_percent_errata_hold(wrong_printed, nisc::budget_summary, nisc::budget_by_area));
    auto wrong_heading = nisc::summary_percent_errata;
    wrong_heading[0].heading = summary_heading::individuals;
    REQUIRE_FALSE(nisc::detail::summary_percent_errata_hold(wrong_heading, nisc::budget_summary, nisc::budget_by_area));
}

TEST_CASE("check: the headline", "[summary][check]") {
    const auto& total = nisc::budget_by_ministry_total.value;
    STATIC_REQUIRE(nisc::detail::headline_matches(nisc::budget_headline.value, total));
    auto h = nisc::budget_headline.value;
    h.increase_percent = percent{12};  // what the exact totals would give
    REQUIRE_FALSE(nisc::detail::headline_matches(h, total));
    auto r = nisc::budget_headline.value;
    r.request = 339_oku_yen;
    REQUIRE_FALSE(nisc::detail::headline_matches(r, total));
    auto p = nisc::budget_headline.value;
    p.previous_initial = 330_oku_yen;
    REQUIRE_FALSE(nisc::detail::headline_matches(p, total));
    auto i = nisc::budget_headline.value;
    i.increase = 42_oku_yen;
    REQUIRE_FALSE(nisc::detail::headline_matches(i, total));
}
