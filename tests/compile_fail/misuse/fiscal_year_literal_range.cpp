// Must fail: a fiscal-year literal outside 1..9999.
// expect: call to non-'constexpr' function 'void nisc::detail::nisc_fiscal_year_literal_must_be_1_to_9999\(\)'
// expect: non-constexpr function 'nisc_fiscal_year_literal_must_be_1_to_9999' cannot be used in a constant expression
#include <nisc/fiscal_year.hpp>

using namespace nisc::literals;
#ifdef NISC_COMPILE_FAIL
constexpr auto fy = 0_fy;
#else
constexpr auto fy = 1_fy;
#endif
static_assert(fy.ok());
