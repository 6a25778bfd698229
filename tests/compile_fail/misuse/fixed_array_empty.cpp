// Must fail: a fixed_array of no elements (the library's own static_assert).
// expect-message: nisc: fixed_array holds at least one element
#include <nisc/fixed_array.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::fixed_array<int, 0> values{};
#else
constexpr nisc::fixed_array<int, 1> values{};
#endif
static_assert(sizeof(values) > 0);
