// Fuzzes nisc::find_term (issue 3's footnote glossary). Properties: an entry it finds has the input
// as its term, lies in the glossary and its term finds it again (round trip); otherwise no term
// equals the input.
#include "fuzz_check.hpp"

#include <nisc/release_2007_10_03/glossary.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const nisc::label text = fuzz_text(data, size);
    const auto* found = nisc::find_term(text);
    bool defined = false;
    for (const auto& e : nisc::glossary.value) defined = defined || e.term == text;
    NISC_FUZZ_CHECK((found != nullptr) == defined);
    if (found != nullptr) {
        NISC_FUZZ_CHECK(found->term == text);
        NISC_FUZZ_CHECK(found >= nisc::glossary.value.begin() && found < nisc::glossary.value.end());
        NISC_FUZZ_CHECK(nisc::find_term(found->term) == found);
    }
    return 0;
}
