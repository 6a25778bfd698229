// The evaluation work policy (本文 §5(2), 別紙6): what it contains, the two progress surveys of
// Secure Japan 2007, the yearly cycle of the work, the framework it rests on and what its results
// feed. 別紙6's charts (the PDCA cycle, the schedule) were lost in the text rendering. Checked: two
// surveys, in order, within FY2007; the cycle stays within one fiscal year.
#ifndef NISC_RELEASE_2007_10_03_EVALUATION_HPP
#define NISC_RELEASE_2007_10_03_EVALUATION_HPP

#include <nisc/release_2007_10_03/meeting.hpp>

#include <nisc/date.hpp>
#include <nisc/event.hpp>
#include <nisc/fiscal_year.hpp>
#include <nisc/name_pair.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <nisc/fixed_array.hpp>
#include <nisc/label_literal.hpp>
#include <nisc/maybe.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// 別紙6: the four things the work policy (作業方針) contains, (1) to (4) in printed order.
/// `nisc::evaluation_work_policy_contents.value[2].ja == "分析課題及び分析方法"`
inline constexpr sourced<fixed_array<name_pair, 4>> evaluation_work_policy_contents{
    {{
        {"評価指標の項目及び関係府省庁"_label, "Evaluation indicators and the ministries concerned"_label,
         english_basis::translation},
        {"補完調査の項目及び関係府省庁"_label, "Supplementary surveys and the ministries concerned"_label,
         english_basis::translation},
        {"分析課題及び分析方法"_label, "Questions and methods of analysis"_label, english_basis::translation},
        {"評価等の実施に係るスケジュール"_label, "Schedule of the evaluation, with whatever else it needs"_label,
         english_basis::translation},
    }},
    {document_part::attachment_6, "作業方針の内容 (1)-(4)"_label, printed_unit::items}};

/// 別紙6 評価方法: the progress surveys of Secure Japan 2007, 2007年9月 and 2008年2月頃.
/// `nisc::evaluation_progress_surveys.value[1] == nisc::date::about(2008, 2)`
inline constexpr sourced<fixed_array<date, 2>> evaluation_progress_surveys{
    {{date::in_month(2007, 9), date::about(2008, 2)}},
    {document_part::attachment_6, "評価方法"_label, printed_unit::none}};

/// 別紙6 評価方法: the number of surveys it states, 2回.
inline constexpr sourced<int> evaluation_progress_survey_count{
    2, {document_part::attachment_6, "評価方法"_label, printed_unit::times}};

/// The yearly rhythm of the evaluation work.
struct yearly_cycle {
    date policy_drawn_up;      ///< 毎年概ね9月頃: NISC draws up the work policy
    date work_until;           ///< 翌年3月頃: evaluation, surveys and analysis run until then
    bool work_ends_next_year;  ///< 翌年: the end falls in the following calendar year
};

/// 別紙6: the policy is drawn up about September each year; the work runs until about March.
inline constexpr sourced<yearly_cycle> evaluation_cycle{
    {date::every_year_about(9), date::every_year_about(3), true},
    {document_part::attachment_6, "作業方針の策定時期"_label, printed_unit::none}};

/// 別紙6: the framework documents the work policy rests on, decided and agreed by the council on
/// 平成19年2月2日. `nisc::evaluation_framework.when == nisc::date::on(2007, 2, 2)`
inline constexpr event evaluation_framework{
    date::on(2007, 2, 2),
    "情報セキュリティ政策の評価の枠組み文書"_label,
    "The council's framework for evaluating information security policy (a decision and an understanding)"_label,
    {document_part::attachment_6, "策定の根拠"_label, printed_unit::none}};

/// A plan the evaluation's results feed, and the first day it applies from where printed.
struct evaluation_output {
    name_pair name;
    maybe<date> from;
};

/// 本文 §5(2): the results feed Secure Japan 2008 (tentative name) and the Second National Strategy on
/// Information Security (tentative name), from 平成21年度 (FY2009).
inline constexpr sourced<fixed_array<evaluation_output, 2>> evaluation_feeds{
    {{
        {{"セキュア・ジャパン2008(仮称)"_label, "Secure Japan 2008 (tentative name)"_label, english_basis::translation},
         nothing},
        {{"第2次情報セキュリティ基本計画(仮称)"_label,
          "Second National Strategy on Information Security (tentative name)"_label, english_basis::translation},
         date::in_fiscal_year(fiscal_year{2009})},
    }},
    {document_part::main_text, "§5(2)"_label, printed_unit::none}};

}  // namespace release_2007_10_03

namespace detail {

// The surveys are as many as stated (2回), in order, and within the evaluated fiscal year (2007年度).
constexpr bool evaluation_surveys_in_year(const fixed_array<date, 2>& surveys, int printed_count,
                                          fiscal_year evaluated) noexcept {
    return printed_count == 2 && precedes(surveys[0], surveys[1]) && fiscal_year_of(surveys[0]) == evaluated &&
           fiscal_year_of(surveys[1]) == evaluated;
}

// The yearly cycle runs within one fiscal year (from about September to about March of the next
// calendar year), after the framework it rests on; the plans fed start after the release.
constexpr bool evaluation_cycle_holds(const yearly_cycle& cycle, const event& framework,
                                      const fixed_array<evaluation_output, 2>& feeds, date release) noexcept {
    return cycle.policy_drawn_up.recurring() && cycle.work_until.recurring() && cycle.work_ends_next_year &&
           cycle.policy_drawn_up.month() >= 4 && cycle.work_until.month() < 4 && precedes(framework.when, release) &&
           !feeds[0].from && feeds[1].from && precedes(release, *feeds[1].from);
}

}  // namespace detail

static_assert(detail::evaluation_surveys_in_year(evaluation_progress_surveys.value,
                                                 evaluation_progress_survey_count.value, fiscal_year{2007}),
              "nisc: evaluation_progress_surveys: two surveys (2回), in order, within FY2007");
static_assert(
    detail::evaluation_cycle_holds(evaluation_cycle.value, evaluation_framework, evaluation_feeds.value,
                                   release_date.value),
    "nisc: evaluation_cycle: the work must stay within one fiscal year and the plans fed must start after the release");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_EVALUATION_HPP
