// Must fail: 11% raised by 10% (12%); 18 / 159 gives 11%.
#include <nisc/release_2007_10_03/secure_japan.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto progress = [] {
    auto t = secure_japan_2007_progress;
#ifdef NISC_COMPILE_FAIL
    t.rows[2].printed_percent = percent{12};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::secure_japan_percents_round_counts(compile_fail::progress, secure_japan_2007_total.value),
              "nisc: secure_japan_2007_progress: each percentage must be the half-up of count / 159, summing to 100");
}  // namespace nisc
