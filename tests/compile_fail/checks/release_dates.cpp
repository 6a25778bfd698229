// Must fail: 別紙3 dated a day after the release and the meeting (2007-10-04).
// requires-header: nisc/release_2007_10_03/meeting.hpp
#include <nisc/release_2007_10_03/meeting.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto attachment_date = [] {
    auto d = budget_attachment_date.value;
#ifdef NISC_COMPILE_FAIL
    d = date::on(2007, 10, 4);
#endif
    return d;
}();
}  // namespace compile_fail

static_assert(
    detail::release_dates_agree(release_date.value, compile_fail::attachment_date, policy_council_meeting.value,
                                policy_council_establishment.value),
    "nisc: release_date: the release, 別紙3 and the meeting must share one day, after the council's establishment");
}  // namespace nisc
