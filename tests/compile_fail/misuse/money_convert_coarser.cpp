// Must fail: convert<> to a coarser scale. Going coarser loses yen, so only the named rounding
// functions (round_half_up, truncate) do it.
// expect: no matching function for call to 'convert<nisc::oku_yen>\(nisc::thousand_yen\)'
// expect: no matching function for call to 'convert'
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr auto oku = nisc::convert<nisc::oku_yen>(nisc::thousand_yen{33'750'112});
#else
constexpr auto oku = nisc::round_half_up<nisc::oku_yen>(nisc::thousand_yen{33'750'112});
#endif
static_assert(oku == nisc::oku_yen{338});
