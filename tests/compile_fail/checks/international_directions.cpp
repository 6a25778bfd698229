// Must fail: both initiatives filed under one direction.
// requires-header: nisc/release_2007_10_03/international.hpp
#include <nisc/release_2007_10_03/international.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto initiatives = [] {
    auto i = international_initiatives.value;
#ifdef NISC_COMPILE_FAIL
    i[1].direction = i[0].direction;
#endif
    return i;
}();
}  // namespace compile_fail

static_assert(detail::international_lists_hold(international_directions.value, international_direction_count.value,
                                               compile_fail::initiatives),
              "nisc: international_directions: as many as printed (5), each initiative in its own direction");
}  // namespace nisc
