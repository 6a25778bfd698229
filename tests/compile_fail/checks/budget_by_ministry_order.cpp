// Must fail: 内閣官房 and 内閣法制局 printed in each other's place (queries index rows by enumerator).
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto by_ministry = [] {
    auto t = budget_by_ministry;
#ifdef NISC_COMPILE_FAIL
    t.rows[0].body = ministry::cabinet_legislation_bureau;
    t.rows[1].body = ministry::cabinet_secretariat;
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::ministry_rows_in_order(compile_fail::by_ministry),
              "nisc: budget_by_ministry: rows must list the 19 bodies once each in printed order");
}  // namespace nisc
