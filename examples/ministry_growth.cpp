// ministry_growth: which government bodies' information-security budgets grew most from FY2007
// (initial budget) to FY2008 (request), by amount and by rate. Data: 別紙3 §3, in thousand yen.
#include <nisc/nisc.hpp>
#include <nisc/text.hpp>  // text_grouped (opt-in)

#include <algorithm>  // std::stable_sort
#include <cstdint>    // std::int64_t
#include <cstdio>     // std::printf, std::snprintf
#include <vector>     // std::vector

namespace {

// A change with its sign: "+1,234" or "-5,678".
nisc::short_text with_sign(std::int64_t n) {
    nisc::short_text t;
    if (n >= 0) t.append("+");
    t.append(nisc::text_grouped(n).view());
    return t;
}

struct growth {
    nisc::ministry body;
    nisc::thousand_yen before;
    nisc::thousand_yen after;
    nisc::thousand_yen change;
    nisc::ratio rate;  // exact: change / before
};

// "+30%", "-56%", and "0%" for a change that rounds to nothing.
struct signed_percent {
    char text[32] = {};
    explicit signed_percent(nisc::percent p) {
        std::snprintf(text, sizeof text, p.value() == 0 ? "%lld%%" : "%+lld%%", static_cast<long long>(p.value()));
    }
};

void print_row(int rank, const growth& g) {
    const nisc::label en = nisc::name_en(g.body);
    const nisc::label ja = nisc::name_ja(g.body);
    std::printf("%2d. %10s -> %10s %11s %5s  %.*s (%.*s)\n", rank, nisc::text_grouped(g.before.count()).data(),
                nisc::text_grouped(g.after.count()).data(), with_sign(g.change.count()).data(),
                signed_percent{nisc::round_half_up_percent(g.rate)}.text, static_cast<int>(en.size()), en.data(),
                static_cast<int>(ja.size()), ja.data());
}

}  // namespace

int main() {
    const nisc::fiscal_year from{2007};
    const nisc::fiscal_year to{2008};

    std::vector<growth> rows;
    for (const auto body : nisc::values_of<nisc::ministry>) {
        // Every query answers a maybe: these cannot be empty for FY2007/FY2008, but say so anyway.
        const auto before = nisc::budget_of(body, from);
        const auto after = nisc::budget_of(body, to);
        const auto rate = nisc::growth_of(body, from, to);
        if (!before || !after || !rate) return 1;
        rows.push_back({body, *before, *after, *after - *before, *rate});
    }

    std::printf("Information-security budgets by body, FY2007 initial budget -> FY2008 request\n");
    std::printf("(別紙3 §3, thousand yen; rates rounded half up to whole percent)\n");

    // Largest increase first; equal increases keep the printed order (stable sort).
    std::stable_sort(rows.begin(), rows.end(), [](const growth& a, const growth& b) { return a.change > b.change; });
    std::printf("\nLargest increases in yen:\n");
    for (int i = 0; i < 5; ++i) print_row(i + 1, rows[static_cast<std::size_t>(i)]);

    // Exact rates compare exactly (nisc::ratio has <=>): no floating point anywhere.
    std::stable_sort(rows.begin(), rows.end(), [](const growth& a, const growth& b) { return a.rate > b.rate; });
    std::printf("\nFastest growth:\n");
    for (int i = 0; i < 5; ++i) print_row(i + 1, rows[static_cast<std::size_t>(i)]);

    std::printf("\nDecreases:\n");
    int rank = 0;
    for (auto it = rows.rbegin(); it != rows.rend() && it->change < nisc::thousand_yen{0}; ++it) print_row(++rank, *it);

    const auto total_from = *nisc::total_budget(from);
    const auto total_to = *nisc::total_budget(to);
    std::printf("\nAll 19 bodies (printed total): %s -> %s, %s (%s)\n", nisc::text_grouped(total_from.count()).data(),
                nisc::text_grouped(total_to.count()).data(), with_sign((total_to - total_from).count()).data(),
                signed_percent{nisc::round_half_up_percent(*nisc::growth_of(total_from, total_to))}.text);
    // The main text's 13% is computed on the totals rounded to 億円 first (300 -> 338); see
    // nisc::budget_headline and docs/background.md.
    return 0;
}
