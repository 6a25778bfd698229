// Must fail: 個人関係's increase raised by 10% (12 -> 13 億円), while 27 - 15 = 12.
#include <nisc/release_2007_10_03/summary.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto summary = [] {
    auto t = budget_summary;
#ifdef NISC_COMPILE_FAIL
    t.rows[*index_of(summary_heading::individuals)].increase = oku_figure::whole(13);
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::summary_increases_are_differences(compile_fail::summary),
              "nisc: budget_summary: each increase must be the difference of the printed figures");
}  // namespace nisc
