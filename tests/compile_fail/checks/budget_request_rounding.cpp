// Must fail: the request raised by 10% (33,750 -> 37,125 百万円), no longer the rounding of
// 33,750,112 千円.
#include <nisc/release_2007_10_03/budget.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto request = [] {
    auto r = budget_request_total;
#ifdef NISC_COMPILE_FAIL
    r.value = million_yen{37'125};
#endif
    return r;
}();
}  // namespace compile_fail

static_assert(detail::request_rounds_ministry_total(compile_fail::request.value, budget_by_ministry_total.value),
              "nisc: budget_request_total: must be the half-up rounding of the FY2008 ministry total");
}  // namespace nisc
