// Must fail: row 1-2 moved to area 3 splits area 1's rows and lists area 3 before area 2.
#include <nisc/policy_area.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto rows = [] {
    auto r = enum_rows<policy_area_row>::rows;
#ifdef NISC_COMPILE_FAIL
    r[*index_of(policy_area_row::government_organisation)].area = policy_area::local_governments;
#endif
    return r;
}();
}  // namespace compile_fail

static_assert(detail::rows_group_into_areas(compile_fail::rows),
              "nisc: policy_area_row rows must list areas 1 to 7 in order, each area's rows together");
}  // namespace nisc
