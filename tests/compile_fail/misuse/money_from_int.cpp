// Must fail: an amount from a bare integer. The scale must be named: thousand_yen{5}.
// expect: conversion from 'int' to non-scalar type '(const )?nisc::thousand_yen'
// expect: no viable conversion from 'int' to '(const )?nisc::thousand_yen'
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::thousand_yen amount = 5;
#else
constexpr nisc::thousand_yen amount{5};
#endif
static_assert(amount.count() == 5);
