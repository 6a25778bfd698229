// Compiled with single_include/ as its only nisc include path (and without nisc::nisc): the
// single header must stand alone and carry every check and query of the umbrella header.
#include <nisc/nisc.hpp>

#ifndef NISC_RELEASE_2007_10_03_QUERIES_HPP
#error "not the whole umbrella header"
#endif

#include <cstdio>  // std::printf

static_assert(nisc::total_budget(nisc::fiscal_year{2008}) == nisc::thousand_yen{33'750'112});
static_assert(nisc::to_heisei(nisc::fiscal_year{2008}) == nisc::heisei_year{20});

int main() {
    const auto first = nisc::ranked_by_budget(nisc::fiscal_year{2008});
    if (!first) return 1;
    const nisc::label name = nisc::name_en(first->front());
    std::printf("single header: nisc %d, largest FY2008 request: %.*s\n", nisc::version, static_cast<int>(name.size()),
                name.data());
    return 0;
}
