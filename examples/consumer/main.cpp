// The program of examples/consumer: nisc pulled in by FetchContent, used through its umbrella header.
#include <nisc/nisc.hpp>

#include <cstdio>  // std::printf

int main() {
    // 33,750,112千円 rounded half up to 億円, as the release's main text prints it.
    constexpr auto fy2008 = nisc::round_half_up<nisc::oku_yen>(*nisc::total_budget(nisc::fiscal_year{2008}));
    constexpr auto fy2007 = nisc::round_half_up<nisc::oku_yen>(*nisc::total_budget(nisc::fiscal_year{2007}));
    // The growth on the rounded figures, 38 / 300, rounded half up to whole percent.
    constexpr auto growth = nisc::round_half_up_percent(*nisc::growth_of(fy2007, fy2008));
    static_assert(growth == nisc::budget_headline.value.increase_percent, "the headline's 13%");

    std::printf("budget_consumer: FY2008 request %lld oku yen, %lld%% over FY2007\n",
                static_cast<long long>(fy2008.count()), static_cast<long long>(growth.value()));
    return 0;
}
