// Fuzzes the format spec that <nisc/format.hpp>'s std::formatter reads: an optional language
// prefix (ja, en), then a std::string_view spec. Built with clang++ -stdlib=libc++, whose <format>
// (libc++ 14) works but is neither enabled nor announced by default; the trick is that of
// tests/unit/format_libcxx.cpp. Property: formatting any nisc value with "{:<lang><rest>}" behaves
// exactly as formatting its text_ja / text_en with "{:<rest>}": the same text, or the same refusal.
#include "../unit/libcxx_format_on.hpp"  // first: before any standard header

#include "fuzz_check.hpp"

#include <nisc/format.hpp>
#include <nisc/nisc.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <format>
#include <string>
#include <string_view>

#if !NISC_FORMAT_FORMATTERS
#error "nisc: the formatters were not compiled"
#endif

// Debian's libc++ 14 declares std::format_error's destructor (its key function) but ships no
// definition, so a program that can throw it does not link. Test-only: define it here.
std::format_error::~format_error() noexcept = default;

namespace {

// The formatted text, or "<refused>" when std::format throws.
template <class T>
std::string format_or_refusal(const std::string& format, const T& value) {
    try {
        return std::vformat(format, std::make_format_args(value));
    } catch (const std::format_error&) {
        return "<refused>";
    }
}

template <class T>
void same_as_text(std::string_view spec, const T& value) {
    nisc::language lang = nisc::language::ja;
    std::string_view rest = spec;
    if (spec.starts_with("en") || spec.starts_with("ja")) {
        lang = spec.starts_with("en") ? nisc::language::en : nisc::language::ja;
        rest.remove_prefix(2);
    }
    const auto text = nisc::text(value, lang);
    const nisc::label l{text};
    const std::string_view plain{l.data(), l.size()};
    const std::string produced = format_or_refusal("{:" + std::string(spec) + "}", value);
    const std::string expected = format_or_refusal("{:" + std::string(rest) + "}", plain);
    NISC_FUZZ_CHECK(produced == expected);
    if (rest.empty()) NISC_FUZZ_CHECK(produced == plain);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view spec{reinterpret_cast<const char*>(data), size};
    // Braces would end the replacement field (another test: the format string's own grammar);
    // widths of more than three digits only make the fuzzer allocate.
    if (spec.find_first_of("{}") != std::string_view::npos) return 0;
    std::size_t digits = 0;
    for (const char c : spec) {
        digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
        if (digits > 3) return 0;
    }
    same_as_text(spec, nisc::thousand_yen{33'750'112});
    same_as_text(spec, nisc::oku_figure::tenths(8));
    same_as_text(spec, nisc::percent{13});
    same_as_text(spec, nisc::fiscal_year{2008});
    same_as_text(spec, nisc::ministry::defense);
    return 0;
}
