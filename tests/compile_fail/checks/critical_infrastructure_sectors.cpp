// Must fail: 金融 and 航空 listed in each other's place, not in the footnote's order.
// requires-header: nisc/release_2007_10_03/critical_infrastructure.hpp
#include <nisc/release_2007_10_03/critical_infrastructure.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto sectors = [] {
    auto s = critical_infrastructure_sectors.value;
#ifdef NISC_COMPILE_FAIL
    const auto second = s[1];
    s[1] = s[2];
    s[2] = second;
#endif
    return s;
}();
}  // namespace compile_fail

static_assert(detail::sectors_match_count(compile_fail::sectors, critical_infrastructure_sector_count.value),
              "nisc: critical_infrastructure_sectors: must list the 10 sectors the footnote counts, in printed order");
}  // namespace nisc
