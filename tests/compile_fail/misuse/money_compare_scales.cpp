// Must fail: comparing 億円 with tenths of 億円. Order holds only within one scale.
// expect: no match for 'operator<' \(operand types are 'nisc::oku_yen' .* and 'nisc::tenth_oku_yen'
// expect: invalid operands to binary expression \('nisc::oku_yen' .* and 'nisc::tenth_oku_yen'
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
static_assert(nisc::oku_yen{1} < nisc::tenth_oku_yen{11});
#else
static_assert(nisc::convert<nisc::tenth_oku_yen>(nisc::oku_yen{1}) < nisc::tenth_oku_yen{11});
#endif
