// Must fail: the hearings count 21 bodies (19 raised by 10%), but 別紙3 §3 lists 19.
#include <nisc/release_2007_10_03/jre.hpp>

namespace nisc {
namespace compile_fail {
#ifdef NISC_COMPILE_FAIL
constexpr int heard = 21;
#else
constexpr int heard = jre_bodies_heard.value;
#endif
}  // namespace compile_fail

static_assert(detail::jre_hearing_covers_every_body(compile_fail::heard, jre_bodies_heard_in_attachment.value,
                                                    jre_bodies_needing_update.value, budget_by_ministry),
              "nisc: jre_bodies_heard: the hearings must cover as many bodies as budget_by_ministry lists (19)");
}  // namespace nisc
