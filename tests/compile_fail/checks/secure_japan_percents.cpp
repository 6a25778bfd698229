// Must fail: the 70% of 実施中 raised by 10% (77%); 111 / 159 gives 70%.
// requires-header: nisc/release_2007_10_03/secure_japan.hpp
#include <nisc/release_2007_10_03/secure_japan.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto progress = [] {
    auto t = secure_japan_2007_progress;
#ifdef NISC_COMPILE_FAIL
    t.rows[1].printed_percent = percent{77};
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::secure_japan_percents_round_counts(compile_fail::progress, secure_japan_2007_total.value),
              "nisc: secure_japan_2007_progress: each percentage must be the half-up of count / 159, summing to 100");
}  // namespace nisc
