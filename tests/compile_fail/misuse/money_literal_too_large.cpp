// Must fail: an amount literal beyond 64 bits.
// expect: call to non-'constexpr' function 'void nisc::detail::nisc_literal_does_not_fit_in_64_bits\(\)'
// expect: non-constexpr function 'nisc_literal_does_not_fit_in_64_bits' cannot be used in a constant expression
#include <nisc/money.hpp>

using namespace nisc::literals;
#ifdef NISC_COMPILE_FAIL
constexpr auto amount = 9'300'000'000'000'000'000_thousand_yen;
#else
constexpr auto amount = 9'200'000'000'000'000'000_thousand_yen;
#endif
static_assert(amount.count() > 0);
