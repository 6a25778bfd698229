// Must fail: the findings dated 2007-07-26, after their announcement of 2007-07-20.
// requires-header: nisc/release_2007_10_03/jre.hpp
#include <nisc/release_2007_10_03/jre.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto findings = [] {
    auto f = jre_findings;
#ifdef NISC_COMPILE_FAIL
    f.when = date::on(2007, 7, 26);
#endif
    return f;
}();
}  // namespace compile_fail

static_assert(detail::jre_steps_in_order(jre_survey, compile_fail::findings, jre_announcement, jre_hearings,
                                         jre_bodies_needing_update.value, jre_systems_needing_update.value),
              "nisc: jre_findings: the findings of 2007-07-06 must precede their 2007-07-20 announcement");
}  // namespace nisc
