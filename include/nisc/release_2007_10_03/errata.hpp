// Where the 2007-10-03 release disagrees with itself or with its own arithmetic, and the slips in
// its labels. nisc encodes what was printed; each entry says what was printed, what the release's
// own figures or its other printings give instead, and which check (if any) accepts it.
#ifndef NISC_RELEASE_2007_10_03_ERRATA_HPP
#define NISC_RELEASE_2007_10_03_ERRATA_HPP

#include <nisc/release_2007_10_03/secure_japan.hpp>
#include <nisc/release_2007_10_03/summary.hpp>

#include <nisc/enum_names.hpp>
#include <nisc/erratum.hpp>
#include <nisc/source.hpp>

#include <cstddef>  // std::size_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// Every known place where the release disagrees with itself, in document order (本文, then 別紙1–6).
/// docs/errata.md lists the same entries in the same order (a test compares them).
/// `nisc::find_erratum("secure-japan-already-slip")->printed == "既の実施済み"`
inline constexpr fixed_array<erratum, 15> errata{{
    {"jre-hearing-counter"_label,
     {document_part::main_text, "§2(1)"_label, printed_unit::bodies},
     "全府省庁(19機関)"_label,
     "別紙2 counts the same hearings as 全府省庁(19府省庁), twice; 別紙3 §3 lists 19 bodies"_label,
     "detail::jre_hearing_covers_every_body"_label,
     "One number under two counters (機関, 府省庁); nisc keeps both printings and checks they agree."_label},
    {"summary-businesses-percent"_label,
     {document_part::main_text, "§3(2) 企業関係"_label, printed_unit::percent},
     "8%"_label,
     "7% on the printed figures (1 / 15); 11% on 別紙3 §2 (1,639 / 1,482 百万円)"_label,
     "detail::summary_percents_match through summary_percent_errata"_label,
     "The growth printed for businesses matches neither the rounded nor the exact figures."_label},
    {"international-konkai-slip"_label,
     {document_part::attachment_1, "別紙1-1"_label, printed_unit::none},
     "(今時策定の文書)"_label,
     "今回策定の文書 (the document drawn up this time) is what the diagram means"_label,
     "-"_label,
     "Probable kanji slip in a diagram's caption, which nisc does not encode."_label},
    {"international-atta-slip"_label,
     {document_part::attachment_1, "別紙1-1"_label, printed_unit::none},
     "もあつたことから"_label,
     "あった, with a small っ, as 別紙2 writes it"_label,
     "-"_label,
     "A full-size つ where the small っ belongs, in a sentence nisc does not encode."_label},
    {"international-decision-title"_label,
     {document_part::attachment_1, "別紙1-1 取組みの5つの方向性"_label, printed_unit::none},
     "情報セキュリティ分野における国際協調・貢献に向けた取組み"_label,
     "本文 §1 titles the same decision 我が国の情報セキュリティ分野における国際協調・貢献に向けた取り組み"_label,
     "-"_label,
     "The decision's title differs (我が国の; 取組み or 取り組み); nisc::international_decision keeps 本文's."_label},
    {"area-ratio-on-first-row"_label,
     {document_part::attachment_3, "§2 施策の内訳 1-1 前年比"_label, printed_unit::percent},
     "111% on row 1-1"_label,
     "row 1-1 alone gives 106% (19,156 / 18,113); area 1 (rows 1-1 to 1-3) gives 111% (20,099 / 18,113)"_label,
     "detail::area_ratios_match"_label,
     "The ratio printed on row 1-1 is that of area 1 as a whole; rows 1-2 and 1-3 print none."_label},
    {"secure-japan-title-yu-slip"_label,
     {document_part::attachment_5, "標題"_label, printed_unit::none},
     "「セキユア・ジャパン2007」の進捗状況(上半期)の概要"_label,
     "セキュア・ジャパン2007, with a small ュ, as 本文 §5(1) writes it"_label,
     "-"_label,
     "A full-size ユ where the small ュ belongs, in the attachment's title."_label},
    {"secure-japan-status-labels"_label,
     {document_part::attachment_5, "進捗状況(上半期)の概要"_label, printed_unit::measures},
     "既に具体的な検討や実施に向けた準備を進めており、年度内(又は予定内)に実施できる予定"_label,
     "本文 §5(1) prints the same 111 measures (70%) as 実施中であり、年度内に完了予定; all four statuses differ"_label,
     "detail::secure_japan_printings_agree"_label,
     "Two label sets for one breakdown, differing even in meaning (under way / preparing); nisc keeps both."_label},
    {"secure-japan-already-slip"_label,
     {document_part::attachment_5, "進捗状況(上半期)の概要"_label, printed_unit::none},
     "既の実施済み"_label,
     "既に実施済み, as 本文 §5(1) prints it"_label,
     "-"_label,
     "の for に; long_name_ja keeps the label as printed."_label},
    {"secure-japan-uncertain-slip"_label,
     {document_part::attachment_5, "進捗状況(上半期)の概要"_label, printed_unit::none},
     "現時点では、年度内(同上)に実施できるどうか不明"_label,
     "実施できるかどうか: the か is missing"_label,
     "-"_label,
     "A dropped particle; long_name_ja keeps the label as printed."_label},
    {"secure-japan-conclusion-medo-slip"_label,
     {document_part::attachment_5, "結論"_label, printed_unit::none},
     "実施できる目的が立っており"_label,
     "目途が立っており (the prospect is in sight) is the phrase meant"_label,
     "-"_label,
     "Probable slip (目的 for 目途) in a sentence nisc does not encode."_label},
    {"secure-japan-conclusion-yu-slip"_label,
     {document_part::attachment_5, "結論"_label, printed_unit::none},
     "「セキユア・ジャパン2007」"_label,
     "セキュア・ジャパン2007"_label,
     "-"_label,
     "The same ユ for ュ as in the attachment's title."_label},
    {"work-policy-title"_label,
     {document_part::attachment_6, "標題"_label, printed_unit::none},
     "情報セキュリティ政策・評価等に向けた「作業方針」について"_label,
     "本文 §5(2) names it 情報セキュリティ政策・2007年度の評価等に向けた「作業方針」"_label,
     "-"_label,
     "The attachment's title leaves out the fiscal year the work covers."_label},
    {"evaluation-framework-yu-slip"_label,
     {document_part::attachment_6, "策定の根拠"_label, printed_unit::none},
     "「セキユア・ジャパン」の実現に向けた取組みの評価"_label,
     "セキュア・ジャパン"_label,
     "-"_label,
     "The third ユ for ュ, in the title of a framework document."_label},
    {"evaluation-framework-bracket"_label,
     {document_part::attachment_6, "策定の根拠"_label, printed_unit::none},
     "…持続的改善の推進について（決定）」"_label,
     "the title's opening 「 is missing; the closing 」 has no partner"_label,
     "-"_label,
     "Unbalanced quotation marks around the first framework document's title."_label},
}};

/// The erratum with this id, or nullptr. `nisc::find_erratum("summary-businesses-percent")`
[[nodiscard]] constexpr const erratum* find_erratum(label id) noexcept {
    for (const auto& e : errata) {
        if (e.id == id) return &e;
    }
    return nullptr;
}

}  // namespace release_2007_10_03

namespace detail {
// Errata ids are unique and every typed erratum used by a check has its entry in the list.
// (Raw pointers and a length test before each comparison keep this quadratic loop cheap to
// evaluate: clang spends far more on bounds-checked indexing and label copies than on the bytes.)
template <std::size_t N, std::size_t E>
constexpr bool errata_are_listed(const fixed_array<erratum, N>& list,
                                 const fixed_array<summary_percent_erratum, E>& percent_errata) noexcept {
    const erratum* const entries = list.data();
    for (std::size_t i = 0; i < N; ++i) {
        const label id = entries[i].id;
        for (std::size_t j = 0; j < i; ++j) {
            if (entries[j].id.size() == id.size() && entries[j].id == id) return false;
        }
    }
    for (const auto& e : percent_errata) {
        bool listed = false;
        for (std::size_t i = 0; i < N && !listed; ++i) listed = entries[i].id == e.erratum_id;
        if (!listed) return false;
    }
    return true;
}

// Every slip a Secure Japan status label points to is listed, with that label as its printed text.
template <std::size_t N, class Rows>
constexpr bool label_slips_are_listed(const fixed_array<erratum, N>& list, const Rows& rows) noexcept {
    const erratum* const entries = list.data();
    for (const auto& r : rows) {
        if (r.long_name_erratum.empty()) continue;
        bool listed = false;
        for (std::size_t i = 0; i < N && !listed; ++i) {
            listed = entries[i].id == r.long_name_erratum && entries[i].printed == r.long_name_ja;
        }
        if (!listed) return false;
    }
    return true;
}
}  // namespace detail

static_assert(detail::errata_are_listed(errata, summary_percent_errata),
              "nisc: errata: ids must be unique and every erratum a check relies on must be listed");
static_assert(detail::label_slips_are_listed(errata, enum_rows<secure_japan_status>::rows),
              "nisc: errata: each slip in a secure_japan_status label must be listed with the label as printed");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_ERRATA_HPP
