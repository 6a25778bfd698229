// Must fail: 防衛省's FY2008 request raised by 10% (10,292,493 -> 11,321,742 千円) no longer sums to
// the printed 合計 of 33,750,112 千円.
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto by_ministry = [] {
    auto t = budget_by_ministry;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(ministry::defense)].amounts[2] = thousand_yen{11'321'742};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::ministry_amounts_sum_to_total(compile_fail::by_ministry, budget_by_ministry_total.value),
              "nisc: budget_by_ministry: each year's amounts must sum to the printed total");
}  // namespace nisc
