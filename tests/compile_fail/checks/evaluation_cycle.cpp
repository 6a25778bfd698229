// Must fail: the work running until about May, across 1 April into the next fiscal year.
#include <nisc/release_2007_10_03/evaluation.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto cycle = [] {
    auto c = evaluation_cycle.value;
#ifdef NISC_COMPILE_FAIL
    c.work_until = date::every_year_about(5);
#endif
    return c;
}();
}  // namespace compile_fail

static_assert(
    detail::evaluation_cycle_holds(compile_fail::cycle, evaluation_framework, evaluation_feeds.value,
                                   release_date.value),
    "nisc: evaluation_cycle: the work must stay within one fiscal year and the plans fed must start after the release");
}  // namespace nisc
