// Tests of <nisc/release_2007_10_03/jre.hpp>: the JRE survey, its findings and announcement, the
// hearings, the responses, and their checks rejecting corrupted copies.
#include <nisc/release_2007_10_03/jre.hpp>

#include <nisc_catch.hpp>

using nisc::date;
using nisc::document_part;
using nisc::jre_response_phase;

TEST_CASE("jre: the dates and counts as printed", "[jre]") {
    STATIC_REQUIRE(nisc::jre_survey.when == date::in_month(2007, 7));
    STATIC_REQUIRE(nisc::jre_survey.source.part == document_part::main_text);
    STATIC_REQUIRE(nisc::jre_findings.when == date::on(2007, 7, 6));
    STATIC_REQUIRE(nisc::jre_findings.source.part == document_part::attachment_2);
    STATIC_REQUIRE(nisc::jre_announcement.when == date::on(2007, 7, 20));
    STATIC_REQUIRE(nisc::jre_hearings.when == date::in_month(2007, 8));
    STATIC_REQUIRE(nisc::jre_bodies_needing_update.value == 12);
    STATIC_REQUIRE(nisc::jre_bodies_needing_update.source.unit == nisc::printed_unit::bodies);
    STATIC_REQUIRE(nisc::jre_systems_needing_update.value == 20);
    STATIC_REQUIRE(nisc::jre_systems_needing_update.source.unit == nisc::printed_unit::systems);
    STATIC_REQUIRE(nisc::jre_bodies_heard.value == 19);
    STATIC_REQUIRE(nisc::jre_bodies_heard.source.part == document_part::main_text);
    STATIC_REQUIRE(nisc::jre_bodies_heard_in_attachment.value == 19);
    STATIC_REQUIRE(nisc::jre_bodies_heard_in_attachment.source.part == document_part::attachment_2);
}

TEST_CASE("jre: the responses, interim then future", "[jre]") {
    const auto& r = nisc::jre_responses.value;
    STATIC_REQUIRE(r.size() == 5);
    STATIC_REQUIRE(r[0].phase == jre_response_phase::interim);
    STATIC_REQUIRE(r[0].name_ja == "利用者への注意喚起");
    STATIC_REQUIRE(r[2].phase == jre_response_phase::interim);
    STATIC_REQUIRE(r[3].phase == jre_response_phase::future);
    STATIC_REQUIRE(r[4].name_ja == "セキュリティ・バイ・デザイン(SBD)");
    STATIC_REQUIRE(nisc::jre_responses.source.part == document_part::attachment_2);
    STATIC_REQUIRE(nisc::name_ja(jre_response_phase::interim) == "当面の対応");
    STATIC_REQUIRE(nisc::name_ja(jre_response_phase::future) == "今後の対応");
    STATIC_REQUIRE(nisc::from_name<jre_response_phase>("今後の対応") == jre_response_phase::future);
    STATIC_REQUIRE(nisc::from_name<jre_response_phase>("対応") == nisc::nothing);
    STATIC_REQUIRE(nisc::name_en(static_cast<jre_response_phase>(2)).empty());
}

TEST_CASE("jre checks: the findings precede their announcement", "[jre][checks]") {
    using nisc::detail::jre_steps_in_order;
    STATIC_REQUIRE(
        jre_steps_in_order(nisc::jre_survey, nisc::jre_findings, nisc::jre_announcement, nisc::jre_hearings, 12, 20));
    constexpr auto late_findings = [] {
        auto e = nisc::jre_findings;
        e.when = date::on(2007, 7, 21);
        return e;
    }();
    STATIC_REQUIRE_FALSE(
        jre_steps_in_order(nisc::jre_survey, late_findings, nisc::jre_announcement, nisc::jre_hearings, 12, 20));
    constexpr auto same_day = [] {
        auto e = nisc::jre_findings;
        e.when = date::on(2007, 7, 20);
        return e;
    }();
    STATIC_REQUIRE_FALSE(
        jre_steps_in_order(nisc::jre_survey, same_day, nisc::jre_announcement, nisc::jre_hearings, 12, 20));
    constexpr auto june_survey = [] {
        auto e = nisc::jre_survey;
        e.when = date::in_month(2007, 6);
        return e;
    }();
    STATIC_REQUIRE_FALSE(
        jre_steps_in_order(june_survey, nisc::jre_findings, nisc::jre_announcement, nisc::jre_hearings, 12, 20));
    constexpr auto july_hearings = [] {
        auto e = nisc::jre_hearings;
        e.when = date::in_month(2007, 7);
        return e;
    }();
    STATIC_REQUIRE_FALSE(
        jre_steps_in_order(nisc::jre_survey, nisc::jre_findings, nisc::jre_announcement, july_hearings, 12, 20));
    STATIC_REQUIRE_FALSE(
        jre_steps_in_order(nisc::jre_survey, nisc::jre_findings, nisc::jre_announcement, nisc::jre_hearings, 12, 11));
    STATIC_REQUIRE_FALSE(
        jre_steps_in_order(nisc::jre_survey, nisc::jre_findings, nisc::jre_announcement, nisc::jre_hearings, 0, 20));
}

TEST_CASE("jre checks: the hearings covered the 19 bodies of 別紙3 §3", "[jre][checks]") {
    using nisc::detail::jre_hearing_covers_every_body;
    STATIC_REQUIRE(jre_hearing_covers_every_body(19, 19, 12, nisc::budget_by_ministry));
    STATIC_REQUIRE_FALSE(jre_hearing_covers_every_body(18, 18, 12, nisc::budget_by_ministry));
    STATIC_REQUIRE_FALSE(jre_hearing_covers_every_body(19, 18, 12, nisc::budget_by_ministry));
    STATIC_REQUIRE_FALSE(jre_hearing_covers_every_body(20, 20, 12, nisc::budget_by_ministry));
    STATIC_REQUIRE_FALSE(jre_hearing_covers_every_body(19, 19, 21, nisc::budget_by_ministry));
}

TEST_CASE("jre checks: interim responses first, each named", "[jre][checks]") {
    using nisc::detail::jre_responses_by_phase;
    STATIC_REQUIRE(jre_responses_by_phase(nisc::jre_responses.value));
    constexpr auto future_first = [] {
        auto r = nisc::jre_responses.value;
        r[0].phase = jre_response_phase::future;
        return r;
    }();
    STATIC_REQUIRE_FALSE(jre_responses_by_phase(future_first));
    constexpr auto bad_phase = [] {
        auto r = nisc::jre_responses.value;
        r[4].phase = static_cast<jre_response_phase>(7);
        return r;
    }();
    STATIC_REQUIRE_FALSE(jre_responses_by_phase(bad_phase));
    constexpr auto unnamed = [] {
        auto r = nisc::jre_responses.value;
        r[1].name_en = nisc::label{};
        return r;
    }();
    STATIC_REQUIRE_FALSE(jre_responses_by_phase(unnamed));
}
