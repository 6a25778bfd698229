// Prints every budget figure the library holds as a neutral record, one per line:
//     table <TAB> row key <TAB> column <TAB> the cell as printed (empty for a blank)
// tests/source/compare_with_release.py reads the release text itself and requires the same records.
#include <nisc/nisc.hpp>

#include <cstdint>
#include <cstdio>
#include <string>

namespace {

std::string grouped(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::string oku(nisc::oku_figure f) {
    const std::int64_t t = f.amount().count();
    return f.decimals() == 0 ? grouped(t / 10) : grouped(t / 10) + "." + std::to_string(t % 10);
}

std::string text(nisc::label l) {
    return std::string(l.data(), l.size());
}

void record(const char* table, const std::string& key, const std::string& column, const std::string& value) {
    std::printf("%s\t%s\t%s\t%s\n", table, key.c_str(), column.c_str(), value.c_str());
}

std::string fy(nisc::fiscal_year y) {
    return "FY" + std::to_string(y.start_year());
}

}  // namespace

int main() {
    record("budget_request_total", "request", fy(nisc::fiscal_year{2008}),
           grouped(nisc::budget_request_total.value.count()) + "百万円");
    for (const auto& line : nisc::budget_trend) {
        for (std::size_t y = 0; y < line.amounts.size(); ++y) {
            const auto& c = line.amounts[y];
            const std::string value = c.has_value() ? grouped(c.value()->count()) + "億円" : c.is_dash() ? "-" : "";
            record("budget_trend", text(nisc::name_ja(line.line)), fy(*nisc::budget_trend.years.at(y)), value);
        }
    }
    for (const auto& row : nisc::budget_by_area) {
        const std::string key = text(nisc::code(row.row)) + " " + text(nisc::name_ja(row.row));
        for (std::size_t y = 0; y < row.amounts.size(); ++y) {
            const auto v = row.amounts[y].value();
            record("budget_by_area", key, fy(*nisc::budget_by_area.years.at(y)), v ? grouped(v->count()) : "");
        }
        const auto r = row.ratio_to_previous_year.value();
        record("budget_by_area", key, "前年比", r ? std::to_string(r->value()) + "%" : "");
    }
    for (const auto& row : nisc::budget_by_ministry) {
        for (std::size_t y = 0; y < row.amounts.size(); ++y) {
            record("budget_by_ministry", text(nisc::name_ja(row.body)), fy(*nisc::budget_by_ministry.years.at(y)),
                   grouped(row.amounts[y].count()));
        }
    }
    for (std::size_t y = 0; y < 3; ++y) {
        record("budget_by_ministry", "合計", fy(*nisc::budget_by_ministry.years.at(y)),
               grouped(nisc::budget_by_ministry_total.value[y].count()));
    }
    const auto& h = nisc::budget_headline.value;
    record("budget_headline", "合計", "FY2008", grouped(h.request.count()));
    record("budget_headline", "合計", "FY2007", grouped(h.previous_initial.count()));
    record("budget_headline", "合計", "increase", grouped(h.increase.count()));
    record("budget_headline", "合計", "percent", std::to_string(h.increase_percent.value()));
    for (const auto& row : nisc::budget_summary) {
        const std::string key = text(nisc::name_ja(row.heading));
        record("budget_summary", key, "FY2007", oku(row.amounts[0]));
        record("budget_summary", key, "FY2008", oku(row.amounts[1]));
        record("budget_summary", key, "increase", oku(row.increase));
        record("budget_summary", key, "percent", std::to_string(row.increase_percent.value()));
    }
    return 0;
}
