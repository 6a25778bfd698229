// Must fail: building an amount of one scale from an amount of another (here 千円 -> 億円), which
// would drop the remainder silently.
// expect: no matching function for call to 'nisc::money<nisc::scale::oku>::money\(<brace-enclosed initializer list>\)'
// expect: no matching constructor for initialization of '(const )?nisc::oku_yen'
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::oku_yen oku{nisc::thousand_yen{33'750'112}};
#else
constexpr nisc::oku_yen oku{nisc::truncate<nisc::oku_yen>(nisc::thousand_yen{33'750'112})};
#endif
static_assert(oku == nisc::oku_yen{337});
