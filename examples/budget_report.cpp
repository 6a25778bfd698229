// budget_report: the budget tables of the 2007-10-03 NISC press release (別紙3 §1–§3) and the
// main text's summary of them (本文 §3), rebuilt from nisc's typed data in the release's units.
//
// Every figure below comes from a constexpr table; every relation between them (sums, roundings,
// percentages) was checked by the compiler when <nisc/nisc.hpp> was included, so a program that
// prints this at all is a program whose figures agree with each other.
#include <nisc/nisc.hpp>
#include <nisc/text.hpp>  // text_grouped, text_plain (opt-in)

#include <cstdio>  // std::printf

namespace {

void print_label(nisc::label l, int width) {
    std::printf("%-*.*s", width, static_cast<int>(l.size()), l.data());
}

void print_trend() {
    std::printf("\n== 別紙3 §1 要求額 (request and trend)\n");
    std::printf("FY2008 request: %s 百万円 (million yen)\n\n",
                nisc::text_grouped(nisc::budget_request_total.value.count()).data());
    std::printf("%-22s", "億円 (100 million yen)");
    for (const auto fy : nisc::budget_trend.years.all()) {
        const bool request = nisc::basis_of(fy) == nisc::budget_basis::budget_request;
        std::printf(" FY%d%s", fy.start_year(), request ? "*" : " ");
    }
    std::printf("\n");
    for (const auto& line : nisc::budget_trend) {
        print_label(nisc::name_en(line.line), 22);
        for (const auto& c : line.amounts) {
            if (const auto v = c.value()) {
                std::printf(" %6lld", static_cast<long long>(v->count()));
            } else {
                std::printf(" %6s", c.is_dash() ? "-" : "");
            }
        }
        std::printf("  %.*s\n", static_cast<int>(nisc::name_ja(line.line).size()), nisc::name_ja(line.line).data());
    }
    std::printf("* FY2008 is the budget request (概算要求); FY2004-FY2007 are initial budgets (当初予算).\n");
}

void print_areas() {
    std::printf("\n== 別紙3 §2 施策の内訳 (by policy area, 百万円 = million yen)\n");
    std::printf("%-4s %-86s %8s %8s %8s %6s\n", "row", "area", "FY2006", "FY2007", "FY2008*", "ratio");
    for (const auto& r : nisc::budget_by_area) {
        std::printf("%-4.*s ", static_cast<int>(nisc::code(r.row).size()), nisc::code(r.row).data());
        print_label(nisc::name_en(r.row), 86);
        for (const auto& c : r.amounts) {
            if (const auto v = c.value()) {
                std::printf(" %8s", nisc::text_grouped(v->count()).data());
            } else {
                std::printf(" %8s", "");
            }
        }
        if (const auto p = r.ratio_to_previous_year.value()) {
            std::printf(" %5lld%%", static_cast<long long>(p->value()));
        }
        std::printf("\n");
    }
    std::printf("ratio: 前年比, FY2008 / FY2007 of the row's area (row 1-1 carries area 1's).\n");
}

void print_ministries() {
    std::printf("\n== 別紙3 §3 府省庁別予算額 (by ministry, 千円 = thousand yen)\n");
    std::printf("%-62s %12s %12s %12s\n", "body", "FY2006", "FY2007", "FY2008*");
    for (const auto& r : nisc::budget_by_ministry) {
        print_label(nisc::name_en(r.body), 62);
        for (const auto a : r.amounts) std::printf(" %12s", nisc::text_grouped(a.count()).data());
        std::printf("\n");
    }
    std::printf("%-62s", "Total (合計)");
    for (const auto t : nisc::budget_by_ministry_total.value)
        std::printf(" %12s", nisc::text_grouped(t.count()).data());
    std::printf("\n");
}

void print_summary() {
    const auto& h = nisc::budget_headline.value;
    std::printf("\n== 本文 §3 (the main text's summary, 億円 = 100 million yen)\n");
    std::printf("(1) FY2008 request %lld, FY2007 initial budget %lld: +%lld (%lld%%)\n",
                static_cast<long long>(h.request.count()), static_cast<long long>(h.previous_initial.count()),
                static_cast<long long>(h.increase.count()), static_cast<long long>(h.increase_percent.value()));
    std::printf("(2) %-32s %8s %8s %8s %6s\n", "heading", "FY2007", "FY2008*", "change", "%");
    for (const auto& r : nisc::budget_summary) {
        std::printf("    ");
        print_label(nisc::name_en(r.heading), 32);
        std::printf(" %8s %8s    +%-5s %5lld%%\n", nisc::text_plain(r.amounts[0]).data(),
                    nisc::text_plain(r.amounts[1]).data(), nisc::text_plain(r.increase).data(),
                    static_cast<long long>(r.increase_percent.value()));
    }
    std::printf("Errata the checks accept by name:\n");
    for (const auto& e : nisc::errata) {
        // Only those of the tables printed here: 別紙3 and 本文 §3.
        const bool budget = e.where.part == nisc::document_part::attachment_3 ||
                            (e.where.part == nisc::document_part::main_text && e.where.section.starts_with("§3"));
        if (!budget) continue;
        std::printf("  - %.*s: %.*s\n", static_cast<int>(e.id.size()), e.id.data(), static_cast<int>(e.note.size()),
                    e.note.data());
    }
}

}  // namespace

int main() {
    std::printf("nisc %d.%d.%d: FY2008 information-security budget request, NISC press release of 2007-10-03\n",
                NISC_VERSION_MAJOR, NISC_VERSION_MINOR, NISC_VERSION_PATCH);
    print_trend();
    print_areas();
    print_ministries();
    print_summary();
    std::printf(
        "\nEvery consistency check of <nisc/nisc.hpp> held at compile time: ministry sums, area sums\n"
        "within rounding, ratios, the 億円 roundings of the trend and of the main text.\n");
    return 0;
}
