// CSV, JSON and data-package layouts of the export's records.
#include "writers.hpp"

#include "codes.hpp"

#include <nisc/text.hpp>
#include <nisc/version.hpp>

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nisc_export {

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string{text};
    std::string out{"\""};
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string json_string(std::string_view text) {
    std::string out{"\""};
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(u));
            out += buf;
        } else {
            out += c;  // UTF-8 bytes pass through: JSON text is UTF-8
        }
    }
    out += '"';
    return out;
}

bool is_plain_number(std::string_view v) {
    std::size_t i = 0;
    if (i < v.size() && v[i] == '-') ++i;
    const std::size_t first_digit = i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i;
    const std::size_t whole_digits = i - first_digit;
    // JSON forbids leading zeros ("08"), so such a value stays a string.
    if (whole_digits == 0 || (whole_digits > 1 && v[first_digit] == '0')) return false;
    if (i == v.size()) return true;
    if (v[i] != '.') return false;
    ++i;
    const std::size_t fraction_start = i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i;
    return i == v.size() && i > fraction_start;
}

std::string to_csv(const std::vector<record>& records) {
    const auto& cols = columns();
    std::string out;
    for (std::size_t c = 0; c < cols.size(); ++c) {
        if (c > 0) out += ',';
        out += csv_field(cols[c]);
    }
    out += "\r\n";
    for (const auto& r : records) {
        for (std::size_t c = 0; c < cols.size(); ++c) {
            if (c > 0) out += ',';
            out += csv_field(cell_text(r, c));
        }
        out += "\r\n";
    }
    return out;
}

namespace {

std::string json_source(const nisc::source_ref& s) {
    std::string out{"{\"part\": "};
    out += json_string(code_of(s.part));
    out += ", \"part_ja\": " + json_string(nisc::name_ja(s.part));
    out += ", \"section\": " + json_string(s.section);
    out += ", \"printed_unit\": " + json_string(nisc::name_ja(s.unit));
    out += "}";
    return out;
}

std::string json_value(std::string_view value) {
    return is_plain_number(value) ? std::string{value} : json_string(value);
}

std::string json_record(const record& r) {
    std::string out{"{"};
    out += "\"table\": " + json_string(r.table);
    out += ", \"code\": " + json_string(r.code);
    out += ", \"label_ja\": " + json_string(r.label_ja);
    out += ", \"fiscal_year\": " + (r.fiscal_year ? std::to_string(*r.fiscal_year) : std::string{"null"});
    out += ", \"measure\": " + json_string(r.measure);
    out += ", \"value\": " + json_value(r.value);
    out += ", \"unit\": " + json_string(r.unit);
    out += ", \"label_en\": " + json_string(r.label_en);
    out += ", \"basis\": " + (r.basis.empty() ? std::string{"null"} : json_string(r.basis));
    out += ", \"source\": " + json_source(r.source);
    out += "}";
    return out;
}

std::string json_release() {
    const auto rel = release();
    std::string out{"{"};
    out += "\"issuer_ja\": " + json_string(rel.issuer_ja);
    out += ", \"issuer_en\": " + json_string(rel.issuer_en);
    out += ", \"title_ja\": " + json_string(rel.title_ja);
    out += ", \"title_en\": " + json_string(rel.title_en);
    out += ", \"date\": " + json_string(rel.date);
    out += "}";
    return out;
}

std::string json_errata() {
    std::string out{"["};
    bool first = true;
    for (const auto& e : nisc::errata) {
        out += first ? "\n    " : ",\n    ";
        first = false;
        out += "{\"id\": " + json_string(e.id);
        out += ", \"source\": " + json_source(e.where);
        out += ", \"printed\": " + json_string(e.printed);
        out += ", \"arithmetic\": " + json_string(e.arithmetic);
        out += ", \"accepted_by\": " + json_string(e.accepted_by);
        out += ", \"note\": " + json_string(e.note) + "}";
    }
    out += "\n  ]";
    return out;
}

std::string json_tables() {
    std::string out{"["};
    bool first = true;
    for (const auto& t : exported_tables()) {
        out += first ? "\n    " : ",\n    ";
        first = false;
        out += "{\"name\": " + json_string(t.name) + ", \"title_en\": " + json_string(t.title_en) +
               ", \"source\": " + json_source(t.source) + "}";
    }
    out += "\n  ]";
    return out;
}

std::string nisc_version_text() {
    return std::to_string(NISC_VERSION_MAJOR) + "." + std::to_string(NISC_VERSION_MINOR) + "." +
           std::to_string(NISC_VERSION_PATCH);
}

}  // namespace

std::string to_json(const std::vector<record>& records) {
    std::string out{"{\n"};
    out += "  \"name\": \"nisc-2007-10-03\",\n";
    out += "  \"generator\": " + json_string("nisc-export " + nisc_version_text()) + ",\n";
    out += "  \"source\": " + json_release() + ",\n";
    out += "  \"columns\": [";
    for (std::size_t c = 0; c < columns().size(); ++c) out += (c ? ", " : "") + json_string(columns()[c]);
    out += "],\n";
    out += "  \"tables\": " + json_tables() + ",\n";
    out += "  \"errata\": " + json_errata() + ",\n";
    out += "  \"records\": [";
    for (std::size_t i = 0; i < records.size(); ++i) {
        out += i ? ",\n    " : "\n    ";
        out += json_record(records[i]);
    }
    out += "\n  ]\n}\n";
    return out;
}

// ---------------------------------------------------------------------------------------------
// Data package.

namespace {

// Yen per unit of an amount unit of the export, or 0 for a unit that is not money.
long long factor_of(std::string_view unit) {
    if (unit == nisc::scale::thousand::code) return nisc::scale::thousand::yen;
    if (unit == nisc::scale::million::code) return nisc::scale::million::yen;
    if (unit == nisc::scale::oku::code) return nisc::scale::oku::yen;
    return 0;
}

// The Fiscal Data Package budget phase of a basis: an enacted initial budget is approved, a
// request is proposed.
std::string_view phase_of(std::string_view basis) {
    if (basis == code_of(nisc::budget_basis::initial_budget)) return "approved";
    if (basis == code_of(nisc::budget_basis::budget_request)) return "proposed";
    return "";
}

// How a budget table classifies its amounts, in Fiscal Data Package terms.
struct classification {
    std::string_view dimension;  // key in model.dimensions
    std::string_view dimension_type;
    std::string_view classification_type;  // empty when not a classification
};

classification classification_of(std::string_view table) {
    if (table == "budget_by_ministry") return {"administrative_classification", "classification", "administrative"};
    if (table == "budget_by_area") return {"functional_classification", "classification", "functional"};
    if (table == "budget_summary") return {"summary_heading", "classification", "functional"};
    return {"budget_line", "other", ""};
}

// A budget table pivoted for the Fiscal Data Package: one row per code in first-seen order, one
// amount column per fiscal year. Only amounts in money units take part.
struct fiscal_row {
    std::string code;
    std::string label_ja;
    std::string label_en;
    std::map<int, std::string> amounts;  // fiscal year -> value as printed
};

struct fiscal_view {
    std::string table;
    std::string unit;
    std::map<int, std::string> basis_by_year;
    std::vector<fiscal_row> rows;
};

std::vector<fiscal_view> fiscal_views(const std::vector<record>& records) {
    std::vector<fiscal_view> views;
    for (const auto& r : records) {
        if (r.measure != "amount" || factor_of(r.unit) == 0 || !r.fiscal_year) continue;
        if (views.empty() || views.back().table != r.table) views.push_back({r.table, r.unit, {}, {}});
        auto& v = views.back();
        if (v.unit != r.unit) continue;  // one factor per view; no budget table mixes units
        v.basis_by_year[*r.fiscal_year] = r.basis;
        fiscal_row* row = nullptr;
        for (auto& existing : v.rows) {
            if (existing.code == r.code) row = &existing;
        }
        if (row == nullptr) {
            v.rows.push_back({r.code, r.label_ja, r.label_en, {}});
            row = &v.rows.back();
        }
        row->amounts[*r.fiscal_year] = r.value;
    }
    return views;
}

std::string fiscal_csv(const fiscal_view& v) {
    std::string out{"code,label_ja,label_en"};
    for (const auto& [year, basis] : v.basis_by_year) out += ",fy" + std::to_string(year);
    out += "\r\n";
    for (const auto& row : v.rows) {
        out += csv_field(row.code) + "," + csv_field(row.label_ja) + "," + csv_field(row.label_en);
        for (const auto& [year, basis] : v.basis_by_year) {
            const auto it = row.amounts.find(year);
            out += ",";
            if (it != row.amounts.end()) out += csv_field(it->second);  // a blank cell stays empty
        }
        out += "\r\n";
    }
    return out;
}

std::string field(std::string_view name, std::string_view type, std::string_view description) {
    return "{\"name\": " + json_string(name) + ", \"type\": " + json_string(type) +
           ", \"description\": " + json_string(description) + "}";
}

std::string records_resource() {
    std::string out = R"({
      "name": "records",
      "title": "Every printed figure of the release, one per row",
      "path": "data/records.csv",
      "profile": "tabular-data-resource",
      "format": "csv",
      "mediatype": "text/csv",
      "encoding": "utf-8",
      "dialect": {"delimiter": ",", "doubleQuote": true, "lineTerminator": "\r\n", "header": true},
      "schema": {
        "missingValues": [""],
        "fields": [
          )";
    const std::pair<std::string_view, std::string_view> types[] = {
        {"table", "string"},   {"code", "string"},   {"label_ja", "string"}, {"fiscal_year", "integer"},
        {"measure", "string"}, {"value", "string"},  {"unit", "string"},     {"label_en", "string"},
        {"basis", "string"},   {"source", "string"},
    };
    const std::string_view descriptions[] = {
        "The exported table the figure belongs to",
        "Stable id of the row within its table (for budget_by_area: the printed row number)",
        "The row's label as printed, footnote markers removed",
        "Gregorian year in which the fiscal year starts (2008 for 平成20年度); blank for counts, dates and lists",
        "What the value is: amount, change, change_percent, ratio_percent, count, share_percent (figures); "
        "ordinal, position, direction (whole numbers); date; completed (true or false); phase (a code); "
        "expansion, printed_en (printed text)",
        "The datum exactly as printed, without separators or unit: a decimal number for figures, counts and "
        "positions; for dates an ISO 8601 text keeping the printed precision (2007-10-03, 2007-09 early, "
        "2008-02~, FY2009, --02-02), so the column is text and is typed by measure and unit",
        "Unit of the value: thousand_yen, million_yen, oku_yen (100 million yen), percent, measures, bodies, "
        "systems, sectors, items, times, position, boolean, text, jre_response_phase, or for a date its printed "
        "precision (date_day, date_around_day, date_early_month, date_mid_month, date_late_month, date_month, "
        "date_about_month, date_fiscal_year, date_yearly_day, date_yearly_about_month)",
        "The row's label in English",
        "For amounts: initial_budget (当初予算) or budget_request (概算要求)",
        "Where the figure stands in the release: part and section",
    };
    for (std::size_t i = 0; i < std::size(types); ++i) {
        if (i > 0) out += ",\n          ";
        out += field(types[i].first, types[i].second, descriptions[i]);
    }
    out += "\n        ]\n      }\n    }";
    return out;
}

std::string fiscal_resource(const fiscal_view& v) {
    std::string out = "{\n      \"name\": " + json_string(v.table) +
                      ",\n      \"path\": " + json_string("data/fiscal/" + v.table + ".csv") +
                      ",\n      \"profile\": \"tabular-data-resource\",\n      \"format\": \"csv\",\n"
                      "      \"encoding\": \"utf-8\",\n      \"schema\": {\n        \"missingValues\": [\"\"],\n"
                      "        \"primaryKey\": \"code\",\n        \"fields\": [\n          ";
    out += field("code", "string", "Stable id of the row (as in records.csv)") + ",\n          ";
    out += field("label_ja", "string", "The row's label as printed") + ",\n          ";
    out += field("label_en", "string", "The row's label in English");
    for (const auto& [year, basis] : v.basis_by_year) {
        out += ",\n          " + field("fy" + std::to_string(year), "number",
                                       "Amount in " + v.unit + " for FY" + std::to_string(year) + " (" + basis + ")");
    }
    out += "\n        ]\n      }\n    }";
    return out;
}

std::string fiscal_measures(const std::vector<fiscal_view>& views) {
    std::string out;
    for (const auto& v : views) {
        for (const auto& [year, basis] : v.basis_by_year) {
            const std::string column = "fy" + std::to_string(year);
            if (!out.empty()) out += ",\n      ";
            out += json_string(v.table + "_" + column) + ": {\"source\": " + json_string(column) +
                   ", \"resource\": " + json_string(v.table) +
                   ", \"currency\": \"JPY\", \"factor\": " + std::to_string(factor_of(v.unit)) +
                   ", \"direction\": \"expenditure\", \"phase\": " + json_string(phase_of(basis)) +
                   ", \"fiscalPeriod\": {\"start\": " + json_string(std::to_string(year) + "-04-01") +
                   ", \"end\": " + json_string(std::to_string(year + 1) + "-03-31") + "}}";
        }
    }
    return out;
}

std::string fiscal_dimensions(const std::vector<fiscal_view>& views) {
    std::string out;
    for (const auto& v : views) {
        const auto c = classification_of(v.table);
        if (!out.empty()) out += ",\n      ";
        const std::string res = json_string(v.table);
        out += json_string(std::string{c.dimension} + "_" + v.table) +
               ": {\"dimensionType\": " + json_string(c.dimension_type);
        if (!c.classification_type.empty()) out += ", \"classificationType\": " + json_string(c.classification_type);
        out += ", \"primaryKey\": \"code\", \"attributes\": {\"code\": {\"source\": \"code\", \"resource\": " + res +
               "}, \"label_ja\": {\"source\": \"label_ja\", \"resource\": " + res +
               ", \"labelfor\": \"code\"}, \"label_en\": {\"source\": \"label_en\", \"resource\": " + res +
               ", \"labelfor\": \"code\"}}}";
    }
    return out;
}

}  // namespace

std::vector<package_file> to_datapackage(const std::vector<record>& records) {
    std::vector<package_file> files;
    files.push_back({"data/records.csv", to_csv(records)});
    const auto views = fiscal_views(records);
    for (const auto& v : views) files.push_back({"data/fiscal/" + v.table + ".csv", fiscal_csv(v)});

    int first_year = 0, last_year = 0;
    for (const auto& v : views) {
        for (const auto& [year, basis] : v.basis_by_year) {
            if (first_year == 0 || year < first_year) first_year = year;
            if (year > last_year) last_year = year;
        }
    }
    const auto rel = release();
    std::string dp = "{\n";
    dp += "  \"name\": \"nisc-2007-10-03\",\n";
    dp += "  \"title\": " + json_string(std::string{rel.title_ja} + " (" + std::string{rel.date} + ")") + ",\n";
    dp += "  \"description\": " +
          json_string("Every printed figure of the NISC press release of " + std::string{rel.date} +
                      ", exported from the typed tables of the nisc C++ library") +
          ",\n";
    dp += "  \"version\": " + json_string(nisc_version_text()) + ",\n";
    dp += "  \"profile\": \"tabular-data-package\",\n";
    dp += "  \"profiles\": {\"fiscal\": \"*\", \"tabular\": \"*\"},\n";
    dp += "  \"countryCode\": \"jp\",\n";
    dp += "  \"granularity\": \"aggregated\",\n";
    dp += "  \"fiscalPeriod\": {\"start\": " + json_string(std::to_string(first_year) + "-04-01") +
          ", \"end\": " + json_string(std::to_string(last_year + 1) + "-03-31") + "},\n";
    dp +=
        "  \"sources\": [{\"title\": " +
        json_string(std::string{rel.issuer_ja} + " " + std::string{rel.title_ja} + " (" + std::string{rel.date} + ")") +
        "}],\n";
    dp += "  \"resources\": [\n    " + records_resource();
    for (const auto& v : views) dp += ",\n    " + fiscal_resource(v);
    dp += "\n  ],\n";
    dp += "  \"model\": {\n    \"measures\": {\n      " + fiscal_measures(views) + "\n    },\n";
    dp += "    \"dimensions\": {\n      " + fiscal_dimensions(views) + "\n    }\n  }\n}\n";
    files.push_back({"datapackage.json", dp});
    return files;
}

}  // namespace nisc_export
