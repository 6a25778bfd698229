// Must fail: the awards held around 2008-02-12, not around Information Security Day (2月2日).
// requires-header: nisc/release_2007_10_03/security_day.hpp
#include <nisc/release_2007_10_03/security_day.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto awards = [] {
    auto a = security_day_awards.value;
#ifdef NISC_COMPILE_FAIL
    a.held = date::around(2008, 2, 12);
#endif
    return a;
}();
}  // namespace compile_fail

static_assert(detail::awards_on_security_day(compile_fail::awards, information_security_day.when, release_date.value,
                                             security_day_awards_plan.value.ja),
              "nisc: security_day_awards: must fall around 2月2日 in the release's fiscal year, the one 別紙4 names");
}  // namespace nisc
