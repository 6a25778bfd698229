// Must fail: dereferencing an empty maybe in a constant expression (at run time it traps).
// expect: call to non-'constexpr' function 'void nisc::detail::nisc_dereferenced_an_empty_maybe\(\)'
// expect: non-constexpr function 'nisc_dereferenced_an_empty_maybe' cannot be used in a constant expression
#include <nisc/maybe.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::maybe<int> answer{};
#else
constexpr nisc::maybe<int> answer{42};
#endif
static_assert(*answer == 42);
