// Must fail: the first two agenda items referring to each other's attachment (別紙2, 別紙1).
// requires-header: nisc/release_2007_10_03/meeting.hpp
#include <nisc/release_2007_10_03/meeting.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto items = [] {
    auto a = agenda.value;
#ifdef NISC_COMPILE_FAIL
    a[0].attachment = document_part::attachment_2;
    a[1].attachment = document_part::attachment_1;
#endif
    return a;
}();
}  // namespace compile_fail

static_assert(detail::agenda_refers_to_attachments_in_order(compile_fail::items),
              "nisc: agenda: items must refer to 別紙1-別紙6, one each, in printed order");
}  // namespace nisc
