// Tests of <nisc/release_2007_10_03/inspections.hpp>: the priority inspections and the plans for the
// December 2007 council, and their check rejecting corrupted copies.
#include <nisc/release_2007_10_03/inspections.hpp>

#include <nisc_catch.hpp>

using nisc::date;
using nisc::document_part;

TEST_CASE("inspections: as printed", "[inspections]") {
    const auto& i = nisc::priority_inspections.value;
    STATIC_REQUIRE(i.size() == 3);
    STATIC_REQUIRE(i[0].target.ja == "端末");
    STATIC_REQUIRE(i[0].completed);
    STATIC_REQUIRE(i[0].started == nisc::nothing);
    STATIC_REQUIRE(i[1].target.ja == "ウェブサーバ");
    STATIC_REQUIRE(i[1].completed);
    STATIC_REQUIRE(i[2].target.ja == "メールサーバ");
    STATIC_REQUIRE_FALSE(i[2].completed);
    STATIC_REQUIRE(i[2].started == date::early_in(2007, 9));
    STATIC_REQUIRE(nisc::parse_date("平成19年9月上旬") == *i[2].started);
    STATIC_REQUIRE(nisc::priority_inspections.source.part == document_part::attachment_2);
    STATIC_REQUIRE(nisc::mail_server_inspection_start_in_main_text.value == date::in_month(2007, 9));
    STATIC_REQUIRE(nisc::mail_server_inspection_start_in_main_text.source.part == document_part::main_text);
    STATIC_REQUIRE(nisc::inspection_report_plan.when == date::in_month(2007, 12));
    STATIC_REQUIRE(nisc::inspection_report_plan.source.section == "§2(2)");
    STATIC_REQUIRE(nisc::dns_standards_revision_plan.when == date::in_month(2007, 12));
    STATIC_REQUIRE(nisc::dns_standards_revision_plan.source.section == "§2(3)");
}

TEST_CASE("inspections checks: the start lies in 本文's month, before the meeting; plans after it",
          "[inspections][checks]") {
    using nisc::detail::inspections_consistent;
    constexpr date meeting = date::on(2007, 10, 3);
    const auto& i = nisc::priority_inspections.value;
    const auto& report = nisc::inspection_report_plan;
    const auto& dns = nisc::dns_standards_revision_plan;
    STATIC_REQUIRE(inspections_consistent(i, date::in_month(2007, 9), meeting, report, dns));
    // 本文 printing another month than 別紙2's early September.
    STATIC_REQUIRE_FALSE(inspections_consistent(i, date::in_month(2007, 8), meeting, report, dns));
    constexpr auto late_start = [] {
        auto c = nisc::priority_inspections.value;
        c[2].started = date::late_in(2007, 9);
        return c;
    }();
    STATIC_REQUIRE(inspections_consistent(late_start, date::in_month(2007, 9), meeting, report, dns));
    STATIC_REQUIRE_FALSE(
        inspections_consistent(late_start, date::in_month(2007, 9), date::on(2007, 9, 25), report, dns));
    constexpr auto done_with_start = [] {
        auto c = nisc::priority_inspections.value;
        c[0].started = date::in_month(2007, 5);
        return c;
    }();
    STATIC_REQUIRE_FALSE(inspections_consistent(done_with_start, date::in_month(2007, 9), meeting, report, dns));
    constexpr auto none_under_way = [] {
        auto c = nisc::priority_inspections.value;
        c[2].completed = true;
        c[2].started = nisc::nothing;
        return c;
    }();
    STATIC_REQUIRE_FALSE(inspections_consistent(none_under_way, date::in_month(2007, 9), meeting, report, dns));
    constexpr auto report_in_september = [] {
        auto e = nisc::inspection_report_plan;
        e.when = date::in_month(2007, 9);
        return e;
    }();
    STATIC_REQUIRE_FALSE(inspections_consistent(i, date::in_month(2007, 9), meeting, report_in_september, dns));
    constexpr auto dns_in_october = [] {
        auto e = nisc::dns_standards_revision_plan;
        e.when = date::in_month(2007, 10);
        return e;
    }();
    STATIC_REQUIRE_FALSE(inspections_consistent(i, date::in_month(2007, 9), meeting, report, dns_in_october));
}
