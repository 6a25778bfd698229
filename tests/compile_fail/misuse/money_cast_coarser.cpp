// Must fail: static_cast between scales (百万円 -> 億円); no conversion exists, explicit or not.
// expect: no matching function for call to 'nisc::money<nisc::scale::oku>::money\(nisc::million_yen\)'
// expect: no matching conversion for static_cast from 'nisc::million_yen' .* to 'nisc::oku_yen'
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr auto oku = static_cast<nisc::oku_yen>(nisc::million_yen{505});
#else
constexpr auto oku = nisc::round_half_up<nisc::oku_yen>(nisc::million_yen{505});
#endif
static_assert(oku == nisc::oku_yen{5});
