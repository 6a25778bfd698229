// Printed tables: rows with their provenance and, for tables by year, their fiscal-year columns.
#ifndef NISC_TABLE_HPP
#define NISC_TABLE_HPP

#include <nisc/fiscal_year.hpp>
#include <nisc/source.hpp>

#include <nisc/fixed_array.hpp>
#include <cstddef>  // std::size_t
#include <nisc/maybe.hpp>

namespace nisc {

/// A figure (or any datum) together with where the release prints it.
/// `nisc::budget_request_total.value == nisc::million_yen{33'750}`
template <class T>
struct sourced {
    T value;
    source_ref source;
};

/// `Years` consecutive fiscal-year columns starting at `first`.
/// `nisc::budget_by_ministry.years.index_of(nisc::fiscal_year{2007}) == 1`
template <std::size_t Years>
struct year_columns {
    fiscal_year first;

    [[nodiscard]] static constexpr std::size_t size() noexcept { return Years; }
    /// The year of column i, or empty past the last column.
    [[nodiscard]] constexpr maybe<fiscal_year> at(std::size_t i) const noexcept {
        if (i >= Years) return nothing;
        return fiscal_year{first.start_year() + static_cast<int>(i)};
    }
    [[nodiscard]] constexpr fiscal_year last() const noexcept {
        return fiscal_year{first.start_year() + static_cast<int>(Years) - 1};
    }
    /// The column of `fy`, or empty when the table has no such year.
    [[nodiscard]] constexpr maybe<std::size_t> index_of(fiscal_year fy) const noexcept {
        if (fy < first || fy > last()) return nothing;
        return static_cast<std::size_t>(fy.start_year() - first.start_year());
    }
    /// Every year, for range-for.
    [[nodiscard]] constexpr fixed_array<fiscal_year, Years> all() const noexcept {
        fixed_array<fiscal_year, Years> out{};
        for (std::size_t i = 0; i < Years; ++i) out[i] = fiscal_year{first.start_year() + static_cast<int>(i)};
        return out;
    }
};

/// A printed table: where it stands, its year columns, its rows in printed order. Iterable with
/// range-for and the `<ranges>` algorithms: `for (const auto& row : nisc::budget_by_ministry)`.
template <class Row, std::size_t N, std::size_t Years>
struct table {
    source_ref source;
    year_columns<Years> years;
    fixed_array<Row, N> rows;

    [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
    [[nodiscard]] constexpr const Row* begin() const noexcept { return rows.data(); }
    [[nodiscard]] constexpr const Row* end() const noexcept { return rows.data() + N; }
    /// Row i, or nullptr past the end.
    [[nodiscard]] constexpr const Row* at(std::size_t i) const noexcept { return i < N ? &rows[i] : nullptr; }
};

}  // namespace nisc

#endif  // NISC_TABLE_HPP
