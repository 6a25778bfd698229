// The JRE problem (本文 §2(1), 別紙2 §3 and its annex JRE問題への対応について): the emergency survey,
// its findings, their announcement, the hearings, and the responses decided. Checked: the findings
// precede their announcement, the hearings covered every body of the budget table.
#ifndef NISC_RELEASE_2007_10_03_JRE_HPP
#define NISC_RELEASE_2007_10_03_JRE_HPP

#include <nisc/release_2007_10_03/budget.hpp>

#include <nisc/date.hpp>
#include <nisc/enum_names.hpp>
#include <nisc/event.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// 本文 §2(1): NISC's emergency survey of the JRE vulnerability, 7月 (July 2007).
/// `nisc::jre_survey.when == nisc::date::in_month(2007, 7)`
inline constexpr event jre_survey{date::in_month(2007, 7),
                                  "JRE緊急調査"_label,
                                  "NISC's emergency survey of the JRE vulnerability"_label,
                                  {document_part::main_text, "§2(1)"_label, printed_unit::none}};

/// 別紙2, JRE問題への対応について §1: the survey's findings stand as of 7月6日 (2007-07-06).
inline constexpr event jre_findings{
    date::on(2007, 7, 6),
    "7月6日時点"_label,
    "Findings as of this day: systems of 12 bodies need an update"_label,
    {document_part::attachment_2, "JRE問題への対応について 1 これまでの経緯"_label, printed_unit::none}};

/// 別紙2: 12府省庁 had systems needing an update. `nisc::jre_bodies_needing_update.value == 12`
inline constexpr sourced<int> jre_bodies_needing_update{
    12, {document_part::attachment_2, "JRE問題への対応について 1 これまでの経緯"_label, printed_unit::bodies}};

/// 別紙2: 20 systems (20のシステム) needed an update.
inline constexpr sourced<int> jre_systems_needing_update{
    20, {document_part::attachment_2, "JRE問題への対応について 1 これまでの経緯"_label, printed_unit::systems}};

/// 別紙2 §3 and its annex: the findings were announced on 7月20日 (2007-07-20, 報道発表).
inline constexpr event jre_announcement{date::on(2007, 7, 20),
                                        "報道発表"_label,
                                        "Press announcement of the findings"_label,
                                        {document_part::attachment_2, "3 JRE問題への対応"_label, printed_unit::none}};

/// 本文 §2(1), 別紙2 §3: hearings of every body, 8月 (August 2007).
inline constexpr event jre_hearings{date::in_month(2007, 8),
                                    "全府省庁ヒアリング"_label,
                                    "Hearings of every ministry and agency on the problem"_label,
                                    {document_part::main_text, "§2(1)"_label, printed_unit::none}};

/// 本文 §2(1): the hearings covered 全府省庁(19機関). `nisc::jre_bodies_heard.value == 19`
inline constexpr sourced<int> jre_bodies_heard{19, {document_part::main_text, "§2(1)"_label, printed_unit::bodies}};

/// 別紙2 §3 and its annex print the same count as 全府省庁(19府省庁) (see erratum "jre-hearing-counter").
inline constexpr sourced<int> jre_bodies_heard_in_attachment{
    19, {document_part::attachment_2, "3 JRE問題への対応"_label, printed_unit::bodies}};

/// When a response applies: 当面の対応 (for now) or 今後の対応 (from now on).
enum class jre_response_phase : std::uint8_t {
    interim,  ///< 当面の対応
    future,   ///< 今後の対応
};

}  // namespace release_2007_10_03

template <>
struct enum_rows<jre_response_phase> {
    static constexpr fixed_array<enum_row<jre_response_phase>, 2> rows{{
        {jre_response_phase::interim, "当面の対応"_label, "interim response"_label},
        {jre_response_phase::future, "今後の対応"_label, "future response"_label},
    }};
};
static_assert(detail::rows_describe_enum<jre_response_phase>(enum_rows<jre_response_phase>::rows),
              "nisc: jre_response_phase rows must follow enumerator order with unique, non-empty names");

inline namespace release_2007_10_03 {

/// One response: its phase, the release's key words (not its sentence), an English summary.
struct jre_response {
    jre_response_phase phase;
    label name_ja;
    label name_en;
};

/// 本文 §2(1) ア/イ and 別紙2 annex §3 対応方針: the responses, interim ones first.
/// `nisc::jre_responses.value[4].name_ja == "セキュリティ・バイ・デザイン(SBD)"`
inline constexpr sourced<fixed_array<jre_response, 5>> jre_responses{
    {{
        {jre_response_phase::interim, "利用者への注意喚起"_label,
         "The ministry running a system warns its users as soon as a vulnerability is known"_label},
        {jre_response_phase::interim, "システム改修の検討"_label,
         "It considers modifying the system without delay"_label},
        {jre_response_phase::interim, "代替措置等による適切な対応"_label,
         "Until then it protects users by alternative measures, on its own responsibility"_label},
        {jre_response_phase::future, "企画・設計段階からのセキュリティの検討"_label,
         "New systems consider security from planning and design onward"_label},
        {jre_response_phase::future, "セキュリティ・バイ・デザイン(SBD)"_label,
         "NISC studies the problem as part of Security by Design (SBD)"_label},
    }},
    {document_part::attachment_2, "JRE問題への対応について 3 対応方針"_label, printed_unit::items}};

}  // namespace release_2007_10_03

namespace detail {

// The survey (a month) contains its findings' day, the findings precede their announcement, which
// precedes the hearings; the counts are positive and no more bodies needed updates than were heard.
constexpr bool jre_steps_in_order(const event& survey, const event& findings, const event& announcement,
                                  const event& hearings, int bodies_needing_update, int systems) noexcept {
    return contains(survey.when, findings.when) && precedes(findings.when, announcement.when) &&
           precedes(announcement.when, hearings.when) && bodies_needing_update > 0 && systems >= bodies_needing_update;
}

// The hearings covered every body (全府省庁): both printed counts equal the bodies of 別紙3 §3 (19).
template <class BudgetTable>
constexpr bool jre_hearing_covers_every_body(int heard_main_text, int heard_attachment, int needing_update,
                                             const BudgetTable& budget) noexcept {
    return heard_main_text == heard_attachment && heard_main_text >= needing_update && heard_main_text >= 0 &&
           static_cast<std::size_t>(heard_main_text) == budget.size();
}

// Interim responses come before future ones and every response is named.
template <std::size_t N>
constexpr bool jre_responses_by_phase(const fixed_array<jre_response, N>& responses) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (!index_of(responses[i].phase) || responses[i].name_ja.empty() || responses[i].name_en.empty()) return false;
        if (i > 0 && responses[i].phase < responses[i - 1].phase) return false;
    }
    return true;
}

}  // namespace detail

static_assert(detail::jre_steps_in_order(jre_survey, jre_findings, jre_announcement, jre_hearings,
                                         jre_bodies_needing_update.value, jre_systems_needing_update.value),
              "nisc: jre_findings: the findings of 2007-07-06 must precede their 2007-07-20 announcement");
static_assert(detail::jre_hearing_covers_every_body(jre_bodies_heard.value, jre_bodies_heard_in_attachment.value,
                                                    jre_bodies_needing_update.value, budget_by_ministry),
              "nisc: jre_bodies_heard: the hearings must cover as many bodies as budget_by_ministry lists (19)");
static_assert(detail::jre_responses_by_phase(jre_responses.value),
              "nisc: jre_responses: interim responses first, then future ones, each named");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_JRE_HPP
