// Generates the export's records from the typed tables. Each exported table is one short function
// that walks its nisc table and hands each printed figure to a `table_writer`, which turns the typed
// value into the record's value and unit; adding a table is one function and one line in `tables`.
#include "records.hpp"

#include "codes.hpp"

#include <nisc/text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nisc_export {
namespace {

// The value and unit of a typed figure, as the export writes them.
struct figure {
    std::string value;
    std::string unit;
};

template <nisc::money_scale S>
figure figure_of(nisc::money<S> m) {
    return {std::string{nisc::text_plain(m).view()}, std::string{S::code}};
}
figure figure_of(nisc::oku_figure f) {
    return {std::string{nisc::text_plain(f).view()}, std::string{nisc::scale::oku::code}};
}
figure figure_of(nisc::percent p) {
    return {std::string{nisc::text_plain(p).view()}, "percent"};
}

#if NISC_EXPORT_HAS_SECURE_JAPAN
// A printed count (施策, 府省庁, ...) in the unit the release prints it with.
struct count_figure {
    std::int64_t count;
    nisc::printed_unit unit;
};
figure figure_of(count_figure c) {
    return {std::to_string(c.count), std::string{nisc::name_en(c.unit)}};
}
#endif

// The names of a row: its code and its labels in both languages.
struct row_names {
    std::string code;
    std::string label_ja;
    std::string label_en;
};

template <class E>
row_names names_of(E e) {
    return {std::string{code_of(e)}, std::string{nisc::name_ja(e)}, std::string{nisc::name_en(e)}};
}

row_names total_row() {
    return {std::string{total_code}, "合計", "Total"};
}

std::string basis_code(nisc::fiscal_year fy) {
    const auto b = nisc::basis_of(fy);
    return b ? std::string{code_of(*b)} : std::string{};
}

// Appends the records of one exported table.
class table_writer {
public:
    table_writer(std::vector<record>& out, std::string_view table, nisc::source_ref source)
        : out_{out}, table_{table}, source_{source} {}

    // Where the following figures stand, when it differs from the table's own source.
    void set_source(nisc::source_ref s) { source_ = s; }

    // One printed figure. Budget amounts carry the basis of their year.
    template <class T>
    void add(const row_names& row, std::optional<nisc::fiscal_year> fy, std::string_view measure, const T& value) {
        figure f = figure_of(value);
        record r;
        r.table = std::string{table_};
        r.code = row.code;
        r.label_ja = row.label_ja;
        r.label_en = row.label_en;
        if (fy) r.fiscal_year = fy->start_year();
        r.measure = std::string{measure};
        r.value = std::move(f.value);
        r.unit = std::move(f.unit);
        if (fy && measure == "amount") r.basis = basis_code(*fy);
        r.source = source_;
        out_.push_back(std::move(r));
    }

    // A printed cell: a record for a figure, none for a blank or a dash.
    template <class T>
    void add_cell(const row_names& row, std::optional<nisc::fiscal_year> fy, std::string_view measure,
                  const nisc::cell<T>& c) {
        if (const auto v = c.value()) add(row, fy, measure, *v);
    }

    // A row of cells (or values), one per year column of `years`.
    template <class Cells, std::size_t Y>
    void add_years(const row_names& row, nisc::year_columns<Y> years, std::string_view measure, const Cells& cells) {
        std::size_t i = 0;
        for (const auto& c : cells) {
            const auto fy = years.at(i++);
            if constexpr (requires {
                              c.has_value();
                              c.is_dash();
                          }) {
                add_cell(row, *fy, measure, c);
            } else {
                add(row, *fy, measure, c);
            }
        }
    }

private:
    std::vector<record>& out_;
    std::string_view table_;
    nisc::source_ref source_;
};

// ---------------------------------------------------------------------------------------------
// The tables. Each function walks one typed table in printed order.

void budget_trend(table_writer& w) {
    for (const auto& line : nisc::budget_trend) {
        w.add_years(names_of(line.line), nisc::budget_trend.years, "amount", line.amounts);
    }
}

void budget_request_total(table_writer& w) {
    const row_names row{"request_total", "平成20年度予算概算要求額", "FY2008 budget request"};
    w.add(row, nisc::fiscal_year{2008}, "amount", nisc::budget_request_total.value);
}

void budget_by_area(table_writer& w) {
    const auto last = nisc::budget_by_area.years.last();
    for (const auto& r : nisc::budget_by_area) {
        const row_names row{std::string{nisc::code(r.row)}, std::string{nisc::name_ja(r.row)},
                            std::string{nisc::name_en(r.row)}};
        w.add_years(row, nisc::budget_by_area.years, "amount", r.amounts);
        w.add_cell(row, last, "ratio_percent", r.ratio_to_previous_year);
    }
}

void budget_by_ministry(table_writer& w) {
    for (const auto& r : nisc::budget_by_ministry) {
        w.add_years(names_of(r.body), nisc::budget_by_ministry.years, "amount", r.amounts);
    }
    w.set_source(nisc::budget_by_ministry_total.source);
    w.add_years(total_row(), nisc::budget_by_ministry.years, "amount", nisc::budget_by_ministry_total.value);
}

void budget_summary(table_writer& w) {
    const auto& years = nisc::budget_summary.years;
    for (const auto& r : nisc::budget_summary) {
        const auto row = names_of(r.heading);
        w.add_years(row, years, "amount", r.amounts);
        w.add(row, years.last(), "change", r.increase);
        w.add(row, years.last(), "change_percent", r.increase_percent);
    }
    // 本文 §3(1), the headline, is the 合計 of the headings' table.
    const auto& h = nisc::budget_headline.value;
    w.set_source(nisc::budget_headline.source);
    const auto row = total_row();
    w.add(row, years.first, "amount", h.previous_initial);
    w.add(row, years.last(), "amount", h.request);
    w.add(row, years.last(), "change", h.increase);
    w.add(row, years.last(), "change_percent", h.increase_percent);
}

#if NISC_EXPORT_HAS_SECURE_JAPAN
// 本文 §5(1): the four statuses with their short labels, measures and printed percentages, and the
// 全159施策 as the 合計. The progress is that of FY2007.
void secure_japan_2007_progress(table_writer& w) {
    const auto& t = nisc::secure_japan_2007_progress;
    const auto fy = t.years.first;
    for (const auto& r : t) {
        const auto row = names_of(r.status);
        w.add(row, fy, "count", count_figure{r.measures, t.source.unit});
        w.add(row, fy, "share_percent", r.printed_percent);
    }
    const auto& total = nisc::secure_japan_2007_total;
    w.set_source(total.source);
    w.add(total_row(), fy, "count", count_figure{total.value, total.source.unit});
}
#endif

struct table_entry {
    table_info info;
    void (*emit)(table_writer&);
};

constexpr table_entry tables[] = {
    {{"budget_trend", "Information-security budget, FY2004-FY2008 (100 million yen)", nisc::budget_trend.source},
     budget_trend},
    {{"budget_request_total", "FY2008 budget request, total (million yen)", nisc::budget_request_total.source},
     budget_request_total},
    {{"budget_by_area", "Budget by policy area, FY2006-FY2008 (million yen), with the ratio to the previous year",
      nisc::budget_by_area.source},
     budget_by_area},
    {{"budget_by_ministry", "Budget by ministry, FY2006-FY2008 (thousand yen), with the printed total",
      nisc::budget_by_ministry.source},
     budget_by_ministry},
    {{"budget_summary", "The main text's summary of the request (100 million yen), with its headline as total",
      nisc::budget_summary.source},
     budget_summary},
#if NISC_EXPORT_HAS_SECURE_JAPAN
    {{"secure_japan_2007_progress", "Secure Japan 2007: measures by status at mid-year, with the printed percentages",
      nisc::secure_japan_2007_progress.source},
     secure_japan_2007_progress},
#endif
};

}  // namespace

std::vector<table_info> exported_tables() {
    std::vector<table_info> out;
    for (const auto& t : tables) out.push_back(t.info);
    return out;
}

std::vector<record> release_records() {
    std::vector<record> out;
    for (const auto& t : tables) {
        table_writer w{out, t.info.name, t.info.source};
        t.emit(w);
    }
    return out;
}

namespace {
constexpr std::string_view column_names[] = {
    "table", "code", "label_ja", "fiscal_year", "measure", "value", "unit", "label_en", "basis", "source",
};
}  // namespace

std::span<const std::string_view> columns() {
    return column_names;
}

std::string cell_text(const record& r, std::size_t column) {
    switch (column) {
        case 0:
            return r.table;
        case 1:
            return r.code;
        case 2:
            return r.label_ja;
        case 3:
            return r.fiscal_year ? std::to_string(*r.fiscal_year) : std::string{};
        case 4:
            return r.measure;
        case 5:
            return r.value;
        case 6:
            return r.unit;
        case 7:
            return r.label_en;
        case 8:
            return r.basis;
        case 9:
            return std::string{nisc::text_ja(r.source).view()};
        default:
            return {};
    }
}

release_info release() {
    return {
        "内閣官房情報セキュリティセンター",
        "National Information Security Center (NISC), Cabinet Secretariat",
        "第14回情報セキュリティ政策会議の開催について",
        "The 14th meeting of the Information Security Policy Council",
        "2007-10-03",
    };
}

}  // namespace nisc_export
