// Fuzzes nisc::label's constructors and views, and the text helpers nisc's parsers are built on
// (nisc::detail::consume_prefix / consume_suffix / parse_decimal). Properties: every way of building
// a label from the same bytes gives equal labels; first(n) and drop(n) split it without a byte lost
// or read out of bounds; to std::string and back is the identity (round trip); parse_decimal reads
// exactly the strings of 1 to max_digits ASCII digits, with their value.
#include "fuzz_check.hpp"

#include <nisc/detail/text.hpp>
#include <nisc/label.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <cstring>  // std::strlen
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const nisc::label text = fuzz_text(data, size);
    NISC_FUZZ_CHECK(text.size() == size && text.empty() == (size == 0));

    // To std::string and back.
    const std::string copy = text;
    NISC_FUZZ_CHECK(copy.size() == size && text == copy && nisc::label{copy} == text);

    // As a NUL-terminated string: up to the first NUL.
    std::vector<char> c_string(text.begin(), text.end());
    c_string.push_back('\0');
    const nisc::label from_c{static_cast<const char*>(c_string.data())};
    NISC_FUZZ_CHECK(from_c.size() == std::strlen(c_string.data()));
    NISC_FUZZ_CHECK(text.starts_with(from_c));

    // Every split point, and one past the end.
    const std::size_t step = size > 64 ? size / 16 : 1;
    for (std::size_t n = 0; n <= size + 1; n += step) {
        const nisc::label head = text.first(n);
        const nisc::label tail = text.drop(n);
        NISC_FUZZ_CHECK(head.size() + tail.size() == size);
        NISC_FUZZ_CHECK(text.starts_with(head) && text.ends_with(tail));
        // Views, not copies: the two halves are the input's own bytes, side by side.
        NISC_FUZZ_CHECK(head.data() == text.data() && (tail.empty() || tail.data() == text.data() + head.size()));
        nisc::label rest = text;
        NISC_FUZZ_CHECK(nisc::detail::consume_prefix(rest, head) && rest == tail);
        rest = text;
        NISC_FUZZ_CHECK(nisc::detail::consume_suffix(rest, tail) && rest == head);
    }

    // parse_decimal against a plain reading of the same bytes.
    for (std::size_t max_digits = 0; max_digits <= 10; ++max_digits) {
        const nisc::maybe<int> value = nisc::detail::parse_decimal(text, max_digits);
        bool digits = size > 0 && size <= max_digits && max_digits <= 9;
        long long expected = 0;
        for (const char c : text) {
            digits = digits && c >= '0' && c <= '9';
            if (digits) expected = expected * 10 + (c - '0');
        }
        NISC_FUZZ_CHECK(value.has_value() == digits);
        if (value) NISC_FUZZ_CHECK(*value == expected);
    }
    return 0;
}
