// The release itself and the meeting it reports (本文): its date, issuer, title, the 14th meeting of
// the Information Security Policy Council, the council's establishment, the agenda with the
// attachment each item refers to. Checked: the dates agree with each other and each agenda item
// refers to its own attachment. (The contact block and the web addresses are not encoded.)
#ifndef NISC_RELEASE_2007_10_03_MEETING_HPP
#define NISC_RELEASE_2007_10_03_MEETING_HPP

#include <nisc/date.hpp>
#include <nisc/name_pair.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <cstddef>  // std::size_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// 本文, date line: 平成19年10月3日. `nisc::release_date.value == nisc::date::on(2007, 10, 3)`
inline constexpr sourced<date> release_date{date::on(2007, 10, 3),
                                            {document_part::main_text, "冒頭 日付"_label, printed_unit::none}};

/// 別紙3 repeats the date under its own title: 平成19年10月3日.
inline constexpr sourced<date> budget_attachment_date{
    date::on(2007, 10, 3), {document_part::attachment_3, "冒頭 日付"_label, printed_unit::none}};

/// An organisation: its Japanese name as printed, its abbreviation, its English name.
struct organisation {
    name_pair name;
    label abbreviation;
};

/// 本文, issuer line: 内閣官房情報セキュリティセンター(NISC). `nisc::release_issuer.value.abbreviation == "NISC"`
inline constexpr sourced<organisation> release_issuer{
    {{"内閣官房情報セキュリティセンター"_label, "National Information Security Center"_label, english_basis::official},
     "NISC"_label},
    {document_part::main_text, "冒頭 発信者"_label, printed_unit::none}};

/// 本文, title: 第14回情報セキュリティ政策会議の開催について.
inline constexpr sourced<name_pair> release_title{
    {"第14回情報セキュリティ政策会議の開催について"_label,
     "Holding of the 14th meeting of the Information Security Policy Council"_label, english_basis::translation},
    {document_part::main_text, "冒頭 標題"_label, printed_unit::none}};

/// 本文, subtitle: 政府機関の情報セキュリティ対策の実施状況等.
inline constexpr sourced<name_pair> release_subtitle{
    {"政府機関の情報セキュリティ対策の実施状況等"_label,
     "The state of information security measures in government bodies, and other matters"_label,
     english_basis::translation},
    {document_part::main_text, "冒頭 副題"_label, printed_unit::none}};

/// A meeting of a council: the council, who chairs it, its number (第N回) and its day.
struct council_meeting {
    name_pair council;
    name_pair chair;
    int number;  ///< N of 第N回会合
    date held;
};

/// 本文, opening paragraph: the 14th meeting of 情報セキュリティ政策会議 (chaired by 内閣官房長官)
/// was held 本日10月3日, the release's day. Unit: the meeting's number is counted in 回.
/// `nisc::policy_council_meeting.value.number == 14`
inline constexpr sourced<council_meeting> policy_council_meeting{
    {{"情報セキュリティ政策会議"_label, "Information Security Policy Council"_label, english_basis::official},
     {"内閣官房長官"_label, "Chief Cabinet Secretary"_label, english_basis::official},
     14,
     date::on(2007, 10, 3)},
    {document_part::main_text, "前文"_label, printed_unit::times}};

/// When and by whom a body was set up.
struct establishment {
    date decided;
    name_pair decided_by;
};

/// 本文, closing note: the council was set up by decision of the IT戦略本部 on 平成17年5月30日.
inline constexpr sourced<establishment> policy_council_establishment{
    {date::on(2005, 5, 30), {"IT戦略本部"_label, "IT Strategic Headquarters"_label, english_basis::official}},
    {document_part::main_text, "末尾 注記"_label, printed_unit::none}};

/// An agenda item of 本文: its section, its heading as printed, the attachment it refers to.
struct agenda_item {
    label section;  ///< "§1"_label ... "§5(2)"_label
    name_pair heading;
    document_part attachment;  ///< the 別紙 of its (別紙N参照)
};

/// 本文 §1–§5: the six items that refer to an attachment, in printed order (§5 その他 has two).
/// `nisc::agenda.value[2].attachment == nisc::document_part::attachment_3`
inline constexpr sourced<fixed_array<agenda_item, 6>> agenda{
    {{
        {"§1"_label,
         {"我が国の情報セキュリティ分野における国際協調・貢献に向けた取り組み(政策会議決定)"_label,
          "Japan's efforts toward international cooperation and contribution in information security (council decision)"_label,
          english_basis::translation},
         document_part::attachment_1},
        {"§2"_label,
         {"電子政府の安全性確保に向けた取り組み(JRE問題等への対応)"_label,
          "Efforts to keep e-government secure (the response to the JRE problem and others)"_label,
          english_basis::translation},
         document_part::attachment_2},
        {"§3"_label,
         {"平成20年度情報セキュリティ関連予算概算要求状況"_label,
          "The FY2008 budget requests related to information security"_label, english_basis::translation},
         document_part::attachment_3},
        {"§4"_label,
         {"情報セキュリティの日(2月2日)に係る表彰式の開催"_label,
          "Award ceremony for Information Security Day (2 February)"_label, english_basis::translation},
         document_part::attachment_4},
        {"§5(1)"_label,
         {"年度計画「セキュア・ジャパン2007」の進捗状況(上半期)"_label,
          "Progress of the annual plan Secure Japan 2007 (first half)"_label, english_basis::translation},
         document_part::attachment_5},
        {"§5(2)"_label,
         {"情報セキュリティ政策・2007年度の評価等に向けた「作業方針」の策定"_label,
          "A work policy toward the evaluation of information security policy for FY2007"_label,
          english_basis::translation},
         document_part::attachment_6},
    }},
    {document_part::main_text, "§1-§5"_label, printed_unit::items}};

/// The agenda item that refers to an attachment, or nullptr (本文 itself, or a value outside the enum).
/// `nisc::agenda_item_for(nisc::document_part::attachment_5)->section == "§5(1)"`
[[nodiscard]] constexpr const agenda_item* agenda_item_for(document_part part) noexcept {
    for (const auto& item : agenda.value) {
        if (item.attachment == part) return &item;
    }
    return nullptr;
}

}  // namespace release_2007_10_03

namespace detail {

// The release, its budget attachment and the meeting it reports are all dated the same exact day,
// and the council existed before it met.
constexpr bool release_dates_agree(date release, date attachment, const council_meeting& meeting,
                                   const establishment& council) noexcept {
    return release.is_day() && release.ok() && release == attachment && release == meeting.held &&
           precedes(council.decided, meeting.held) && meeting.number > 0;
}

// Each agenda item refers to its own attachment, 別紙1 to 別紙6 in order.
template <std::size_t N>
constexpr bool agenda_refers_to_attachments_in_order(const fixed_array<agenda_item, N>& items) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (static_cast<std::size_t>(items[i].attachment) != i + 1 || items[i].heading.ja.empty()) return false;
    }
    return N + 1 == enum_count_v<document_part>;
}

}  // namespace detail

static_assert(
    detail::release_dates_agree(release_date.value, budget_attachment_date.value, policy_council_meeting.value,
                                policy_council_establishment.value),
    "nisc: release_date: the release, 別紙3 and the meeting must share one day, after the council's establishment");
static_assert(detail::agenda_refers_to_attachments_in_order(agenda.value),
              "nisc: agenda: items must refer to 別紙1-別紙6, one each, in printed order");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_MEETING_HPP
