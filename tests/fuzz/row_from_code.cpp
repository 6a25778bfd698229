// Fuzzes nisc::row_from_code. Properties: a row it finds prints exactly the input as its code
// (round trip code -> row -> code), and no other input finds a row.
#include "fuzz_check.hpp"

#include <nisc/policy_area.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const nisc::label text = fuzz_text(data, size);
    const nisc::maybe<nisc::policy_area_row> row = nisc::row_from_code(text);
    bool printed = false;
    for (const auto r : nisc::values_of<nisc::policy_area_row>) printed = printed || nisc::code(r) == text;
    NISC_FUZZ_CHECK(row.has_value() == printed);
    if (row) {
        NISC_FUZZ_CHECK(nisc::code(*row) == text);
        NISC_FUZZ_CHECK(nisc::row_from_code(nisc::code(*row)) == row);
        NISC_FUZZ_CHECK(nisc::area_of(*row).has_value());
    }
    return 0;
}
