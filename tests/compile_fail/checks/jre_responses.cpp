// Must fail: a future response listed first, before the interim ones.
// requires-header: nisc/release_2007_10_03/jre.hpp
#include <nisc/release_2007_10_03/jre.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto responses = [] {
    auto r = jre_responses.value;
#ifdef NISC_COMPILE_FAIL
    const auto first = r[0];
    r[0] = r[4];
    r[4] = first;
#endif
    return r;
}();
}  // namespace compile_fail

static_assert(detail::jre_responses_by_phase(compile_fail::responses),
              "nisc: jre_responses: interim responses first, then future ones, each named");
}  // namespace nisc
