// Must fail: 本文's count of bodies heard raised by 10% (19 -> 21), more than 別紙3 lists.
// requires-header: nisc/release_2007_10_03/jre.hpp
#include <nisc/release_2007_10_03/jre.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto heard = [] {
    auto h = jre_bodies_heard.value;
#ifdef NISC_COMPILE_FAIL
    h = 21;
#endif
    return h;
}();
}  // namespace compile_fail

static_assert(detail::jre_hearing_covers_every_body(compile_fail::heard, jre_bodies_heard_in_attachment.value,
                                                    jre_bodies_needing_update.value, budget_by_ministry),
              "nisc: jre_bodies_heard: the hearings must cover as many bodies as budget_by_ministry lists (19)");
}  // namespace nisc
