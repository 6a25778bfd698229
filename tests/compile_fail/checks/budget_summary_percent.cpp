// Must fail: 電子政府の安全性's percentage raised by 10% (21% -> 23%), while 39 / 190 gives 21% and no
// erratum names that heading.
#include <nisc/release_2007_10_03/summary.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto summary = [] {
    auto t = budget_summary;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(summary_heading::e_government)].increase_percent = percent{23};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::summary_percents_match(compile_fail::summary, summary_percent_errata),
              "nisc: budget_summary: each percentage must be the half-up of increase / FY2007, or a named erratum");
}  // namespace nisc
