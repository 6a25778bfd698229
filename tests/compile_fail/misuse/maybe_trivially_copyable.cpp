// Must fail: maybe<T> of a type that is not trivially copyable (the library's own static_assert).
// expect-message: nisc: maybe<T> holds trivially copyable values only
#include <nisc/maybe.hpp>

struct counted {
    int n = 0;
#ifdef NISC_COMPILE_FAIL
    counted(const counted& other) noexcept : n{other.n + 1} {}
#endif
};
constexpr nisc::maybe<counted> value{};
static_assert(!value.has_value());
