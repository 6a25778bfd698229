// A header for the self-test of compile_fail.coverage: its check has no must-fail test.
#ifndef NISC_COMPILE_FAIL_FIXTURE_UNTESTED_HPP
#define NISC_COMPILE_FAIL_FIXTURE_UNTESTED_HPP
namespace nisc::detail {
constexpr bool fixture_check(int) noexcept {
    return true;
}
}  // namespace nisc::detail
static_assert(nisc::detail::fixture_check(1), "nisc: fixture: a check nobody tests");
#endif
