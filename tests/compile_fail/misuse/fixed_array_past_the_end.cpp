// Must fail: an index past the end in a constant expression (at run time it traps).
// expect: call to non-'constexpr' function 'void nisc::detail::nisc_index_past_the_end\(\)'
// expect: non-constexpr function 'nisc_index_past_the_end' cannot be used in a constant expression
#include <nisc/fixed_array.hpp>

constexpr nisc::fixed_array<int, 3> values{{1, 2, 3}};
#ifdef NISC_COMPILE_FAIL
static_assert(values[3] == 3);
#else
static_assert(values[2] == 3);
#endif
