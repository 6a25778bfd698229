// The terms 本文 defines in its footnotes (1)–(3): JRE, DNS and 重要インフラ, as short entries (the
// term, its expansion as printed, an English gloss), not as the footnotes' sentences. Checked:
// numbered 1 to 3 in order, and 重要インフラ expands to exactly the ten sectors.
#ifndef NISC_RELEASE_2007_10_03_GLOSSARY_HPP
#define NISC_RELEASE_2007_10_03_GLOSSARY_HPP

#include <nisc/release_2007_10_03/critical_infrastructure.hpp>

#include <nisc/enum_names.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <cstddef>  // std::size_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// A term a footnote defines.
struct glossary_entry {
    label term;        ///< as printed in the text, footnote marker removed: "JRE"
    label expansion;   ///< what the footnote expands it to, as printed
    label meaning_en;  ///< nisc's English gloss
    int footnote;      ///< the footnote's number, (1) to (3)
    source_ref source;
};

/// 本文 footnotes (1)–(3). `nisc::glossary.value[1].expansion == "Domain Name System"`
inline constexpr sourced<fixed_array<glossary_entry, 3>> glossary{
    {{
        {"JRE"_label,
         "Java Runtime Environment"_label,
         "Software on the user's computer that Java applications need in order to run"_label,
         1,
         {document_part::main_text, "脚注1"_label, printed_unit::none}},
        {"DNS"_label,
         "Domain Name System"_label,
         "The system that maps host names to IP addresses"_label,
         2,
         {document_part::main_text, "脚注2"_label, printed_unit::none}},
        {"重要インフラ"_label,
         "情報通信、金融、航空、鉄道、電力、ガス、政府・行政サービス、医療、水道、物流"_label,
         "Critical infrastructure: the ten sectors of nisc::critical_infrastructure_sector"_label,
         3,
         {document_part::main_text, "脚注3"_label, printed_unit::sectors}},
    }},
    {document_part::main_text, "脚注"_label, printed_unit::none}};

/// The entry for a term, or nullptr for a term no footnote defines.
/// `nisc::find_term("DNS")->footnote == 2`
[[nodiscard]] constexpr const glossary_entry* find_term(label term) noexcept {
    for (const auto& e : glossary.value) {
        if (e.term == term) return &e;
    }
    return nullptr;
}

}  // namespace release_2007_10_03

namespace detail {

// True when `text` is exactly the Japanese names of `rows` joined by `separator`. One pass over the
// bytes through raw pointers: clang evaluates this several times faster than a chain of label
// comparisons.
template <class Rows>
constexpr bool joins_names(label text, const Rows& rows, label separator) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const label parts[2] = {i == 0 ? label{} : separator, rows.data()[i].name_ja};
        for (const label part : parts) {
            const char* q = part.data();
            const char* const part_end = q + part.size();
            for (; q != part_end; ++p, ++q) {
                if (p == end || *p != *q) return false;
            }
        }
    }
    return p == end;
}

// Footnotes 1 to N in order, each with a term and an expansion; the entry of footnote
// `sectors_footnote` expands to the sector names joined by 、, in enumerator order.
constexpr bool glossary_holds(const fixed_array<glossary_entry, 3>& entries, int sectors_footnote) noexcept {
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (e.footnote != static_cast<int>(i) + 1 || e.term.empty() || e.expansion.empty()) return false;
        if (e.footnote == sectors_footnote &&
            !joins_names(e.expansion, enum_rows<critical_infrastructure_sector>::rows, "、"_label))
            return false;
    }
    return true;
}

}  // namespace detail

static_assert(
    detail::glossary_holds(glossary.value, 3),
    "nisc: glossary: footnotes 1-3 in order, and 重要インフラ must expand to the ten sectors in printed order");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_GLOSSARY_HPP
