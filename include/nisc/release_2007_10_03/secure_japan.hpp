// Progress of the annual plan Secure Japan 2007 in the first half of FY2007 (本文 §5(1), 別紙5):
// 159 measures in four statuses. 本文 and 別紙5 print the same counts under two different sets of
// labels; both are kept. Checked: the counts sum to 159, each percentage is the half-up rounding of
// its count over 159 and they sum to 100, and the two printings agree.
#ifndef NISC_RELEASE_2007_10_03_SECURE_JAPAN_HPP
#define NISC_RELEASE_2007_10_03_SECURE_JAPAN_HPP

#include <nisc/enum_names.hpp>
#include <nisc/fiscal_year.hpp>
#include <nisc/ratio.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t, std::int64_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>
#include <nisc/maybe.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// Where a measure of Secure Japan 2007 stood at mid-year, in printed order.
/// `nisc::name_ja(nisc::secure_japan_status::implemented) == "既に実施済み"`
enum class secure_japan_status : std::uint8_t {
    implemented,  ///< 既に実施済み
    under_way,    ///< 実施中であり、年度内に完了予定
    not_started,  ///< 実施はまだであるが、年度内に完了予定
    uncertain,    ///< 年度内に実施できるか不明
};

/// A status's two label sets: the short one of 本文 §5(1) (name_ja, name_en) and the long one of
/// 別紙5, as printed, slips included (long_name_ja). The English of both is nisc's translation.
struct secure_japan_status_row {
    secure_japan_status id;
    label name_ja;  ///< 本文 §5(1)
    label name_en;
    label long_name_ja;  ///< 別紙5, exactly as printed
    label long_name_en;
    label long_name_erratum;  ///< the erratum recording a slip in long_name_ja, or empty
};

}  // namespace release_2007_10_03

template <>
struct enum_rows<secure_japan_status> {
    static constexpr fixed_array<secure_japan_status_row, 4> rows{{
        {secure_japan_status::implemented, "既に実施済み"_label, "Already implemented"_label, "既の実施済み"_label,
         "Already implemented"_label, "secure-japan-already-slip"_label},
        {secure_japan_status::under_way, "実施中であり、年度内に完了予定"_label,
         "Under way, to be completed within the fiscal year"_label,
         "既に具体的な検討や実施に向けた準備を進めており、年度内(又は予定内)に実施できる予定"_label,
         "Concrete study or preparation already under way; to be implemented within the fiscal year (or the planned period)"_label,
         ""_label},
        {secure_japan_status::not_started, "実施はまだであるが、年度内に完了予定"_label,
         "Not started yet, to be completed within the fiscal year"_label,
         "今後具体的な検討や実施に向けた作業を開始する予定だが、年度内(同上)に実施できる見込み"_label,
         "Concrete study or preparation yet to begin, but expected within the fiscal year (or the planned period)"_label,
         ""_label},
        {secure_japan_status::uncertain, "年度内に実施できるか不明"_label,
         "Unclear whether it can be done within the fiscal year"_label,
         "現時点では、年度内(同上)に実施できるどうか不明"_label,
         "Unclear for now whether it can be done within the fiscal year (or the planned period)"_label,
         "secure-japan-uncertain-slip"_label},
    }};
};
static_assert(detail::rows_describe_enum<secure_japan_status>(enum_rows<secure_japan_status>::rows),
              "nisc: secure_japan_status rows must follow enumerator order with unique, non-empty names");

inline namespace release_2007_10_03 {

/// 別紙5's long label, as printed; empty for a value outside the enumeration.
/// `nisc::long_name_ja(nisc::secure_japan_status::implemented) == "既の実施済み"`
[[nodiscard]] constexpr label long_name_ja(secure_japan_status s) noexcept {
    const auto* row = row_of(s);
    return row ? row->long_name_ja : label{};
}

/// The English of 別紙5's long label; empty for a value outside the enumeration.
[[nodiscard]] constexpr label long_name_en(secure_japan_status s) noexcept {
    const auto* row = row_of(s);
    return row ? row->long_name_en : label{};
}

/// One status's line: its count of measures (施策) and the percentage printed beside it.
struct secure_japan_progress_row {
    secure_japan_status status;
    std::int64_t measures;
    percent printed_percent;
};

/// 本文 §5(1): the four statuses of FY2007's measures at mid-year, 施策 with (%), in printed order.
/// `nisc::secure_japan_2007_progress.rows[1].measures == 111`
inline constexpr table<secure_japan_progress_row, 4, 1> secure_japan_2007_progress{
    {document_part::main_text, "§5(1)"_label, printed_unit::measures},
    {fiscal_year{2007}},
    {{
        {secure_japan_status::implemented, 27, percent{17}},
        {secure_japan_status::under_way, 111, percent{70}},
        {secure_japan_status::not_started, 18, percent{11}},
        {secure_japan_status::uncertain, 3, percent{2}},
    }},
};

/// 別紙5: the same counts and percentages, printed under the long labels.
inline constexpr table<secure_japan_progress_row, 4, 1> secure_japan_2007_progress_in_attachment{
    {document_part::attachment_5, "進捗状況(上半期)の概要"_label, printed_unit::measures},
    {fiscal_year{2007}},
    {{
        {secure_japan_status::implemented, 27, percent{17}},
        {secure_japan_status::under_way, 111, percent{70}},
        {secure_japan_status::not_started, 18, percent{11}},
        {secure_japan_status::uncertain, 3, percent{2}},
    }},
};

/// 本文 §5(1): 全159施策, every measure to be carried out in FY2007. `nisc::secure_japan_2007_total.value == 159`
inline constexpr sourced<std::int64_t> secure_japan_2007_total{
    159, {document_part::main_text, "§5(1)"_label, printed_unit::measures}};

/// The line of a status in 本文 §5(1), or nullptr for a value outside the enumeration.
/// `nisc::progress_of(nisc::secure_japan_status::uncertain)->measures == 3`
[[nodiscard]] constexpr const secure_japan_progress_row* progress_of(secure_japan_status s) noexcept {
    const auto i = index_of(s);  // rows follow enumerator order (checked below)
    return i ? &secure_japan_2007_progress.rows[*i] : nullptr;
}

}  // namespace release_2007_10_03

namespace detail {

// Each status once, in order, and the counts add up to the printed total: 27 + 111 + 18 + 3 = 159.
constexpr bool secure_japan_counts_sum_to_total(const table<secure_japan_progress_row, 4, 1>& t,
                                                std::int64_t total) noexcept {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        if (index_of(t.rows[i].status) != i || t.rows[i].measures < 0) return false;
        sum += t.rows[i].measures;
    }
    return sum == total && t.rows.size() == enum_count_v<secure_japan_status>;
}

// Each printed percentage is the half-up rounding of count / total (27/159 = 16.98 -> 17), and the
// printed percentages add up to 100.
constexpr bool secure_japan_percents_round_counts(const table<secure_japan_progress_row, 4, 1>& t,
                                                  std::int64_t total) noexcept {
    std::int64_t printed_sum = 0;
    for (const auto& r : t) {
        const auto q = make_ratio(r.measures, total);
        if (!q || round_half_up_percent(*q) != r.printed_percent) return false;
        printed_sum += r.printed_percent.value();
    }
    return printed_sum == 100;
}

// 本文 and 別紙5 print the same count and percentage for each status (their labels differ by design:
// see the erratum "secure-japan-status-labels"), for the same fiscal year, in two different parts.
constexpr bool secure_japan_printings_agree(const table<secure_japan_progress_row, 4, 1>& main_text,
                                            const table<secure_japan_progress_row, 4, 1>& attachment) noexcept {
    for (std::size_t i = 0; i < main_text.rows.size(); ++i) {
        const auto& a = main_text.rows[i];
        const auto& b = attachment.rows[i];
        if (a.status != b.status || a.measures != b.measures || a.printed_percent != b.printed_percent) return false;
    }
    return main_text.years.first == attachment.years.first && main_text.source.part != attachment.source.part;
}

}  // namespace detail

static_assert(detail::secure_japan_counts_sum_to_total(secure_japan_2007_progress, secure_japan_2007_total.value),
              "nisc: secure_japan_2007_progress: the counts must sum to the printed total (27 + 111 + 18 + 3 = 159)");
static_assert(detail::secure_japan_percents_round_counts(secure_japan_2007_progress, secure_japan_2007_total.value),
              "nisc: secure_japan_2007_progress: each percentage must be the half-up of count / 159, summing to 100");
static_assert(detail::secure_japan_printings_agree(secure_japan_2007_progress,
                                                   secure_japan_2007_progress_in_attachment),
              "nisc: secure_japan_2007_progress_in_attachment: 別紙5 must print the counts and percentages of 本文");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_SECURE_JAPAN_HPP
