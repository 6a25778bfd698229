// Must fail: the name verbs on an enumeration nisc does not describe (no enum_rows).
// expect: no matching function for call to 'from_name<undescribed>\(const char \[4\]\)'
// expect: no matching function for call to 'from_name'
#include <nisc/ministry.hpp>

#include <cstdint>

enum class undescribed : std::uint8_t { one };
#ifdef NISC_COMPILE_FAIL
constexpr auto found = nisc::from_name<undescribed>("one");
#else
constexpr auto found = nisc::from_name<nisc::ministry>("防衛省");
#endif
static_assert(found.has_value());
