// Must fail: asking the name of a bare integer instead of an enumerator.
// expect: no matching function for call to 'name_ja\(int\)'
// expect: no matching function for call to 'name_ja'
#include <nisc/ministry.hpp>

#ifdef NISC_COMPILE_FAIL
constexpr auto name = nisc::name_ja(7);
#else
constexpr auto name = nisc::name_ja(nisc::ministry::defense);
#endif
static_assert(name == "防衛省");
