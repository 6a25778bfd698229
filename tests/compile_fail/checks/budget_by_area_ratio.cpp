// Must fail: the 前年比 printed for area 6 raised by 10% (174% -> 191%); 2,654 / 1,521 gives 174%.
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto by_area = [] {
    auto t = budget_by_area;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(policy_area_row::individuals)].ratio_to_previous_year = percent{191};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::area_ratios_match(compile_fail::by_area),
              "nisc: budget_by_area: each printed ratio to the previous year must be its area's half-up percentage");
}  // namespace nisc
