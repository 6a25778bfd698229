// Must fail: the FY2004 合計 raised by 10% (267 -> 294 億円) while no 補正予算 is printed for FY2004.
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto trend = [] {
    auto t = budget_trend;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(trend_line::total)].amounts[0] = oku_yen{294};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::trend_total_is_initial_without_supplement(compile_fail::trend),
              "nisc: budget_trend: the total must equal the initial budget where no supplementary budget is printed");
}  // namespace nisc
