// Fuzzes nisc::from_name<E> for every described enumeration (the list is generated from the
// headers' enumeration checks), in both languages, and the name verbs on values outside the range.
// Properties: from_name finds exactly the enumerator one of whose two names is the input; its names
// lead back to it (round trip); a byte cast to the enumeration has names only when index_of says
// it is in range.
#include "fuzz_check.hpp"
#include "nisc_fuzz_enums.hpp"

#include <nisc/enum_names.hpp>
#include <nisc/text.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <type_traits>

namespace {

template <class E>
void fuzz_enum(nisc::label text, std::uint8_t byte) {
    const nisc::maybe<E> found = nisc::from_name<E>(text);
    nisc::maybe<E> expected;
    for (const E e : nisc::values_of<E>) {
        if (!text.empty() && (nisc::name_ja(e) == text || nisc::name_en(e) == text)) {
            expected = e;
            break;
        }
    }
    NISC_FUZZ_CHECK(found == expected);
    if (found) {
        NISC_FUZZ_CHECK(nisc::name_ja(*found) == text || nisc::name_en(*found) == text);
        NISC_FUZZ_CHECK(nisc::from_name<E>(nisc::name_ja(*found)) == found);
        NISC_FUZZ_CHECK(nisc::from_name<E>(nisc::name_en(*found)) == found);
        NISC_FUZZ_CHECK(nisc::index_of(*found) && nisc::from_index<E>(*nisc::index_of(*found)) == found);
    }

    // Any value of the underlying type, including those outside the enumeration.
    const auto e = static_cast<E>(static_cast<std::underlying_type_t<E>>(byte));
    if (const auto i = nisc::index_of(e)) {
        NISC_FUZZ_CHECK(*i < nisc::enum_count_v<E>);
        NISC_FUZZ_CHECK(nisc::from_name<E>(nisc::name_ja(e)) == e && nisc::from_name<E>(nisc::name_en(e)) == e);
        // The printed texts (<nisc/text.hpp>) read back too.
        NISC_FUZZ_CHECK(nisc::from_name<E>(nisc::text_ja(e)) == e && nisc::from_name<E>(nisc::text_en(e)) == e);
    } else {
        NISC_FUZZ_CHECK(nisc::name_ja(e).empty() && nisc::name_en(e).empty());
        NISC_FUZZ_CHECK(nisc::text_ja(e).empty() && nisc::text_en(e).empty());
        NISC_FUZZ_CHECK(!nisc::from_index<E>(static_cast<std::size_t>(byte)));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const nisc::label text = fuzz_text(data, size);
    const std::uint8_t byte = size > 0 ? data[0] : 0;
#define NISC_FUZZ_ONE(E) fuzz_enum<E>(text, byte);
    NISC_FUZZ_FOR_EACH_ENUM(NISC_FUZZ_ONE)
#undef NISC_FUZZ_ONE
    return 0;
}
