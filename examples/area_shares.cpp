// area_shares: each policy area's share of the budget, FY2007 (initial budget) and FY2008
// (request), from 別紙3 §2 (million yen). Shares are of the sum of the printed rows of the year.
#include <nisc/nisc.hpp>

#include <cstdint>  // std::int64_t
#include <cstdio>   // std::printf

namespace {

// A share as a percentage with one decimal, rounded half up: 0.4265... -> "42.7".
struct one_decimal_percent {
    char text[48] = {};
    explicit one_decimal_percent(nisc::ratio r) {
        // Tenths of a percent, half up; shares are never negative.
        const std::int64_t tenths = (r.numerator() * 2000 + r.denominator()) / (2 * r.denominator());
        std::snprintf(text, sizeof text, "%lld.%lld", static_cast<long long>(tenths / 10),
                      static_cast<long long>(tenths % 10));
    }
};

void print_amount(nisc::maybe<nisc::million_yen> m) {
    if (m) {
        std::printf(" %8lld", static_cast<long long>(m->count()));
    } else {
        std::printf(" %8s", "-");
    }
}

void print_share(nisc::maybe<nisc::ratio> r) {
    std::printf(" %7s%%", r ? one_decimal_percent{*r}.text : "-");
}

}  // namespace

int main() {
    const nisc::fiscal_year fy2007{2007};
    const nisc::fiscal_year fy2008{2008};

    std::printf("Share of each policy area in the information-security budget (別紙3 §2, million yen)\n\n");
    std::printf("%-4s %-52s %8s %8s %8s %8s\n", "area", "", "FY2007", "share", "FY2008*", "share");
    nisc::million_yen sum2007{};
    nisc::million_yen sum2008{};
    for (const auto area : nisc::values_of<nisc::policy_area>) {
        const nisc::label code = nisc::code(area);
        const nisc::label name = nisc::name_en(area);
        std::printf("%-4.*s %-52.*s", static_cast<int>(code.size()), code.data(), static_cast<int>(name.size()),
                    name.data());
        const auto a2007 = nisc::budget_of(area, fy2007);
        const auto a2008 = nisc::budget_of(area, fy2008);
        print_amount(a2007);
        print_share(nisc::share_of(area, fy2007));
        print_amount(a2008);
        print_share(nisc::share_of(area, fy2008));
        std::printf("\n");
        sum2007 += a2007.value_or(nisc::million_yen{});
        sum2008 += a2008.value_or(nisc::million_yen{});
    }
    std::printf("%-4s %-52s %8lld %8s %8lld %8s\n", "", "Sum of the printed rows",
                static_cast<long long>(sum2007.count()), "100.0%", static_cast<long long>(sum2008.count()), "100.0%");

    // The rows are rounded to million yen one by one, so their sum can miss the exact total.
    const auto exact2008 = nisc::round_half_up<nisc::million_yen>(*nisc::total_budget(fy2008));
    std::printf(
        "\n* FY2008 is the request. The 別紙3 §3 total rounds to %lld million yen; the rows, each\n"
        "  rounded on its own, add up to %lld.\n",
        static_cast<long long>(exact2008.count()), static_cast<long long>(sum2008.count()));
    std::printf("Area 1 is printed as rows 1-1 to 1-3:");
    for (const auto row : nisc::rows_of(nisc::policy_area::government_standards)) {
        const nisc::label code = nisc::code(row);
        std::printf(" %.*s %lld", static_cast<int>(code.size()), code.data(),
                    static_cast<long long>(nisc::budget_of(row, fy2008).value_or(nisc::million_yen{}).count()));
    }
    std::printf(" (FY2008).\n");
    return 0;
}
