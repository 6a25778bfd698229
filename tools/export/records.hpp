// The export's record model: one record per printed figure, count or date of the release, in the
// tidy long form of docs/export.md. The records are generated from the typed tables of <nisc/nisc.hpp>
// (records.cpp); the writers (writers.hpp) only lay them out as CSV, JSON or a data package.
#ifndef NISC_TOOLS_EXPORT_RECORDS_HPP
#define NISC_TOOLS_EXPORT_RECORDS_HPP

#include <nisc/nisc.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nisc_export {

/// One printed figure (or count, or date) with everything needed to find and read it.
struct record {
    std::string table;               ///< e.g. "budget_by_ministry"
    std::string code;                ///< stable id of the row within its table, e.g. "defense", "1-1"
    std::string label_ja;            ///< the row's label as printed, footnote markers removed
    std::optional<int> fiscal_year;  ///< Gregorian start year (2008 for 平成20年度); none when not by year
    std::string measure;             ///< amount, change, change_percent, ratio_percent, count, share_percent, ...
    std::string value;               ///< exactly as printed, without separators or unit: "33750112", "0.8"
    std::string unit;                ///< thousand_yen, million_yen, oku_yen, percent, measures, ...
    std::string label_en;            ///< the row's English label
    std::string basis;               ///< for budget amounts: initial_budget or budget_request; else empty
    nisc::source_ref source;         ///< where the figure stands in the release
};

/// One exported table: its name in the `table` column and what it holds.
struct table_info {
    std::string_view name;
    std::string_view title_en;
    nisc::source_ref source;
};

/// The exported tables, in output order.
std::vector<table_info> exported_tables();

/// Every record of the release, table by table in the order of exported_tables(), rows in printed order.
std::vector<record> release_records();

/// The column names of the CSV, in order (the first seven are fixed by the export schema).
std::span<const std::string_view> columns();

/// A record's cell for column `i` of columns(), as it goes into the CSV.
std::string cell_text(const record& r, std::size_t column);

/// The release the records come from, for the metadata of the JSON and the data package.
struct release_info {
    std::string_view issuer_ja;
    std::string_view issuer_en;
    std::string_view title_ja;
    std::string_view title_en;
    std::string_view date;  ///< ISO 8601
};
release_info release();

}  // namespace nisc_export

#endif  // NISC_TOOLS_EXPORT_RECORDS_HPP
