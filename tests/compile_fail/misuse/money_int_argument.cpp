// Must fail: a bare integer passed where an amount is expected.
// expect: could not convert '5' from 'int' to 'nisc::thousand_yen'
// expect: no matching function for call to 'twice'
#include <nisc/money.hpp>

constexpr nisc::thousand_yen twice(nisc::thousand_yen a) noexcept {
    return a + a;
}
#ifdef NISC_COMPILE_FAIL
static_assert(twice(5) == nisc::thousand_yen{10});
#else
static_assert(twice(nisc::thousand_yen{5}) == nisc::thousand_yen{10});
#endif
