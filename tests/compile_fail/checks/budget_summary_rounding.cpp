// Must fail: 電子政府の安全性's FY2008 figure raised by 10% (229 -> 252 億円); areas 1 and 2 of 別紙3
// §2 sum to 22,866 百万円, 229億円.
#include <nisc/release_2007_10_03/summary.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto summary = [] {
    auto t = budget_summary;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(summary_heading::e_government)].amounts[1] = oku_figure::whole(252);
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::summary_rounds_area_sums(compile_fail::summary, budget_by_area),
              "nisc: budget_summary: each figure must be the half-up rounding of its areas' sum in budget_by_area");
}  // namespace nisc
