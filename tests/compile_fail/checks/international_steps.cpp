// Must fail: the interim report dated 2007-04-03, out of chronological order.
// requires-header: nisc/release_2007_10_03/international.hpp
#include <nisc/release_2007_10_03/international.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto steps = [] {
    auto s = international_steps.value;
#ifdef NISC_COMPILE_FAIL
    s[3].when = date::on(2007, 4, 3);
#endif
    return s;
}();
}  // namespace compile_fail

static_assert(detail::international_steps_end_at_meeting(compile_fail::steps, policy_council_meeting.value.held),
              "nisc: international_steps: must be in chronological order and end with the meeting's decision");
}  // namespace nisc
