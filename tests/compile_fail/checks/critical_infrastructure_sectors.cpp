// Must fail: the footnote's count read as 11分野 (10 raised by 10%) while ten sectors are listed.
#include <nisc/release_2007_10_03/critical_infrastructure.hpp>

namespace nisc {
namespace compile_fail {
#ifdef NISC_COMPILE_FAIL
constexpr int printed_count = 11;
#else
constexpr int printed_count = critical_infrastructure_sector_count.value;
#endif
}  // namespace compile_fail

static_assert(detail::sectors_match_count(critical_infrastructure_sectors.value, compile_fail::printed_count),
              "nisc: critical_infrastructure_sectors: must list the 10 sectors the footnote counts, in printed order");
}  // namespace nisc
