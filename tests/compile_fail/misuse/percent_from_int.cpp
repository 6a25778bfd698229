// Must fail: a percentage from a bare integer by implicit conversion.
// expect: conversion from 'int' to non-scalar type '(const )?nisc::percent' requested
// expect: no viable conversion from 'int' to '(const )?nisc::percent'
#include <nisc/ratio.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::percent p = 13;
#else
constexpr nisc::percent p{13};
#endif
static_assert(p.value() == 13);
