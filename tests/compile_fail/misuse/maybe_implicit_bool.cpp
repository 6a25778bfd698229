// Must fail: a maybe used as a plain bool (or number) by implicit conversion; its operator bool is
// explicit, so `int n = budget_of(...)` and `total + budget_of(...)` cannot compile by accident.
// expect: cannot convert 'nisc::maybe<int>' to '(const )?bool' in initialization
// expect: no viable conversion from 'nisc::maybe<int>' to '(const )?bool'
#include <nisc/maybe.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr bool present = nisc::maybe<int>{0};
#else
constexpr bool present{nisc::maybe<int>{0}};
#endif
static_assert(present);
