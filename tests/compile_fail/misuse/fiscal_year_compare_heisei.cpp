// Must fail: comparing a 平成 year with a fiscal year; the era converts only through to_fiscal_year.
// expect: no match for 'operator==' \(operand types are 'nisc::heisei_year' and 'nisc::fiscal_year'\)
// expect: invalid operands to binary expression \('nisc::heisei_year' and 'nisc::fiscal_year'\)
#include <nisc/fiscal_year.hpp>

#ifdef NISC_COMPILE_FAIL
static_assert(nisc::heisei_year{20} == nisc::fiscal_year{2008});
#else
static_assert(nisc::to_fiscal_year(nisc::heisei_year{20}) == nisc::fiscal_year{2008});
#endif
