// The records the export must contain, emitted through a second code path: the typed queries of
// <nisc/nisc.hpp> (budget_of, total_budget, printed_ratio_to_previous_year...) asked year by year,
// and numbers written with std::to_string, not with nisc's text functions. check_export.py compares
// every record of nisc-export's output with these lines.
//
// Output: one record per line, tab-separated: table, code, label_ja, fiscal_year, measure, value, unit, label_en.
#include <nisc/nisc.hpp>

#include "codes.hpp"

#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>

namespace {

std::string number(std::int64_t n) {
    return std::to_string(n);
}

// A 億円 figure with the decimals it was printed with, from its count of tenths.
std::string number(nisc::oku_figure f) {
    const std::int64_t tenths = f.amount().count();
    if (f.decimals() == 0) return std::to_string(tenths / 10);
    const std::int64_t magnitude = tenths < 0 ? -tenths : tenths;
    return std::string{tenths < 0 ? "-" : ""} + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

void line(std::string_view table, std::string_view code, std::string_view label_ja, int fy, std::string_view measure,
          const std::string& value, std::string_view unit, std::string_view label_en) {
    std::cout << table << '\t' << code << '\t' << label_ja << '\t' << (fy ? std::to_string(fy) : std::string{}) << '\t'
              << measure << '\t' << value << '\t' << unit << '\t' << label_en << '\n';
}

template <class E>
void named(std::string_view table, E e, int fy, std::string_view measure, const std::string& value,
           std::string_view unit) {
    line(table, nisc_export::code_of(e), nisc::name_ja(e), fy, measure, value, unit, nisc::name_en(e));
}

}  // namespace

int main() {
    using nisc::fiscal_year;

    // 別紙3 §1 予算額推移, 億円: every line, every year that has a figure.
    for (const auto l : nisc::values_of<nisc::trend_line>) {
        for (int y = 2004; y <= 2008; ++y) {
            if (const auto v = nisc::budget_of(l, fiscal_year{y}))
                named("budget_trend", l, y, "amount", number(v->count()), "oku_yen");
        }
    }

    // 別紙3 §1 要求額, 百万円.
    line("budget_request_total", "request_total", "平成20年度予算概算要求額", 2008, "amount",
         number(nisc::budget_request_total.value.count()), "million_yen", "FY2008 budget request");

    // 別紙3 §2, 百万円, and the 前年比 printed on the first row of each area.
    for (const auto r : nisc::values_of<nisc::policy_area_row>) {
        const std::string_view code = nisc::code(r);
        for (int y = 2006; y <= 2008; ++y) {
            if (const auto v = nisc::budget_of(r, fiscal_year{y})) {
                line("budget_by_area", code, nisc::name_ja(r), y, "amount", number(v->count()), "million_yen",
                     nisc::name_en(r));
            }
        }
        const auto area = *nisc::area_of(r);
        if (*nisc::rows_of(area).begin() == r) {
            if (const auto p = nisc::printed_ratio_to_previous_year(area)) {
                line("budget_by_area", code, nisc::name_ja(r), 2008, "ratio_percent", number(p->value()), "percent",
                     nisc::name_en(r));
            }
        }
    }

    // 別紙3 §3, 千円, and the printed 合計.
    for (const auto m : nisc::values_of<nisc::ministry>) {
        for (int y = 2006; y <= 2008; ++y) {
            named("budget_by_ministry", m, y, "amount", number(nisc::budget_of(m, fiscal_year{y})->count()),
                  "thousand_yen");
        }
    }
    for (int y = 2006; y <= 2008; ++y) {
        line("budget_by_ministry", "total", "合計", y, "amount", number(nisc::total_budget(fiscal_year{y})->count()),
             "thousand_yen", "Total");
    }

    // 本文 §3(2) by heading, then §3(1) as the 合計.
    for (const auto h : nisc::values_of<nisc::summary_heading>) {
        for (int y = 2007; y <= 2008; ++y) {
            named("budget_summary", h, y, "amount", number(*nisc::budget_of(h, fiscal_year{y})), "oku_yen");
        }
        const auto& printed = nisc::budget_summary.rows[*nisc::index_of(h)];
        named("budget_summary", h, 2008, "change", number(printed.increase), "oku_yen");
        named("budget_summary", h, 2008, "change_percent", number(printed.increase_percent.value()), "percent");
    }
    const auto& headline = nisc::budget_headline.value;
    line("budget_summary", "total", "合計", 2007, "amount", number(headline.previous_initial.count()), "oku_yen",
         "Total");
    line("budget_summary", "total", "合計", 2008, "amount", number(headline.request.count()), "oku_yen", "Total");
    line("budget_summary", "total", "合計", 2008, "change", number(headline.increase.count()), "oku_yen", "Total");
    line("budget_summary", "total", "合計", 2008, "change_percent", number(headline.increase_percent.value()),
         "percent", "Total");

#if NISC_EXPORT_HAS_SECURE_JAPAN
    // 本文 §5(1), FY2007: each status through progress_of, then the printed 全159施策.
    for (const auto s : nisc::values_of<nisc::secure_japan_status>) {
        const auto* p = nisc::progress_of(s);
        named("secure_japan_2007_progress", s, 2007, "count", number(p->measures), "measures");
        named("secure_japan_2007_progress", s, 2007, "share_percent", number(p->printed_percent.value()), "percent");
    }
    line("secure_japan_2007_progress", "total", "合計", 2007, "count", number(nisc::secure_japan_2007_total.value),
         "measures", "Total");
#endif
    return 0;
}
