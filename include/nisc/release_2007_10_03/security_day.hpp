// Information Security Day (本文 §4, 別紙4): 2月2日 every year, and the awards held around it in
// FY2007, as in FY2006. 別紙4's schedule was a chart the text rendering lost; only its title is here.
// Checked: the awards fall on the day, in the fiscal year of the release.
#ifndef NISC_RELEASE_2007_10_03_SECURITY_DAY_HPP
#define NISC_RELEASE_2007_10_03_SECURITY_DAY_HPP

#include <nisc/release_2007_10_03/meeting.hpp>

#include <nisc/date.hpp>
#include <nisc/event.hpp>
#include <nisc/fiscal_year.hpp>
#include <nisc/name_pair.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// 本文 §4: 情報セキュリティの日, 2月2日 every year. `nisc::information_security_day.when == nisc::date::every_year_on(2, 2)`
inline constexpr event information_security_day{date::every_year_on(2, 2),
                                                "情報セキュリティの日"_label,
                                                "Information Security Day"_label,
                                                {document_part::main_text, "§4"_label, printed_unit::none}};

/// Awards given in one fiscal year around a day.
struct award_round {
    name_pair name;
    fiscal_year year;            ///< 本年度: the fiscal year of the release
    fiscal_year continues_from;  ///< 前年度に引き続き: held the year before as well
    date held;                   ///< 2月2日の前後: around the day, in that fiscal year (2008-02-02)
};

/// 本文 §4: the Information Security Day awards (情報セキュリティの日功労者表彰) of FY2007, held
/// around 2 February 2008, as in FY2006. `nisc::security_day_awards.value.held == nisc::date::around(2008, 2, 2)`
inline constexpr sourced<award_round> security_day_awards{
    {{"情報セキュリティの日功労者表彰"_label, "Information Security Day awards for distinguished service"_label,
      english_basis::translation},
     fiscal_year{2007},
     fiscal_year{2006},
     date::around(2008, 2, 2)},
    {document_part::main_text, "§4"_label, printed_unit::none}};

/// 別紙4: its title, 平成19年度情報セキュリティの日功労者表彰の進め方.
inline constexpr sourced<name_pair> security_day_awards_plan{
    {"平成19年度情報セキュリティの日功労者表彰の進め方"_label,
     "How the FY2007 Information Security Day awards will proceed"_label, english_basis::translation},
    {document_part::attachment_4, "標題"_label, printed_unit::none}};

}  // namespace release_2007_10_03

namespace detail {

// The awards are held around the day, within their fiscal year, which is the release's and the one
// 別紙4's title names (平成19年度); they continue from the year before.
constexpr bool awards_on_security_day(const award_round& awards, date day, date release, label plan_title) noexcept {
    return day.recurring() && awards.held.month() == day.month() && awards.held.day() == day.day() &&
           awards.held.precision() == date_precision::around_day && fiscal_year_of(awards.held) == awards.year &&
           fiscal_year_of(release) == awards.year && awards.continues_from == awards.year.prev() &&
           parse_fiscal_year(plan_title.first("平成19年度"_label.size())) == awards.year;
}

}  // namespace detail

static_assert(detail::awards_on_security_day(security_day_awards.value, information_security_day.when,
                                             release_date.value, security_day_awards_plan.value.ja),
              "nisc: security_day_awards: must fall around 2月2日 in the release's fiscal year, the one 別紙4 names");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_SECURITY_DAY_HPP
