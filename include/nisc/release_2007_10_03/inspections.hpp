// Priority inspections and the unified government standards (本文 §2(2)–(3), 別紙2 §1–§2): what was
// inspected, the mail-server inspections begun in early September 2007, and the two items planned
// for the council of December 2007. Checked: the two printings of the start agree, and the plans
// come after this meeting.
#ifndef NISC_RELEASE_2007_10_03_INSPECTIONS_HPP
#define NISC_RELEASE_2007_10_03_INSPECTIONS_HPP

#include <nisc/release_2007_10_03/meeting.hpp>

#include <nisc/date.hpp>
#include <nisc/event.hpp>
#include <nisc/name_pair.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <cstddef>  // std::size_t
#include <nisc/fixed_array.hpp>
#include <nisc/label_literal.hpp>
#include <nisc/maybe.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// One priority inspection (重点検査): what it covers, whether the release reports it done, and
/// the start printed for it (nothing where none is printed).
struct inspection {
    name_pair target;
    bool completed;
    maybe<date> started;
};

/// 本文 §2(2), 別紙2 §1: terminals and web servers were inspected; mail servers since 9月上旬.
/// `nisc::priority_inspections.value[2].started == nisc::date::early_in(2007, 9)`
inline constexpr sourced<fixed_array<inspection, 3>> priority_inspections{
    {{
        {{"端末"_label, "Terminals"_label, english_basis::translation}, true, nothing},
        {{"ウェブサーバ"_label, "Web servers"_label, english_basis::translation}, true, nothing},
        {{"メールサーバ"_label, "Mail servers"_label, english_basis::translation}, false, date::early_in(2007, 9)},
    }},
    {document_part::attachment_2, "1 重点検査の実施"_label, printed_unit::items}};

/// 本文 §2(2) prints the mail-server start less precisely: 9月より (September 2007).
inline constexpr sourced<date> mail_server_inspection_start_in_main_text{
    date::in_month(2007, 9), {document_part::main_text, "§2(2)"_label, printed_unit::none}};

/// 本文 §2(2), 別紙2 §1: the inspections are to be reported to the council in 12月 (December 2007).
inline constexpr event inspection_report_plan{date::in_month(2007, 12),
                                              "メールサーバ重点検査の報告(予定)"_label,
                                              "Report on the mail-server inspections to the council (planned)"_label,
                                              {document_part::main_text, "§2(2)"_label, printed_unit::none}};

/// 本文 §2(3), 別紙2 §2: a draft revision for DNS servers goes to the council in 12月 (December 2007).
inline constexpr event dns_standards_revision_plan{
    date::in_month(2007, 12),
    "DNSサーバに関する政府機関統一基準の改定案(予定)"_label,
    "Draft revision of the unified standards for DNS servers, to the council (planned)"_label,
    {document_part::main_text, "§2(3)"_label, printed_unit::none}};

}  // namespace release_2007_10_03

namespace detail {

// Inspections reported done print no start; the one under way started within the month 本文
// prints, before this meeting; its report and the DNS draft are planned for after the meeting.
template <std::size_t N>
constexpr bool inspections_consistent(const fixed_array<inspection, N>& inspections, date start_in_main_text,
                                      date meeting, const event& report, const event& dns_revision) noexcept {
    std::size_t under_way = 0;
    for (const auto& i : inspections) {
        if (i.completed != !i.started) return false;
        if (i.started) {
            ++under_way;
            if (!contains(start_in_main_text, *i.started) || !precedes(*i.started, meeting)) return false;
        }
    }
    return under_way == 1 && precedes(meeting, report.when) && precedes(meeting, dns_revision.when);
}

}  // namespace detail

static_assert(
    detail::inspections_consistent(priority_inspections.value, mail_server_inspection_start_in_main_text.value,
                                   policy_council_meeting.value.held, inspection_report_plan,
                                   dns_standards_revision_plan),
    "nisc: priority_inspections: the start must lie in 本文's month and before the meeting, the plans after it");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_INSPECTIONS_HPP
