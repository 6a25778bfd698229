// Must fail: row 7's FY2008 amount raised by 10% (5,809 -> 6,390 百万円) puts the rows' sum 580
// 百万円 above the ministry total, far beyond the rounding of nine rows.
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto by_area = [] {
    auto t = budget_by_area;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(policy_area_row::cross_cutting_foundations)].amounts[2] = million_yen{6'390};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::area_rows_sum_to_total(compile_fail::by_area, budget_by_ministry.years,
                                             budget_by_ministry_total.value),
              "nisc: budget_by_area: each year's rows must sum to the ministry total within their rounding");
}  // namespace nisc
