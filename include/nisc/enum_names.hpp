// One verb family for every enumeration of nisc (ministries, policy areas, statuses, sectors...):
// name_ja / name_en / from_name / from_index / index_of / values_of.
#ifndef NISC_ENUM_NAMES_HPP
#define NISC_ENUM_NAMES_HPP

#include <nisc/detail/config.hpp>

#include <nisc/fixed_array.hpp>
#include <concepts>  // std::convertible_to
#include <cstddef>   // std::size_t
#include <nisc/maybe.hpp>
#include <nisc/label.hpp>
#include <type_traits>  // std::is_enum_v, std::underlying_type_t

namespace nisc {

/// Describes an enumeration: specialised next to each enum with `static constexpr std::array rows`,
/// one row per enumerator in enumerator order, each row having `id`, `name_ja` and `name_en`.
template <class E>
struct enum_rows;

/// The row of an enumeration that needs nothing but its two names.
/// `static constexpr fixed_array<enum_row<budget_basis>, 2> rows{{{budget_basis::initial_budget, "当初予算", "initial budget"}, ...}};`
template <class E>
struct enum_row {
    E id;
    label name_ja;
    label name_en;
};

/// An enumeration nisc can name and look up.
template <class E>
concept described_enum = std::is_enum_v<E> && requires {
    enum_rows<E>::rows.size();
    { enum_rows<E>::rows[0].id } -> std::convertible_to<E>;
    { enum_rows<E>::rows[0].name_ja } -> std::convertible_to<label>;
    { enum_rows<E>::rows[0].name_en } -> std::convertible_to<label>;
};

/// How many enumerators: `nisc::enum_count_v<nisc::ministry> == 19`.
template <described_enum E>
inline constexpr std::size_t enum_count_v = enum_rows<E>::rows.size();

/// The position of `e` in its enumeration, or empty for a value outside it (e.g. from a cast).
/// `nisc::index_of(nisc::ministry::defense) == 7`
template <described_enum E>
[[nodiscard]] constexpr maybe<std::size_t> index_of(E e) noexcept {
    using U = std::underlying_type_t<E>;
    const U u = static_cast<U>(e);
    if constexpr (std::is_signed_v<U>) {
        if (u < 0) return nothing;
    }
    if (static_cast<std::size_t>(u) >= enum_count_v<E>) return nothing;
    return static_cast<std::size_t>(u);
}

/// The enumerator at position `i`, or empty past the end. `nisc::from_index<nisc::ministry>(0)`
template <described_enum E>
[[nodiscard]] constexpr maybe<E> from_index(std::size_t i) noexcept {
    if (i >= enum_count_v<E>) return nothing;
    return enum_rows<E>::rows[i].id;
}

/// The row describing `e`, or nullptr for a value outside the enumeration.
template <described_enum E>
[[nodiscard]] constexpr const auto* row_of(E e) noexcept {
    const auto i = index_of(e);
    return i ? &enum_rows<E>::rows[*i] : nullptr;
}

/// The Japanese name as the release prints it (footnote markers removed); empty for a value
/// outside the enumeration. `nisc::name_ja(nisc::ministry::defense) == "防衛省"`
template <described_enum E>
[[nodiscard]] constexpr label name_ja(E e) noexcept {
    const auto* row = row_of(e);
    return row ? label{row->name_ja} : label{};
}

/// The English name; empty for a value outside the enumeration.
/// `nisc::name_en(nisc::ministry::defense) == "Ministry of Defense"`
template <described_enum E>
[[nodiscard]] constexpr label name_en(E e) noexcept {
    const auto* row = row_of(e);
    return row ? label{row->name_en} : label{};
}

/// The enumerator whose Japanese or English name is exactly `name`, or empty.
/// `nisc::from_name<nisc::ministry>("防衛省") == nisc::ministry::defense`
template <described_enum E>
[[nodiscard]] constexpr maybe<E> from_name(label name) noexcept {
    if (name.empty()) return nothing;
    for (const auto& row : enum_rows<E>::rows) {
        if (name == row.name_ja || name == row.name_en) return row.id;
    }
    return nothing;
}

/// Every enumerator in order, for range-for: `for (auto m : nisc::values_of<nisc::ministry>)`.
template <described_enum E>
inline constexpr fixed_array<E, enum_count_v<E>> values_of = [] {
    fixed_array<E, enum_count_v<E>> out{};
    for (std::size_t i = 0; i != out.size(); ++i) out[i] = enum_rows<E>::rows[i].id;
    return out;
}();

namespace detail {

// True when row i describes enumerator i, every name is present, and no name is used twice
// (so from_name is a function). Each enum header static_asserts it for its rows.
template <class E, class Rows>
constexpr bool rows_describe_enum(const Rows& rows) noexcept {
    // Walks the rows through a pointer and compares names as labels made once per row: the same
    // comparisons as indexing each time, for less constant-evaluation work in every include.
    using U = std::underlying_type_t<E>;
    const auto* const first = rows.data();
    const std::size_t n = rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        const label ja{first[i].name_ja}, en{first[i].name_en};
        if (static_cast<U>(first[i].id) != static_cast<U>(i) || ja.empty() || en.empty()) return false;
        for (const auto* other = first; other != first + i; ++other) {
            const label other_ja{other->name_ja}, other_en{other->name_en};
            if (ja == other_ja || ja == other_en || en == other_ja || en == other_en) return false;
        }
    }
    return true;
}

}  // namespace detail

}  // namespace nisc

#endif  // NISC_ENUM_NAMES_HPP
