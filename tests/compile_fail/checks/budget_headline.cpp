// Must fail: the headline percentage raised by 10% (13% -> 14%); 38 / 300 gives 13%.
#include <nisc/release_2007_10_03/summary.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto headline = [] {
    auto h = budget_headline.value;
#ifdef NISC_COMPILE_FAIL
    h.increase_percent = percent{14};
#endif
    return h;
}();
}  // namespace compile_fail

static_assert(detail::headline_matches(compile_fail::headline, budget_by_ministry_total.value),
              "nisc: budget_headline: figures must round the ministry totals and the percentage their change");
}  // namespace nisc
