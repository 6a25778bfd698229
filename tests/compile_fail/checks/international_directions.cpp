// Must fail: the heading announces four directions (取組みの4つの方向性) while five are listed.
#include <nisc/release_2007_10_03/international.hpp>

namespace nisc {
namespace compile_fail {
#ifdef NISC_COMPILE_FAIL
constexpr int printed_count = 4;
#else
constexpr int printed_count = 5;
#endif
}  // namespace compile_fail

static_assert(detail::international_lists_hold(international_directions.value, compile_fail::printed_count,
                                               international_initiatives.value),
              "nisc: international_directions: as many as printed (5), each initiative in its own direction");
}  // namespace nisc
