// Must fail: 別紙5's count for 未着手 raised by 10% (18 -> 20), no longer what 本文 prints.
// requires-header: nisc/release_2007_10_03/secure_japan.hpp
#include <nisc/release_2007_10_03/secure_japan.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto attachment = [] {
    auto t = secure_japan_2007_progress_in_attachment;
#ifdef NISC_COMPILE_FAIL
    t.rows[2].measures = 20;
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::secure_japan_printings_agree(secure_japan_2007_progress, compile_fail::attachment),
              "nisc: secure_japan_2007_progress_in_attachment: 別紙5 must print the counts and percentages of 本文");
}  // namespace nisc
