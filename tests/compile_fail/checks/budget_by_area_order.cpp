// Must fail: row 2 printed twice, row 3 missing.
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto by_area = [] {
    auto t = budget_by_area;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(policy_area_row::local_governments)].row = policy_area_row::government_other;
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::area_rows_in_order(compile_fail::by_area),
              "nisc: budget_by_area: rows must list the nine printed rows once each in printed order");
}  // namespace nisc
