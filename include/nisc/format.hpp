// Opt-in: std::formatter specialisations for nisc's vocabulary types and nisc::label, built on
// <nisc/text.hpp>. Compiled only where the standard library announces <format> (__cpp_lib_format);
// elsewhere, e.g. with GCC 12's libstdc++ or clang 14 on it, this header defines nothing beyond
// NISC_FORMAT_FORMATTERS == 0, so code can include it unconditionally. Not included by <nisc/nisc.hpp>.
//
// Format spec: an optional language, `ja` (the default: the release's conventions) or `en`, then
// any std::string_view spec (fill, align, width, precision):
//   std::format("{}", nisc::thousand_yen{33'750'112})      -> "33,750,112千円"
//   std::format("{:en}", nisc::thousand_yen{33'750'112})   -> "JPY 33,750,112 thousand"
//   std::format("{:en>10}", nisc::fiscal_year{2008})       -> "    FY2008"
#ifndef NISC_FORMAT_HPP
#define NISC_FORMAT_HPP

#include <nisc/text.hpp>

#if __has_include(<version>)
#include <version>  // __cpp_lib_format
#endif

#if defined(__cpp_lib_format)

#include <cstddef>      // std::size_t
#include <format>       // std::formatter
#include <string_view>  // the formatter that lays the text out

/// 1 when this header defined the formatters, 0 when the standard library has no <format>.
#define NISC_FORMAT_FORMATTERS 1

namespace nisc::detail {

// Reads the language prefix, then hands the rest of the spec to std::formatter<std::string_view>.
template <class T>
struct text_formatter {
    language lang = language::ja;
    // mutable: the string_view formatter's format() is not const in every library version.
    mutable std::formatter<std::string_view, char> layout;

    constexpr auto parse(std::format_parse_context& ctx) {
        auto it = ctx.begin();
        if (ctx.end() - it >= 2 && ((it[0] == 'e' && it[1] == 'n') || (it[0] == 'j' && it[1] == 'a'))) {
            lang = it[0] == 'e' ? language::en : language::ja;
            it += 2;
        }
        ctx.advance_to(it);
        return layout.parse(ctx);
    }

    template <class Context>
    auto format(const T& value, Context& ctx) const {
        const auto t = text(value, lang);
        const label l{t};
        return layout.format(std::string_view{l.data(), l.size()}, ctx);
    }
};

// Text that is already text: the language prefix is accepted and changes nothing.
template <class T>
struct label_formatter : text_formatter<label> {
    template <class Context>
    auto format(const T& value, Context& ctx) const {
        const label l{value};
        return this->layout.format(std::string_view{l.data(), l.size()}, ctx);
    }
};

}  // namespace nisc::detail

template <nisc::money_scale S>
struct std::formatter<nisc::money<S>, char> : nisc::detail::text_formatter<nisc::money<S>> {};
template <>
struct std::formatter<nisc::oku_figure, char> : nisc::detail::text_formatter<nisc::oku_figure> {};
template <>
struct std::formatter<nisc::percent, char> : nisc::detail::text_formatter<nisc::percent> {};
template <>
struct std::formatter<nisc::ratio, char> : nisc::detail::text_formatter<nisc::ratio> {};
template <>
struct std::formatter<nisc::fiscal_year, char> : nisc::detail::text_formatter<nisc::fiscal_year> {};
template <>
struct std::formatter<nisc::heisei_year, char> : nisc::detail::text_formatter<nisc::heisei_year> {};
template <>
struct std::formatter<nisc::source_ref, char> : nisc::detail::text_formatter<nisc::source_ref> {};
template <class T>
struct std::formatter<nisc::cell<T>, char> : nisc::detail::text_formatter<nisc::cell<T>> {};
template <class T>
struct std::formatter<nisc::maybe<T>, char> : nisc::detail::text_formatter<nisc::maybe<T>> {};
template <nisc::described_enum E>
struct std::formatter<E, char> : nisc::detail::text_formatter<E> {};
template <>
struct std::formatter<nisc::label, char> : nisc::detail::label_formatter<nisc::label> {};
template <std::size_t N>
struct std::formatter<nisc::fixed_string<N>, char> : nisc::detail::label_formatter<nisc::fixed_string<N>> {};

#else

#define NISC_FORMAT_FORMATTERS 0

#endif  // defined(__cpp_lib_format)

#endif  // NISC_FORMAT_HPP
