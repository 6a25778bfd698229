// Must fail: a label from the null pointer constant; a null `const char*` variable is the empty text.
// expect: conversion from 'std::nullptr_t' to non-scalar type '(const )?nisc::label' requested
// expect: no viable conversion from 'std::nullptr_t' to '(const )?nisc::label'
#include <nisc/label.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr nisc::label text = nullptr;
#else
constexpr const char* no_text = nullptr;
constexpr nisc::label text = no_text;
#endif
static_assert(text.empty());
