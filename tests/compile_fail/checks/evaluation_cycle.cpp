// Must fail: the Second National Strategy fed from FY2007, a plan that began before the release.
// requires-header: nisc/release_2007_10_03/evaluation.hpp
#include <nisc/release_2007_10_03/evaluation.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto feeds = [] {
    auto f = evaluation_feeds.value;
#ifdef NISC_COMPILE_FAIL
    f[1].from = date::in_fiscal_year(fiscal_year{2007});
#endif
    return f;
}();
}  // namespace compile_fail

static_assert(
    detail::evaluation_cycle_holds(evaluation_cycle.value, evaluation_framework, compile_fail::feeds,
                                   release_date.value),
    "nisc: evaluation_cycle: the work must stay within one fiscal year; the plans fed start after the release");
}  // namespace nisc
