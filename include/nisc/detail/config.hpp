// Build-environment guards shared by every nisc header.
#ifndef NISC_DETAIL_CONFIG_HPP
#define NISC_DETAIL_CONFIG_HPP

#if !defined(__cplusplus) || (__cplusplus < 202002L && !defined(_MSVC_LANG)) || \
    (defined(_MSVC_LANG) && _MSVC_LANG < 202002L)
#error "nisc: C++20 or later is required (-std=c++20, /std:c++20)"
#endif

// Stops the program at once: what nisc does instead of undefined behaviour when a precondition of
// operator* or operator[] is broken at run time.
#if defined(__GNUC__) || defined(__clang__)
#define NISC_TRAP() __builtin_trap()
#elif defined(_MSC_VER)
#define NISC_TRAP() __fastfail(7)
#else
#include <cstdlib>  // std::abort, where no trap builtin exists
#define NISC_TRAP() std::abort()
#endif

namespace nisc::detail {

// Japanese names and labels are UTF-8 bytes in plain char literals. A compiler that reads the
// sources in another charset (MSVC without /utf-8, for instance) would store other bytes and every
// lookup by name would silently fail, so the build stops instead. "円" is U+5186: E5 86 86.
inline constexpr bool source_is_utf8 =
    sizeof("\u5186") == 4 && static_cast<unsigned char>("\u5186"[0]) == 0xE5 &&
    static_cast<unsigned char>("\u5186"[1]) == 0x86 && static_cast<unsigned char>("\u5186"[2]) == 0x86 &&
    static_cast<unsigned char>("円"[0]) == 0xE5 && static_cast<unsigned char>("円"[1]) == 0x86 &&
    static_cast<unsigned char>("円"[2]) == 0x86;
static_assert(source_is_utf8, "nisc: source and execution charsets must be UTF-8 (MSVC: compile with /utf-8)");

}  // namespace nisc::detail

#endif  // NISC_DETAIL_CONFIG_HPP
