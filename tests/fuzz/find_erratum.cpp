// Fuzzes nisc::find_erratum. Properties: an erratum it finds has the input as its id, lies in the
// errata list, and its id finds it again (round trip); otherwise no id equals the input.
#include "fuzz_check.hpp"

#include <nisc/nisc.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const nisc::label text = fuzz_text(data, size);
    const nisc::erratum* found = nisc::find_erratum(text);
    bool listed = false;
    for (const auto& e : nisc::errata) listed = listed || e.id == text;
    NISC_FUZZ_CHECK((found != nullptr) == listed);
    if (found != nullptr) {
        NISC_FUZZ_CHECK(found->id == text);
        NISC_FUZZ_CHECK(found >= nisc::errata.begin() && found < nisc::errata.end());
        NISC_FUZZ_CHECK(nisc::find_erratum(found->id) == found);
    }
    return 0;
}
