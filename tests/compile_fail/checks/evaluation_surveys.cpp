// Must fail: the second survey moved to about April 2008, outside FY2007.
// requires-header: nisc/release_2007_10_03/evaluation.hpp
#include <nisc/release_2007_10_03/evaluation.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto surveys = [] {
    auto s = evaluation_progress_surveys.value;
#ifdef NISC_COMPILE_FAIL
    s[1] = date::about(2008, 4);
#endif
    return s;
}();
}  // namespace compile_fail

static_assert(detail::evaluation_surveys_in_year(compile_fail::surveys, evaluation_progress_survey_count.value,
                                                 fiscal_year{2007}),
              "nisc: evaluation_progress_surveys: two surveys (2回), in order, within FY2007");
}  // namespace nisc
