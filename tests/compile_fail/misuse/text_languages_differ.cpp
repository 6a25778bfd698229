// Must fail: nisc::text(x, language) for a type whose Japanese and English texts have different
// types (the library's own static_assert): one call must return one type in both languages.
// expect-message: nisc: text_ja and text_en of one type must return the same text type
#include <nisc/text.hpp>

namespace user {
struct code_name {};
constexpr nisc::label text_ja(code_name) noexcept {
    return "符号";
}
#ifdef NISC_COMPILE_FAIL
constexpr nisc::short_text text_en(code_name) noexcept {
    return nisc::short_text{};
}
#else
constexpr nisc::label text_en(code_name) noexcept {
    return "code";
}
#endif
}  // namespace user

constexpr auto english = nisc::text(user::code_name{}, nisc::language::en);
static_assert(sizeof(english) > 0);
