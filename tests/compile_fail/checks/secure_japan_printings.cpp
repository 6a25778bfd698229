// Must fail: 別紙5 prints 27 measures as 30; 本文 prints 27.
#include <nisc/release_2007_10_03/secure_japan.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto attachment = [] {
    auto t = secure_japan_2007_progress_in_attachment;
#ifdef NISC_COMPILE_FAIL
    t.rows[0].measures = 30;
#endif
    return t;
}();
}  // namespace compile_fail

static_assert(detail::secure_japan_printings_agree(secure_japan_2007_progress, compile_fail::attachment),
              "nisc: secure_japan_2007_progress_in_attachment: 別紙5 must print the counts and percentages of 本文");
}  // namespace nisc
