// Must fail: the mail-server inspections started in 10月上旬, outside the September 本文 prints and
// not before the meeting.
// requires-header: nisc/release_2007_10_03/inspections.hpp
#include <nisc/release_2007_10_03/inspections.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto inspections = [] {
    auto i = priority_inspections.value;
#ifdef NISC_COMPILE_FAIL
    i[2].started = date::early_in(2007, 10);
#endif
    return i;
}();
}  // namespace compile_fail

static_assert(
    detail::inspections_consistent(compile_fail::inspections, mail_server_inspection_start_in_main_text.value,
                                   policy_council_meeting.value.held, inspection_report_plan,
                                   dns_standards_revision_plan),
    "nisc: priority_inspections: the start must lie in 本文's month and before the meeting, the plans after it");
}  // namespace nisc
