// Must fail: an amount from a floating-point number; figures are exact integers of their scale.
// expect: use of deleted function 'nisc::money<Scale>::money\(F\) \[with F = double
// expect: call to deleted constructor of '(const )?nisc::thousand_yen'
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::thousand_yen amount{1.5};
#else
constexpr nisc::thousand_yen amount{1};
#endif
static_assert(amount.count() == 1);
