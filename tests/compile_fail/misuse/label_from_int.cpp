// Must fail: a label from an integer.
// expect: conversion from 'int' to non-scalar type '(const )?nisc::label' requested
// expect: no viable conversion from 'int' to '(const )?nisc::label'
#include <nisc/label.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::label text = 42;
#else
constexpr nisc::label text = "42";
#endif
static_assert(text.size() == 2);
