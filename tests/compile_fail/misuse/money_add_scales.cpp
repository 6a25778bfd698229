// Must fail: 千円 + 百万円. Amounts add only within one scale; convert first, exactly, to the finer.
// expect: no match for 'operator\+' \(operand types are 'nisc::thousand_yen' .* and 'nisc::million_yen'
// expect: invalid operands to binary expression \('nisc::thousand_yen' .* and 'nisc::million_yen'
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr auto sum = nisc::thousand_yen{1} + nisc::million_yen{1};
#else
constexpr auto sum = nisc::thousand_yen{1} + nisc::convert<nisc::thousand_yen>(nisc::million_yen{1});
#endif
static_assert(sum == nisc::thousand_yen{1'001});
