// A program of three TUs that each include every nisc header: it must link (no multiple definitions,
// no ODR trouble) and every TU must see the same tables. It also runs the queries with run-time
// arguments, good and bad, without Catch2, so that a -fno-exceptions -fno-rtti build runs them too.
#include "nisc_all_headers.hpp"
#include "probe.hpp"

#include <cstdio>       // std::printf
#include <type_traits>  // std::is_same_v

namespace {

int failures = 0;
int checks = 0;

void check(bool ok, const char* what) {
    ++checks;
    if (!ok) {
        ++failures;
        std::printf("FAILED: %s\n", what);
    }
}

// Values the compiler cannot see through, so that the queries really run.
volatile int runtime_year = 2008;
volatile int runtime_bad_enum = 200;
const char* volatile erratum_id = "summary-businesses-percent";

int year() {
    return runtime_year;
}

template <class E>
void names_round_trip(const char* what) {
    bool ok = true;
    for (const E e : nisc::values_of<E>) {
        ok = ok && nisc::from_name<E>(nisc::name_ja(e)) == e && nisc::from_name<E>(nisc::name_en(e)) == e;
        ok = ok && nisc::from_index<E>(*nisc::index_of(e)) == e;
    }
    const auto bad = static_cast<E>(runtime_bad_enum);
    ok = ok && !nisc::index_of(bad) && nisc::name_ja(bad).empty() && nisc::name_en(bad).empty();
    ok = ok && !nisc::from_name<E>("") && !nisc::from_name<E>("no such name");
    check(ok, what);
}

}  // namespace

int main() {
    // One program, one set of tables.
    const nisc_probe a = probe_a(year());
    const nisc_probe b = probe_b(year());
    check(a.table == b.table && a.table == &nisc::budget_by_ministry, "both TUs see one budget_by_ministry");
    check(a.enum_rows == b.enum_rows && a.values == b.values, "both TUs see one enum_rows and values_of");
    check(a.errata == b.errata && nisc::label{a.name, 9} == nisc::label{b.name, 9},
          "both TUs see one errata list and 防衛省");
    check(a.amount == 10'292'493 && b.amount == a.amount, "both TUs read 防衛省 FY2008 = 10,292,493 千円");
    check(probe_a(year() + 3).amount == -1 && probe_b(year() - 10).amount == -1, "a year outside the table is no");

    // The 別紙3 §3 sums, at run time.
    bool sums = true;
    for (int fy = year() - 2; fy <= year(); ++fy) {
        nisc::thousand_yen sum{};
        for (const auto m : nisc::values_of<nisc::ministry>)
            sum += nisc::budget_of(m, nisc::fiscal_year{fy}).value_or({});
        sums = sums && nisc::total_budget(nisc::fiscal_year{fy}) == sum;
    }
    check(sums, "each year's ministry amounts sum to the printed total");
    const auto bad_ministry = static_cast<nisc::ministry>(runtime_bad_enum);
    check(!nisc::budget_of(bad_ministry, nisc::fiscal_year{year()}), "an out-of-range ministry is no");
    check(!nisc::total_budget(nisc::fiscal_year{year() + 1}), "a total outside the table is no");

    // Policy areas, headings, trend.
    const nisc::fiscal_year fy2007{year() - 1};
    const nisc::fiscal_year fy2008{year()};
    check(nisc::budget_of(nisc::policy_area::government_standards, fy2008) == nisc::million_yen{20'099},
          "area 1 FY2008 = 20,099 百万円");
    check(!nisc::budget_of(nisc::policy_area_row::government_organisation, fy2007), "a blank cell is no");
    const auto growth = nisc::growth_of(nisc::policy_area::individuals, fy2007, fy2008);
    check(growth && nisc::round_half_up_percent(*growth) == nisc::percent{74}, "individuals grew 74%");
    check(nisc::budget_of(nisc::summary_heading::e_local_government, fy2007) == nisc::oku_figure::tenths(8),
          "電子自治体 FY2007 = 0.8億円");
    check(nisc::budget_of(nisc::trend_line::supplementary_budget, fy2008) == nisc::nothing, "a dash is no");
    // Straight off a temporary: *maybe of an rvalue is a copy, so the loop reads no dead object
    // (ASan found stack-use-after-scope here when it returned a reference).
    static_assert(std::is_same_v<decltype(*nisc::ranked_by_budget(fy2008)), nisc::fixed_array<nisc::ministry, 19>>);
    int bodies = 0;
    for (const auto m : *nisc::ranked_by_budget(fy2008)) bodies += nisc::index_of(m) ? 1 : 0;
    check(bodies == 19, "range-for over *ranked_by_budget(...) visits the 19 bodies");
    const auto ranked = nisc::ranked_by_budget(fy2008);
    check(ranked && ranked->front() == nisc::ministry::defense, "防衛省 ranks first in FY2008");
    check(!nisc::ranked_by_budget(nisc::fiscal_year{year() + 5}), "no ranking outside the table");

    // Everything that reads text.
    names_round_trip<nisc::ministry>("ministry names round-trip");
    names_round_trip<nisc::policy_area>("policy_area names round-trip");
    names_round_trip<nisc::policy_area_row>("policy_area_row names round-trip");
    names_round_trip<nisc::summary_heading>("summary_heading names round-trip");
    names_round_trip<nisc::trend_line>("trend_line names round-trip");
    names_round_trip<nisc::budget_basis>("budget_basis names round-trip");
    names_round_trip<nisc::document_part>("document_part names round-trip");
    names_round_trip<nisc::printed_unit>("printed_unit names round-trip");
    check(nisc::parse_fiscal_year("平成20年度") == fy2008 && nisc::parse_fiscal_year("FY2008") == fy2008 &&
              nisc::parse_fiscal_year("2008年度") == fy2008 && nisc::parse_fiscal_year("2008") == fy2008,
          "parse_fiscal_year reads the four spellings");
    check(nisc::parse_fiscal_year("平成元年度") == nisc::fiscal_year{1989}, "平成元年度 is FY1989");
    bool rejects = true;
    const char* const malformed[] = {"",       "平成", "平成年度", "平成0年度", "平成32年度", "平成020年度", "FY",
                                     "FY0000", "20O8", "FY 2008",  "-2008",     "2008年",     "年度"};
    for (const char* bad : malformed) rejects = rejects && !nisc::parse_fiscal_year(bad);
    check(rejects, "parse_fiscal_year says no to malformed text");
    check(nisc::row_from_code("1-2") == nisc::policy_area_row::government_organisation && !nisc::row_from_code("1-4"),
          "row_from_code");
    const nisc::erratum* known = nisc::find_erratum(static_cast<const char*>(erratum_id));
    check(known && known->printed == "8%" && !nisc::find_erratum("nope"), "find_erratum");

    std::printf("hygiene: %d of %d checks passed\n", checks - failures, checks);
    return failures == 0 ? 0 : 1;
}
