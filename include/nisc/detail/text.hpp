// Small constexpr helpers for reading text; internal.
#ifndef NISC_DETAIL_TEXT_HPP
#define NISC_DETAIL_TEXT_HPP

#include <nisc/label.hpp>

#include <cstddef>  // std::size_t
#include <nisc/maybe.hpp>

namespace nisc::detail {

// Removes `prefix` from the front of `text` if it is there; says whether it was.
constexpr bool consume_prefix(label& text, label prefix) noexcept {
    if (!text.starts_with(prefix)) return false;
    text = text.drop(prefix.size());
    return true;
}

// Removes `suffix` from the back of `text` if it is there; says whether it was.
constexpr bool consume_suffix(label& text, label suffix) noexcept {
    if (!text.ends_with(suffix)) return false;
    text = text.first(text.size() - suffix.size());
    return true;
}

// The value of 1 to `max_digits` ASCII decimal digits (max_digits <= 9, so an int holds it);
// empty for anything else, including a sign or an empty string.
constexpr maybe<int> parse_decimal(label text, std::size_t max_digits) noexcept {
    if (text.empty() || text.size() > max_digits || max_digits > 9) return nothing;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return nothing;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace nisc::detail

#endif  // NISC_DETAIL_TEXT_HPP
