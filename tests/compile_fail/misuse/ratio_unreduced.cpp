// Must fail: a ratio built directly from two integers, which could leave it unreduced or with a
// zero denominator; make_ratio says no instead.
// expect: 'constexpr nisc::ratio::ratio\(.*\)' is private within this context
// expect: calling a private constructor of class 'nisc::ratio'
#include <nisc/ratio.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::ratio r{38, 300};
#else
constexpr nisc::ratio r = *nisc::make_ratio(38, 300);
#endif
static_assert(r.numerator() == 19);
