// Tests of <nisc/release_2007_10_03/international.hpp>: the decision, its five directions, the two
// initiatives, the dated steps, and their checks rejecting corrupted copies.
#include <nisc/release_2007_10_03/international.hpp>

#include <nisc_catch.hpp>

#include <cstddef>

using nisc::date;
using nisc::document_part;

TEST_CASE("international: the decision, its directions and initiatives as printed", "[international]") {
    STATIC_REQUIRE(nisc::international_decision.value.ja ==
                   "我が国の情報セキュリティ分野における国際協調・貢献に向けた取り組み");
    STATIC_REQUIRE(nisc::international_decision.source.part == document_part::main_text);
    STATIC_REQUIRE(nisc::international_decision.source.section == "§1");

    constexpr const char* directions[] = {
        "経済関係の深化が進むアジア地域のビジネス環境向上に向けた協調・貢献の推進",
        "情報セキュリティに係る新しい諸権利に係る検討及び議論への貢献",
        "サイバー攻撃等、ITに起因する脅威への対応のための取組みの推進",
        "情報セキュリティに係るグローバルなルールや標準の形成への貢献",
        "様々な国際フォーラム等における提案や議論への積極的な参加",
    };
    const auto& d = nisc::international_directions.value;
    STATIC_REQUIRE(d.size() == 5);
    for (std::size_t i = 0; i < d.size(); ++i) {
        REQUIRE(d[i].ja == directions[i]);
        REQUIRE_FALSE(d[i].en.empty());
        REQUIRE(d[i].english == nisc::english_basis::translation);
    }
    STATIC_REQUIRE(nisc::international_direction_count.value == 5);
    STATIC_REQUIRE(nisc::international_direction_count.source.part == document_part::attachment_1);
    STATIC_REQUIRE(nisc::international_direction_count.source.unit == nisc::printed_unit::items);

    const auto& in = nisc::international_initiatives.value;
    STATIC_REQUIRE(in[0].name.ja == "セキュア・アジアビジネス環境構想");
    STATIC_REQUIRE(in[0].printed_en == "Secure Asian Business Environment");
    STATIC_REQUIRE(in[0].name.english == nisc::english_basis::printed);
    STATIC_REQUIRE(in[0].direction == 0);
    STATIC_REQUIRE(in[1].name.ja == "リスクのないICT構想");
    STATIC_REQUIRE(in[1].printed_en == "ICT Risk - Free");
    STATIC_REQUIRE(in[1].direction == 2);
    REQUIRE(d[in[1].direction].ja == directions[2]);
}

TEST_CASE("international: the dated steps that led to the decision", "[international]") {
    const auto& s = nisc::international_steps.value;
    STATIC_REQUIRE(s.size() == 5);
    STATIC_REQUIRE(s[0].when == date::on(2007, 4, 20));
    STATIC_REQUIRE(s[1].when == date::on(2007, 4, 25));
    STATIC_REQUIRE(s[1].name_ja == "成長力加速プログラム");
    STATIC_REQUIRE(s[2].when == date::on(2007, 6, 19));
    STATIC_REQUIRE(s[2].name_ja == "経済財政改革の基本方針2007");
    STATIC_REQUIRE(s[3].when == date::on(2007, 8, 3));
    STATIC_REQUIRE(s[3].name_ja == "中間報告");
    STATIC_REQUIRE(s[4].when == date::on(2007, 10, 3));
    STATIC_REQUIRE(s[4].source.part == document_part::main_text);
    for (const auto& step : s) REQUIRE(step.when.is_day());
    STATIC_REQUIRE(nisc::parse_date("平成19年4月20日") == s[0].when);
    STATIC_REQUIRE(nisc::international_steps.source.part == document_part::attachment_1);
    STATIC_REQUIRE(nisc::international_strategy_deadline.value == date::in_month(2007, 7));
    // The strategy was due by July; the interim report came after that month.
    STATIC_REQUIRE(nisc::precedes(nisc::international_strategy_deadline.value, s[3].when));
}

TEST_CASE("international checks: five directions, initiatives in distinct directions", "[international][checks]") {
    using nisc::detail::international_lists_hold;
    const auto& d = nisc::international_directions.value;
    const auto& in = nisc::international_initiatives.value;
    STATIC_REQUIRE(international_lists_hold(d, 5, in));
    STATIC_REQUIRE_FALSE(international_lists_hold(d, 4, in));
    STATIC_REQUIRE_FALSE(international_lists_hold(d, -5, in));
    constexpr auto same_direction = [] {
        auto c = nisc::international_initiatives.value;
        c[1].direction = 0;
        return c;
    }();
    STATIC_REQUIRE_FALSE(international_lists_hold(d, 5, same_direction));
    constexpr auto no_such_direction = [] {
        auto c = nisc::international_initiatives.value;
        c[1].direction = 5;
        return c;
    }();
    STATIC_REQUIRE_FALSE(international_lists_hold(d, 5, no_such_direction));
    constexpr auto unnamed = [] {
        auto c = nisc::international_directions.value;
        c[3].en = nisc::label{};
        return c;
    }();
    STATIC_REQUIRE_FALSE(international_lists_hold(unnamed, 5, in));
}

TEST_CASE("international checks: the steps are chronological and end at the meeting", "[international][checks]") {
    using nisc::detail::international_steps_end_at_meeting;
    const auto& s = nisc::international_steps.value;
    STATIC_REQUIRE(international_steps_end_at_meeting(s, date::on(2007, 10, 3)));
    STATIC_REQUIRE_FALSE(international_steps_end_at_meeting(s, date::on(2007, 10, 4)));
    constexpr auto out_of_order = [] {
        auto c = nisc::international_steps.value;
        c[1].when = date::on(2007, 4, 19);
        return c;
    }();
    STATIC_REQUIRE_FALSE(international_steps_end_at_meeting(out_of_order, date::on(2007, 10, 3)));
    constexpr auto no_such_day = [] {
        auto c = nisc::international_steps.value;
        c[2].when = date::on(2007, 6, 31);
        return c;
    }();
    STATIC_REQUIRE_FALSE(international_steps_end_at_meeting(no_such_day, date::on(2007, 10, 3)));
}
