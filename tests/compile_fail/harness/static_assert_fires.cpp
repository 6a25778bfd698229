// The harness's proof that it sees an error at all: with NISC_COMPILE_FAIL this file fails on a
// static_assert; its twin, without it, compiles. Also compiled without the macro as a must-fail test
// that is expected to fail (compile_fail.harness.compiling_tu_is_not_a_pass).
// expect-message: nisc-harness: this assertion fails on purpose
#ifdef NISC_COMPILE_FAIL
static_assert(sizeof(char) == 2, "nisc-harness: this assertion fails on purpose");
#endif
static_assert(sizeof(char) == 1, "nisc-harness: this assertion holds");
