// A must-fail test that is expected to fail: the file does not compile, and g++ echoes the broken
// line, which holds the expected message; a check that never ran must not count as a pass.
// expect-message: nisc-harness: this assertion fails on purpose
#ifdef NISC_COMPILE_FAIL
static_assert(sizeof(char) == 1 +, "nisc-harness: this assertion fails on purpose");
#endif
