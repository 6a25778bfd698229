// Must fail: §5(1) and §5(2) refer to each other's attachment.
#include <nisc/release_2007_10_03/meeting.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto items = [] {
    auto a = agenda.value;
#ifdef NISC_COMPILE_FAIL
    a[4].attachment = document_part::attachment_6;
    a[5].attachment = document_part::attachment_5;
#endif
    return a;
}();
}  // namespace compile_fail

static_assert(detail::agenda_refers_to_attachments_in_order(compile_fail::items),
              "nisc: agenda: items must refer to 別紙1-別紙6, one each, in printed order");
}  // namespace nisc
