// What a user's first program looks like: the umbrella header, one query, one compile-time fact.
#include <nisc/nisc.hpp>

#include <cstdio>  // std::printf

static_assert(nisc::total_budget(nisc::fiscal_year{2008}) == nisc::thousand_yen{33'750'112});

int main() {
    const auto defense = nisc::budget_of(nisc::ministry::defense, nisc::fiscal_year{2008});
    if (!defense) return 1;
    // The line tests/package/CMakeLists.txt looks for; printed only when the query answered.
    std::printf("nisc_consumer: nisc %d, Ministry of Defense FY2008 request %lld thousand yen\n", nisc::version,
                static_cast<long long>(defense->count()));
    return 0;
}
