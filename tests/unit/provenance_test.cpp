// Every table and figure of the release answers "where does this come from?": its part of the
// release, its section and its printed unit. This test walks the core (budget) data and the rest
// of the release through one function, as an exporter citing its sources would.
#include <nisc/nisc.hpp>

#include <nisc_catch.hpp>

#include <string_view>

using nisc::document_part;
using nisc::printed_unit;
using nisc::source_ref;

namespace {
constexpr bool cites(const source_ref& s, document_part part, printed_unit unit) {
    return s.part == part && s.unit == unit && !s.section.empty() && nisc::index_of(s.part).has_value() &&
           nisc::index_of(s.unit).has_value();
}
}  // namespace

TEST_CASE("provenance: the budget figures of the core issue", "[provenance]") {
    STATIC_REQUIRE(cites(nisc::budget_request_total.source, document_part::attachment_3, printed_unit::yen_millions));
    STATIC_REQUIRE(cites(nisc::budget_trend.source, document_part::attachment_3, printed_unit::yen_oku));
    STATIC_REQUIRE(cites(nisc::budget_by_area.source, document_part::attachment_3, printed_unit::yen_millions));
    STATIC_REQUIRE(cites(nisc::budget_by_ministry.source, document_part::attachment_3, printed_unit::yen_thousands));
    STATIC_REQUIRE(
        cites(nisc::budget_by_ministry_total.source, document_part::attachment_3, printed_unit::yen_thousands));
    STATIC_REQUIRE(cites(nisc::budget_headline.source, document_part::main_text, printed_unit::yen_oku));
    STATIC_REQUIRE(cites(nisc::budget_summary.source, document_part::main_text, printed_unit::yen_oku));
    STATIC_REQUIRE(nisc::budget_by_ministry.source.section == "§3 府省庁別予算額");
    STATIC_REQUIRE(nisc::budget_summary.source.section == "§3(2) 施策の内訳");
    const std::string_view part = nisc::name_ja(nisc::budget_by_area.source.part);
    const std::string_view unit = nisc::name_ja(nisc::budget_by_area.source.unit);
    REQUIRE(part == "別紙3");
    REQUIRE(unit == "百万円");
}

TEST_CASE("provenance: the rest of the release", "[provenance]") {
    STATIC_REQUIRE(cites(nisc::release_date.source, document_part::main_text, printed_unit::none));
    STATIC_REQUIRE(cites(nisc::policy_council_meeting.source, document_part::main_text, printed_unit::times));
    STATIC_REQUIRE(cites(nisc::policy_council_establishment.source, document_part::main_text, printed_unit::none));
    STATIC_REQUIRE(cites(nisc::agenda.source, document_part::main_text, printed_unit::items));
    STATIC_REQUIRE(cites(nisc::international_directions.source, document_part::attachment_1, printed_unit::items));
    STATIC_REQUIRE(cites(nisc::international_steps.source, document_part::attachment_1, printed_unit::none));
    STATIC_REQUIRE(cites(nisc::jre_findings.source, document_part::attachment_2, printed_unit::none));
    STATIC_REQUIRE(cites(nisc::jre_systems_needing_update.source, document_part::attachment_2, printed_unit::systems));
    STATIC_REQUIRE(cites(nisc::jre_bodies_heard.source, document_part::main_text, printed_unit::bodies));
    STATIC_REQUIRE(cites(nisc::priority_inspections.source, document_part::attachment_2, printed_unit::items));
    STATIC_REQUIRE(
        cites(nisc::critical_infrastructure_sector_count.source, document_part::main_text, printed_unit::sectors));
    STATIC_REQUIRE(cites(nisc::security_day_awards_plan.source, document_part::attachment_4, printed_unit::none));
    STATIC_REQUIRE(cites(nisc::secure_japan_2007_progress.source, document_part::main_text, printed_unit::measures));
    STATIC_REQUIRE(cites(nisc::secure_japan_2007_progress_in_attachment.source, document_part::attachment_5,
                         printed_unit::measures));
    STATIC_REQUIRE(
        cites(nisc::evaluation_progress_survey_count.source, document_part::attachment_6, printed_unit::times));
    STATIC_REQUIRE(cites(nisc::glossary.source, document_part::main_text, printed_unit::none));
    for (const auto& e : nisc::errata) REQUIRE_FALSE(e.where.section.empty());
    // Each dated statement carries its own source, so a timeline can cite every line.
    for (const auto& step : nisc::international_steps.value) REQUIRE_FALSE(step.source.section.empty());
    STATIC_REQUIRE(nisc::name_en(nisc::printed_unit::times) == "times");
    STATIC_REQUIRE(nisc::name_ja(nisc::printed_unit::times) == "回");
}
