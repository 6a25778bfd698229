// Must fail: the erratum for 企業関係 claims 12% on the exact figures; 1,639 / 1,482 百万円 gives 11%.
#include <nisc/release_2007_10_03/summary.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto errata = [] {
    auto e = summary_percent_errata;
#ifdef NISC_COMPILE_FAIL
    e[0].on_exact_figures = percent{12};
#endif
    return e;
}();
}  // namespace compile_fail

static_assert(detail::summary_percent_errata_hold(compile_fail::errata, budget_summary, budget_by_area),
              "nisc: summary_percent_errata: each erratum must state the printed and computed percentages");
}  // namespace nisc
