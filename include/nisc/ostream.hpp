// Opt-in: operator<< for every vocabulary type of nisc and for nisc::label, built on <nisc/text.hpp>.
// Not included by <nisc/nisc.hpp>, which stays free of <ostream>.
//   std::cout << nisc::thousand_yen{33'750'112};               // 33,750,112千円
//   std::cout << nisc::in_english(nisc::fiscal_year{2008});    // FY2008
#ifndef NISC_OSTREAM_HPP
#define NISC_OSTREAM_HPP

#include <nisc/text.hpp>

#include <cstddef>      // std::size_t
#include <ostream>      // std::ostream
#include <string_view>  // stream insertion that honours width and fill
#include <type_traits>  // std::is_same_v

namespace nisc {

namespace detail {
// Types with a text in both languages: amounts, figures, percentages, ratios, fiscal years, cells,
// optional answers, sources and described enumerations.
template <class T>
concept has_text = requires(const T& x) {
    text_ja(x);
    text_en(x);
};
}  // namespace detail

/// A value and the language to print it in: `std::cout << nisc::in_english(nisc::oku_yen{338})`
/// prints `JPY 33.8 billion`. Without it, operator<< prints the release's Japanese conventions.
template <class T>
struct in_language {
    T value;
    language lang;
};

/// `std::cout << nisc::in_english(nisc::thousand_yen{33'750'112})` prints `JPY 33,750,112 thousand`.
template <detail::has_text T>
[[nodiscard]] constexpr in_language<T> in_english(const T& value) noexcept {
    return {value, language::en};
}
/// `std::cout << nisc::in_japanese(nisc::fiscal_year{2008})` prints `平成20年度` (the default anyway).
template <detail::has_text T>
[[nodiscard]] constexpr in_language<T> in_japanese(const T& value) noexcept {
    return {value, language::ja};
}

/// Writes the text; the stream's width, fill and adjustment apply (counted in bytes, not characters).
/// `std::cout << nisc::name_ja(nisc::ministry::defense)` prints `防衛省`.
inline std::ostream& operator<<(std::ostream& os, label text) {
    return os << std::string_view{text.data(), text.size()};
}

/// `std::cout << nisc::text_en(nisc::fiscal_year{2008})` prints `FY2008`.
template <std::size_t N>
std::ostream& operator<<(std::ostream& os, const fixed_string<N>& text) {
    return os << text.view();
}

/// Any vocabulary value, in the release's Japanese conventions: `std::cout << nisc::percent{13}` prints `13%`,
/// `std::cout << nisc::ministry::defense` prints `防衛省`. An empty optional and a blank cell print nothing.
template <detail::has_text T>
    requires(!std::is_same_v<T, label>)
std::ostream& operator<<(std::ostream& os, const T& value) {
    const auto t = text_ja(value);
    return os << label{t};
}

/// A value in the language it was paired with (see nisc::in_english).
template <class T>
std::ostream& operator<<(std::ostream& os, const in_language<T>& v) {
    const auto t = text(v.value, v.lang);
    return os << label{t};
}

}  // namespace nisc

#endif  // NISC_OSTREAM_HPP
