// Must fail: the erratum the summary check relies on is missing from the list (its id changed).
#include <nisc/release_2007_10_03/errata.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto list = [] {
    auto l = errata;
#ifdef NISC_COMPILE_FAIL
    for (auto& e : l) {
        if (e.id == "summary-businesses-percent") e.id = "summary-businesses-percentage";
    }
#endif
    return l;
}();
}  // namespace compile_fail

static_assert(detail::errata_are_listed(compile_fail::list, summary_percent_errata),
              "nisc: errata: ids must be unique and every erratum a check relies on must be listed");
}  // namespace nisc
