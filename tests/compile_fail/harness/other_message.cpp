// A must-fail test that is expected to fail: the file does not compile, but on a static_assert with
// another message than the one expected, and the harness must not count that as a pass.
// expect-message: nisc-harness: this assertion fails on purpose
#ifdef NISC_COMPILE_FAIL
static_assert(sizeof(char) == 2, "nisc-harness: another assertion fails");
#endif
