// Must fail: comparing an amount with a bare integer.
// expect: no match for 'operator==' \(operand types are 'nisc::thousand_yen' .* and 'int'\)
// expect: invalid operands to binary expression \('nisc::thousand_yen' .* and 'int'\)
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
static_assert(nisc::thousand_yen{1} == 1);
#else
static_assert(nisc::thousand_yen{1}.count() == 1);
#endif
