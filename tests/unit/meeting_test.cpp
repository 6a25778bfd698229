// Tests of <nisc/release_2007_10_03/meeting.hpp>: the release's date, issuer and title, the 14th
// meeting, the council's establishment, the agenda, and their checks rejecting corrupted copies.
#include <nisc/release_2007_10_03/meeting.hpp>

#include <nisc_catch.hpp>

#include <cstddef>

using nisc::date;
using nisc::document_part;

TEST_CASE("meeting: the release and the meeting as printed", "[meeting]") {
    STATIC_REQUIRE(nisc::release_date.value == date::on(2007, 10, 3));
    STATIC_REQUIRE(nisc::parse_date("平成19年10月3日") == nisc::release_date.value);
    STATIC_REQUIRE(nisc::release_date.source.part == document_part::main_text);
    STATIC_REQUIRE(nisc::budget_attachment_date.value == date::on(2007, 10, 3));
    STATIC_REQUIRE(nisc::budget_attachment_date.source.part == document_part::attachment_3);

    STATIC_REQUIRE(nisc::release_issuer.value.name.ja == "内閣官房情報セキュリティセンター");
    STATIC_REQUIRE(nisc::release_issuer.value.abbreviation == "NISC");
    STATIC_REQUIRE(nisc::release_issuer.value.name.en == "National Information Security Center");
    STATIC_REQUIRE(nisc::release_issuer.value.name.english == nisc::english_basis::official);
    STATIC_REQUIRE(nisc::release_title.value.ja == "第14回情報セキュリティ政策会議の開催について");
    STATIC_REQUIRE(nisc::release_title.value.english == nisc::english_basis::translation);
    STATIC_REQUIRE(nisc::release_subtitle.value.ja == "政府機関の情報セキュリティ対策の実施状況等");

    constexpr auto m = nisc::policy_council_meeting.value;
    STATIC_REQUIRE(m.number == 14);
    STATIC_REQUIRE(m.held == date::on(2007, 10, 3));
    STATIC_REQUIRE(m.council.ja == "情報セキュリティ政策会議");
    STATIC_REQUIRE(m.council.en == "Information Security Policy Council");
    STATIC_REQUIRE(m.chair.ja == "内閣官房長官");
    STATIC_REQUIRE(m.chair.en == "Chief Cabinet Secretary");
    STATIC_REQUIRE(nisc::policy_council_meeting.source.unit == nisc::printed_unit::times);

    constexpr auto e = nisc::policy_council_establishment.value;
    STATIC_REQUIRE(e.decided == date::on(2005, 5, 30));
    STATIC_REQUIRE(nisc::parse_date("平成17年5月30日") == e.decided);
    STATIC_REQUIRE(e.decided_by.ja == "IT戦略本部");
    STATIC_REQUIRE(e.decided_by.en == "IT Strategic Headquarters");
    STATIC_REQUIRE(nisc::policy_council_establishment.source.part == document_part::main_text);
}

TEST_CASE("meeting: the agenda and the attachment each item refers to", "[meeting]") {
    constexpr const char* sections[] = {"§1", "§2", "§3", "§4", "§5(1)", "§5(2)"};
    const auto& items = nisc::agenda.value;
    STATIC_REQUIRE(items.size() == 6);
    for (std::size_t i = 0; i < items.size(); ++i) {
        INFO(sections[i]);
        REQUIRE(items[i].section == sections[i]);
        REQUIRE(static_cast<std::size_t>(items[i].attachment) == i + 1);
        REQUIRE(nisc::agenda_item_for(items[i].attachment) == &items[i]);
        REQUIRE_FALSE(items[i].heading.en.empty());
    }
    STATIC_REQUIRE(items[2].heading.ja == "平成20年度情報セキュリティ関連予算概算要求状況");
    STATIC_REQUIRE(items[3].heading.ja == "情報セキュリティの日(2月2日)に係る表彰式の開催");
    STATIC_REQUIRE(nisc::agenda_item_for(document_part::attachment_6)->heading.ja ==
                   "情報セキュリティ政策・2007年度の評価等に向けた「作業方針」の策定");
    STATIC_REQUIRE(nisc::agenda.source.part == document_part::main_text);
    // No item refers to 本文 itself; a value outside the enumeration finds nothing.
    STATIC_REQUIRE(nisc::agenda_item_for(document_part::main_text) == nullptr);
    STATIC_REQUIRE(nisc::agenda_item_for(static_cast<document_part>(42)) == nullptr);
}

TEST_CASE("meeting checks: one day for the release, 別紙3 and the meeting", "[meeting][checks]") {
    using nisc::detail::release_dates_agree;
    constexpr auto m = nisc::policy_council_meeting.value;
    constexpr auto e = nisc::policy_council_establishment.value;
    STATIC_REQUIRE(release_dates_agree(nisc::release_date.value, nisc::budget_attachment_date.value, m, e));
    STATIC_REQUIRE_FALSE(release_dates_agree(date::on(2007, 10, 4), nisc::budget_attachment_date.value, m, e));
    STATIC_REQUIRE_FALSE(release_dates_agree(nisc::release_date.value, date::on(2007, 10, 2), m, e));
    STATIC_REQUIRE_FALSE(release_dates_agree(date::in_month(2007, 10), date::in_month(2007, 10), m, e));
    constexpr auto other_day = [] {
        auto c = nisc::policy_council_meeting.value;
        c.held = date::on(2007, 10, 2);
        return c;
    }();
    STATIC_REQUIRE_FALSE(
        release_dates_agree(nisc::release_date.value, nisc::budget_attachment_date.value, other_day, e));
    constexpr auto later_council = [] {
        auto c = nisc::policy_council_establishment.value;
        c.decided = date::on(2007, 10, 3);
        return c;
    }();
    STATIC_REQUIRE_FALSE(
        release_dates_agree(nisc::release_date.value, nisc::budget_attachment_date.value, m, later_council));
}

TEST_CASE("meeting checks: each agenda item refers to its own attachment", "[meeting][checks]") {
    using nisc::detail::agenda_refers_to_attachments_in_order;
    STATIC_REQUIRE(agenda_refers_to_attachments_in_order(nisc::agenda.value));
    constexpr auto swapped = [] {
        auto a = nisc::agenda.value;
        a[4].attachment = document_part::attachment_6;
        a[5].attachment = document_part::attachment_5;
        return a;
    }();
    STATIC_REQUIRE_FALSE(agenda_refers_to_attachments_in_order(swapped));
    constexpr auto unnamed = [] {
        auto a = nisc::agenda.value;
        a[0].heading.ja = nisc::label{};
        return a;
    }();
    STATIC_REQUIRE_FALSE(agenda_refers_to_attachments_in_order(unnamed));
}
