// Must fail: comparing a fiscal year with an int (is 20 平成20年度 or FY20?).
// expect: no match for 'operator==' \(operand types are 'nisc::fiscal_year' and 'int'\)
// expect: invalid operands to binary expression \('nisc::fiscal_year' and 'int'\)
#include <nisc/fiscal_year.hpp>

#ifdef NISC_COMPILE_FAIL
static_assert(nisc::fiscal_year{2008} == 2008);
#else
static_assert(nisc::fiscal_year{2008} == nisc::fiscal_year{2008});
#endif
