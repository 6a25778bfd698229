// Must fail: the FY2007 当初予算 and 合計 of the trend raised by 10% (300 -> 330 億円), no longer the
// rounding of 30,000,897 千円.
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto trend = [] {
    auto t = budget_trend;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(trend_line::initial_budget)].amounts[3] = oku_yen{330};
    t.rows[*index_of(trend_line::total)].amounts[3] = oku_yen{330};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::trend_rounds_ministry_totals(compile_fail::trend, budget_by_ministry.years,
                                                   budget_by_ministry_total.value),
              "nisc: budget_trend: FY2006-FY2008 figures must be the half-up rounding of the ministry totals");
}  // namespace nisc
