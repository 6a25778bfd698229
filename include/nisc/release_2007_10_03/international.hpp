// International cooperation (本文 §1, 別紙1): the council's decision, its five directions, the two
// named initiatives, and the dated steps that led to it. Checked: five directions as printed, the
// steps in chronological order, the last one at this meeting.
#ifndef NISC_RELEASE_2007_10_03_INTERNATIONAL_HPP
#define NISC_RELEASE_2007_10_03_INTERNATIONAL_HPP

#include <nisc/release_2007_10_03/meeting.hpp>

#include <nisc/date.hpp>
#include <nisc/event.hpp>
#include <nisc/name_pair.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <cstddef>  // std::size_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// 本文 §1: the decision's title as 本文 prints it (別紙1 prints it shorter; see the erratum
/// "international-decision-title"). `nisc::international_decision.source.part == nisc::document_part::main_text`
inline constexpr sourced<name_pair> international_decision{
    {"我が国の情報セキュリティ分野における国際協調・貢献に向けた取り組み"_label,
     "Japan's efforts toward international cooperation and contribution in information security"_label,
     english_basis::translation},
    {document_part::main_text, "§1"_label, printed_unit::none}};

/// 別紙1-1 取組みの5つの方向性: the decision's five directions, in printed order (their headings;
/// the initiatives printed in two of them are in international_initiatives).
/// `nisc::international_directions.value[1].ja == "情報セキュリティに係る新しい諸権利に係る検討及び議論への貢献"`
inline constexpr sourced<fixed_array<name_pair, 5>> international_directions{
    {{
        {"経済関係の深化が進むアジア地域のビジネス環境向上に向けた協調・貢献の推進"_label,
         "Cooperation and contribution to a better business environment in Asia, where economic ties are deepening"_label,
         english_basis::translation},
        {"情報セキュリティに係る新しい諸権利に係る検討及び議論への貢献"_label,
         "Contribution to the study and debate of new rights concerning information security"_label,
         english_basis::translation},
        {"サイバー攻撃等、ITに起因する脅威への対応のための取組みの推進"_label,
         "Efforts against cyber attacks and other threats arising from IT"_label, english_basis::translation},
        {"情報セキュリティに係るグローバルなルールや標準の形成への貢献"_label,
         "Contribution to global rules and standards for information security"_label, english_basis::translation},
        {"様々な国際フォーラム等における提案や議論への積極的な参加"_label,
         "Active proposals and participation in the debates of international fora"_label, english_basis::translation},
    }},
    {document_part::attachment_1, "別紙1-1 取組みの5つの方向性"_label, printed_unit::items}};

/// 別紙1-1: the number of directions its heading announces (取組みの5つの方向性).
inline constexpr sourced<int> international_direction_count{
    5, {document_part::attachment_1, "別紙1-1 取組みの5つの方向性"_label, printed_unit::items}};

/// A named initiative: its names and the direction (index into international_directions) it belongs to.
struct initiative {
    name_pair name;
    label printed_en;       ///< the English 別紙1 prints beside it, exactly
    std::size_t direction;  ///< 0-based index into international_directions
};

/// 本文 §1 and 別紙1-1: the two named initiatives. 別紙1 prints their English itself.
/// `nisc::international_initiatives.value[1].name.ja == "リスクのないICT構想"`
inline constexpr sourced<fixed_array<initiative, 2>> international_initiatives{
    {{
        {{"セキュア・アジアビジネス環境構想"_label, "Secure Asian Business Environment initiative"_label,
          english_basis::printed},
         "Secure Asian Business Environment"_label,
         0},
        {{"リスクのないICT構想"_label, "ICT Risk-Free initiative"_label, english_basis::printed},
         "ICT Risk - Free"_label,
         2},
    }},
    {document_part::main_text, "§1"_label, printed_unit::items}};

/// 別紙1 経緯: the steps that led to the decision, in printed (chronological) order. The last is the
/// decision at this meeting (本文 §1).
/// `nisc::international_steps.value[3].when == nisc::date::on(2007, 8, 3)`
inline constexpr sourced<fixed_array<event, 5>> international_steps{
    {{
        {date::on(2007, 4, 20),
         "ITによる生産性改革を支えるセキュリティ基盤の重要性-国内対策の推進と国際的な政策展開-"_label,
         "The Chief Cabinet Secretary presents the importance of a security foundation for IT-led productivity reform"_label,
         {document_part::attachment_1, "経緯 経済財政諮問会議等における検討"_label, printed_unit::none}},
        {date::on(2007, 4, 25),
         "成長力加速プログラム"_label,
         "The growth acceleration programme sets July as the deadline for an international information-security strategy"_label,
         {document_part::attachment_1, "経緯 経済財政諮問会議等における検討"_label, printed_unit::none}},
        {date::on(2007, 6, 19),
         "経済財政改革の基本方針2007"_label,
         "The Basic Policies for Economic and Fiscal Reform 2007 call for cooperation with other countries"_label,
         {document_part::attachment_1, "経緯 経済財政諮問会議等における検討"_label, printed_unit::none}},
        {date::on(2007, 8, 3),
         "中間報告"_label,
         "Interim report to the Information Security Policy Council"_label,
         {document_part::attachment_1, "経緯 国際協調・貢献に向けた取組みの策定"_label, printed_unit::none}},
        {date::on(2007, 10, 3),
         "政策会議決定"_label,
         "Decision of the Information Security Policy Council"_label,
         {document_part::main_text, "§1"_label, printed_unit::none}},
    }},
    {document_part::attachment_1, "国際協調・貢献に向けた取組みの経緯"_label, printed_unit::none}};

/// 別紙1 経緯: the deadline the 成長力加速プログラム set for the strategy, 7月まで (July 2007).
/// The interim report came on 2007-08-03 and the decision on 2007-10-03.
inline constexpr sourced<date> international_strategy_deadline{
    date::in_month(2007, 7),
    {document_part::attachment_1, "経緯 経済財政諮問会議等における検討"_label, printed_unit::none}};

}  // namespace release_2007_10_03

namespace detail {

// As many named directions as the heading announces; each initiative in a distinct, existing direction.
template <std::size_t D, std::size_t I>
constexpr bool international_lists_hold(const fixed_array<name_pair, D>& directions, int printed_count,
                                        const fixed_array<initiative, I>& initiatives) noexcept {
    for (const auto& d : directions) {
        if (d.ja.empty() || d.en.empty()) return false;
    }
    for (std::size_t i = 0; i < I; ++i) {
        if (initiatives[i].direction >= D || (i > 0 && initiatives[i].direction <= initiatives[i - 1].direction))
            return false;
    }
    return printed_count >= 0 && static_cast<std::size_t>(printed_count) == D;
}

// The steps are a timeline that ends with the decision at the meeting.
template <std::size_t N>
constexpr bool international_steps_end_at_meeting(const fixed_array<event, N>& steps, date meeting) noexcept {
    return in_chronological_order(steps) && steps[N - 1].when == meeting;
}

}  // namespace detail

static_assert(detail::international_lists_hold(international_directions.value, international_direction_count.value,
                                               international_initiatives.value),
              "nisc: international_directions: as many as printed (5), each initiative in its own direction");
static_assert(detail::international_steps_end_at_meeting(international_steps.value, policy_council_meeting.value.held),
              "nisc: international_steps: must be in chronological order and end with the meeting's decision");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_INTERNATIONAL_HPP
