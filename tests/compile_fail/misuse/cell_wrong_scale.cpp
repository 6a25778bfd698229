// Must fail: a 千円 figure in a cell of a 百万円 table; a cell holds figures of its own scale only.
// expect: conversion from 'nisc::thousand_yen' .* to non-scalar type '(const )?nisc::cell<nisc::money<nisc::scale::million> >' requested
// expect: no viable conversion from 'nisc::thousand_yen' .* to '(const )?nisc::cell<nisc::million_yen>'
#include <nisc/cell.hpp>
#include <nisc/money.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::cell<nisc::million_yen> printed = nisc::thousand_yen{20'715'000};
#else
constexpr nisc::cell<nisc::million_yen> printed = nisc::million_yen{20'715};
#endif
static_assert(printed.has_value());
