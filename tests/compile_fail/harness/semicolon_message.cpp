// A message with a `;` and non-ASCII text is read whole and matched (clang 14 prints the text as
// octal escapes): the harness reads statements up to the `;` that ends them, not one in a literal.
// expect-message: nisc-harness: one clause; another clause, 円
#ifdef NISC_COMPILE_FAIL
static_assert(sizeof(char) == 2, "nisc-harness: one clause; another clause, 円");
#else
static_assert(sizeof(char) == 1, "nisc-harness: one clause; another clause, 円");
#endif
