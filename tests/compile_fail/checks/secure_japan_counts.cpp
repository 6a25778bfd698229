// Must fail: 実施中 raised by 10% (111 -> 122 施策); the four counts no longer sum to 159.
// requires-header: nisc/release_2007_10_03/secure_japan.hpp
#include <nisc/release_2007_10_03/secure_japan.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto progress = [] {
    auto t = secure_japan_2007_progress;
#ifdef NISC_COMPILE_FAIL
    t.rows[1].measures = 122;
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::secure_japan_counts_sum_to_total(compile_fail::progress, secure_japan_2007_total.value),
              "nisc: secure_japan_2007_progress: the counts must sum to the printed total (27 + 111 + 18 + 3 = 159)");
}  // namespace nisc
