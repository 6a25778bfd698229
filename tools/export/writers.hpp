// Lays the export's records out as CSV (RFC 4180), JSON, or a Frictionless / Fiscal Data Package.
// Every function returns the complete text in memory, so the program writes nothing until all of
// it is ready (and then writes it to a temporary file that it renames).
#ifndef NISC_TOOLS_EXPORT_WRITERS_HPP
#define NISC_TOOLS_EXPORT_WRITERS_HPP

#include "records.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nisc_export {

/// A CSV field, quoted when it holds a comma, a double quote, CR or LF (quotes doubled), per RFC 4180.
std::string csv_field(std::string_view text);

/// A JSON string literal: quotes, backslashes and control characters escaped, UTF-8 kept as is.
std::string json_string(std::string_view text);

/// True when `value` is a JSON number as written (an optional '-', digits, an optional fraction):
/// such values go into JSON unquoted, digit for digit as printed.
bool is_plain_number(std::string_view value);

/// The records as CSV: a header line of columns(), then one line per record, CRLF line ends, UTF-8
/// without a byte-order mark.
std::string to_csv(const std::vector<record>& records);

/// The records as one JSON object: the source release, the exported tables, the errata, and the
/// records, each with its provenance.
std::string to_json(const std::vector<record>& records);

/// One file of a data package: its path relative to the package directory, and its content.
struct package_file {
    std::string path;
    std::string content;
};

/// A data package: data/records.csv (exactly to_csv), one Fiscal Data Package view per budget
/// table under data/fiscal/, and datapackage.json describing them all. datapackage.json comes last.
std::vector<package_file> to_datapackage(const std::vector<record>& records);

}  // namespace nisc_export

#endif  // NISC_TOOLS_EXPORT_WRITERS_HPP
