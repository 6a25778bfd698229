// The policy areas (対策実施領域) of 別紙3 §2: nine printed rows grouped into seven areas.
#ifndef NISC_POLICY_AREA_HPP
#define NISC_POLICY_AREA_HPP

#include <nisc/enum_names.hpp>

#include <nisc/fixed_array.hpp>
#include <concepts>  // std::same_as
#include <cstdint>   // std::uint8_t
#include <nisc/maybe.hpp>
#include <nisc/label.hpp>

namespace nisc {

/// One of the seven areas of the First National Strategy on Information Security into which
/// 別紙3 §2 sorts the budget. Area 1 is printed only through its rows 1-1 to 1-3.
enum class policy_area : std::uint8_t {
    government_standards,       ///< 1 政府機関 (rows 1-1 to 1-3)
    government_other,           ///< 2 政府機関（1以外）
    local_governments,          ///< 3 地方公共団体
    critical_infrastructure,    ///< 4 重要インフラ
    businesses,                 ///< 5 企業
    individuals,                ///< 6 個人
    cross_cutting_foundations,  ///< 7 横断的な基盤の形成
};

/// One of the nine rows printed in 別紙3 §2, in printed order.
enum class policy_area_row : std::uint8_t {
    government_systems,         ///< 1-1
    government_organisation,    ///< 1-2
    government_other_measures,  ///< 1-3
    government_other,           ///< 2
    local_governments,          ///< 3
    critical_infrastructure,    ///< 4
    businesses,                 ///< 5
    individuals,                ///< 6
    cross_cutting_foundations,  ///< 7
};

/// An area's number and names.
struct policy_area_info {
    policy_area id;
    label code;     ///< the printed number, "1" to "7"
    label name_ja;  ///< area 1: the stem its three rows share; others: as printed
    label name_en;
};

/// A printed row's number, area and names.
struct policy_area_row_info {
    policy_area_row id;
    label code;        ///< the printed row number, "1-1" to "7"
    policy_area area;  ///< the area the row belongs to
    label name_ja;     ///< the printed label after the row number
    label name_en;
};

template <>
struct enum_rows<policy_area> {
    static constexpr fixed_array<policy_area_info, 7> rows{{
        {policy_area::government_standards, "1", "政府機関", "Government agencies (unified standards compliance)"},
        {policy_area::government_other, "2", "政府機関（1以外）", "Government agencies (other than 1)"},
        {policy_area::local_governments, "3", "地方公共団体", "Local governments"},
        {policy_area::critical_infrastructure, "4", "重要インフラ", "Critical infrastructure"},
        {policy_area::businesses, "5", "企業", "Businesses"},
        {policy_area::individuals, "6", "個人", "Individuals"},
        {policy_area::cross_cutting_foundations, "7", "横断的な基盤の形成", "Building cross-cutting foundations"},
    }};
};

template <>
struct enum_rows<policy_area_row> {
    static constexpr fixed_array<policy_area_row_info, 9> rows{{
        {policy_area_row::government_systems, "1-1", policy_area::government_standards,
         "政府機関（政府機関統一基準遵守に係るシステム構築関係）",
         "Government agencies (systems built to comply with the unified government standards)"},
        {policy_area_row::government_organisation, "1-2", policy_area::government_standards,
         "政府機関（政府機関統一基準遵守に係る体制整備関係）",
         "Government agencies (organisation set up to comply with the unified government standards)"},
        {policy_area_row::government_other_measures, "1-3", policy_area::government_standards,
         "政府機関（政府機関統一基準遵守に係るその他）", "Government agencies (other unified-standards compliance)"},
        {policy_area_row::government_other, "2", policy_area::government_other, "政府機関（1以外）",
         "Government agencies (other than 1)"},
        {policy_area_row::local_governments, "3", policy_area::local_governments, "地方公共団体", "Local governments"},
        {policy_area_row::critical_infrastructure, "4", policy_area::critical_infrastructure, "重要インフラ",
         "Critical infrastructure"},
        {policy_area_row::businesses, "5", policy_area::businesses, "企業", "Businesses"},
        {policy_area_row::individuals, "6", policy_area::individuals, "個人", "Individuals"},
        {policy_area_row::cross_cutting_foundations, "7", policy_area::cross_cutting_foundations, "横断的な基盤の形成",
         "Building cross-cutting foundations"},
    }};
};

namespace detail {
// Rows of one area are contiguous, areas appear in order, and every area has a row.
constexpr bool rows_group_into_areas(const fixed_array<policy_area_row_info, 9>& rows) noexcept {
    std::size_t area = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto a = static_cast<std::size_t>(rows[i].area);
        if (i == 0 ? a != 0 : (a != area && a != area + 1)) return false;
        area = a;
    }
    return area + 1 == enum_count_v<policy_area>;
}
}  // namespace detail

static_assert(detail::rows_describe_enum<policy_area>(enum_rows<policy_area>::rows),
              "nisc: policy_area rows must follow enumerator order with unique, non-empty names");
static_assert(detail::rows_describe_enum<policy_area_row>(enum_rows<policy_area_row>::rows),
              "nisc: policy_area_row rows must follow enumerator order with unique, non-empty names");
static_assert(detail::rows_group_into_areas(enum_rows<policy_area_row>::rows),
              "nisc: policy_area_row rows must list areas 1 to 7 in order, each area's rows together");

/// The printed number: `nisc::code(nisc::policy_area_row::government_organisation) == "1-2"`;
/// empty for a value outside the enumeration.
[[nodiscard]] constexpr label code(policy_area_row r) noexcept {
    const auto* row = row_of(r);
    return row ? row->code : label{};
}

/// The printed number: `nisc::code(nisc::policy_area::businesses) == "5"`; empty when out of range.
[[nodiscard]] constexpr label code(policy_area a) noexcept {
    const auto* row = row_of(a);
    return row ? row->code : label{};
}

/// The area a row belongs to: `nisc::area_of(nisc::policy_area_row::government_other_measures) ==
/// nisc::policy_area::government_standards`; empty for a value outside the enumeration.
[[nodiscard]] constexpr maybe<policy_area> area_of(policy_area_row r) noexcept {
    const auto* row = row_of(r);
    if (row == nullptr) return nothing;
    return row->area;
}

/// The row printed with the number `code` ("1-1" ... "7"), or empty.
[[nodiscard]] constexpr maybe<policy_area_row> row_from_code(label c) noexcept {
    for (const auto& row : enum_rows<policy_area_row>::rows) {
        if (row.code == c) return row.id;
    }
    return nothing;
}

/// The printed rows of an area, in order; range-for ready.
/// `for (auto r : nisc::rows_of(nisc::policy_area::government_standards))` visits 1-1, 1-2, 1-3.
/// Empty for a value outside the enumeration.
struct policy_area_rows {
    const policy_area_row* first = nullptr;
    const policy_area_row* last = nullptr;
    [[nodiscard]] constexpr const policy_area_row* begin() const noexcept { return first; }
    [[nodiscard]] constexpr const policy_area_row* end() const noexcept { return last; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(last - first); }
    [[nodiscard]] constexpr bool empty() const noexcept { return first == last; }
};

[[nodiscard]] constexpr policy_area_rows rows_of(policy_area a) noexcept {
    const auto& all = values_of<policy_area_row>;
    policy_area_rows out{};
    if (!index_of(a)) return out;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (enum_rows<policy_area_row>::rows[i].area != a) continue;
        if (out.first == nullptr) out.first = all.data() + i;
        out.last = all.data() + i + 1;
    }
    return out;
}

/// A set of policy areas, e.g. those a heading of the main text covers.
/// `nisc::policy_area_set{nisc::policy_area::businesses}.contains(nisc::policy_area::businesses)`
class policy_area_set {
public:
    constexpr policy_area_set() noexcept = default;
    // clang-format 14 glues a fold expression's && to its operands.
    // clang-format off
    /// The set of the given areas; values outside the enumeration are left out.
    template <class... Areas>
        requires(std::same_as<Areas, policy_area> && ...)
    constexpr explicit policy_area_set(Areas... areas) noexcept {
        (add(areas), ...);
    }
    // clang-format on

    [[nodiscard]] constexpr bool contains(policy_area a) const noexcept {
        const auto i = index_of(a);
        return i && (bits_ >> *i & 1U) != 0;
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (unsigned b = bits_; b != 0; b >>= 1) n += b & 1U;
        return n;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }

    friend constexpr bool operator==(policy_area_set, policy_area_set) noexcept = default;

private:
    constexpr void add(policy_area a) noexcept {
        if (const auto i = index_of(a)) bits_ = static_cast<std::uint8_t>(bits_ | 1U << *i);
    }
    std::uint8_t bits_ = 0;
};

}  // namespace nisc

#endif  // NISC_POLICY_AREA_HPP
