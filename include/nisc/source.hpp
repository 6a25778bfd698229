// Provenance: where in a press release a figure is printed, and in what unit.
#ifndef NISC_SOURCE_HPP
#define NISC_SOURCE_HPP

#include <nisc/enum_names.hpp>

#include <nisc/fixed_array.hpp>
#include <cstdint>  // std::uint8_t
#include <nisc/label.hpp>

namespace nisc {

/// A part of the release: its main text (本文) or one of its attachments (別紙1–6).
enum class document_part : std::uint8_t {
    main_text,     ///< 本文
    attachment_1,  ///< 別紙1: international cooperation
    attachment_2,  ///< 別紙2: inspections, unified standards, the JRE response
    attachment_3,  ///< 別紙3: the FY2008 budget request
    attachment_4,  ///< 別紙4: Information Security Day awards
    attachment_5,  ///< 別紙5: Secure Japan 2007 progress
    attachment_6,  ///< 別紙6: evaluation work policy
};

template <>
struct enum_rows<document_part> {
    static constexpr fixed_array<enum_row<document_part>, 7> rows{{
        {document_part::main_text, "本文", "main text"},
        {document_part::attachment_1, "別紙1", "Attachment 1"},
        {document_part::attachment_2, "別紙2", "Attachment 2"},
        {document_part::attachment_3, "別紙3", "Attachment 3"},
        {document_part::attachment_4, "別紙4", "Attachment 4"},
        {document_part::attachment_5, "別紙5", "Attachment 5"},
        {document_part::attachment_6, "別紙6", "Attachment 6"},
    }};
};
static_assert(detail::rows_describe_enum<document_part>(enum_rows<document_part>::rows),
              "nisc: document_part rows must follow enumerator order with unique, non-empty names");

/// The unit a figure is printed in.
enum class printed_unit : std::uint8_t {
    none,           ///< a name, label or date: no unit
    yen_thousands,  ///< 千円
    yen_millions,   ///< 百万円
    yen_oku,        ///< 億円
    percent,        ///< %
    measures,       ///< 施策 (measures of Secure Japan 2007)
    bodies,         ///< 機関 / 府省庁 (government bodies)
    systems,        ///< システム (information systems)
    sectors,        ///< 分野 (critical-infrastructure sectors)
    items,          ///< items of a printed list
    times,          ///< 回 (occurrences: 第14回, 2回)
};

template <>
struct enum_rows<printed_unit> {
    // name_ja: the unit as printed; name_en: the unit's code in exports.
    static constexpr fixed_array<enum_row<printed_unit>, 11> rows{{
        {printed_unit::none, "(なし)", "none"},
        {printed_unit::yen_thousands, "千円", "thousand_yen"},
        {printed_unit::yen_millions, "百万円", "million_yen"},
        {printed_unit::yen_oku, "億円", "oku_yen"},
        {printed_unit::percent, "%", "percent"},
        {printed_unit::measures, "施策", "measures"},
        {printed_unit::bodies, "機関", "bodies"},
        {printed_unit::systems, "システム", "systems"},
        {printed_unit::sectors, "分野", "sectors"},
        {printed_unit::items, "項目", "items"},
        {printed_unit::times, "回", "times"},
    }};
};
static_assert(detail::rows_describe_enum<printed_unit>(enum_rows<printed_unit>::rows),
              "nisc: printed_unit rows must follow enumerator order with unique, non-empty names");

/// Where a datum stands: part of the release, section or table within it, printed unit.
/// `nisc::budget_by_ministry.source.part == nisc::document_part::attachment_3`
struct source_ref {
    document_part part;
    label section;  ///< e.g. "§3 府省庁別予算額" or "§3(2)"
    printed_unit unit;

    friend constexpr bool operator==(const source_ref&, const source_ref&) noexcept = default;
};

}  // namespace nisc

#endif  // NISC_SOURCE_HPP
