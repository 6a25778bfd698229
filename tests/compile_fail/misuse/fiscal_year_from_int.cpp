// Must fail: a fiscal year from a bare int by implicit conversion.
// expect: conversion from 'int' to non-scalar type '(const )?nisc::fiscal_year' requested
// expect: no viable conversion from 'int' to '(const )?nisc::fiscal_year'
#include <nisc/fiscal_year.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::fiscal_year fy = 2008;
#else
constexpr nisc::fiscal_year fy{2008};
#endif
static_assert(fy.start_year() == 2008);
