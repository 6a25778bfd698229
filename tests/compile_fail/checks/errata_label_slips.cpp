// Must fail: the erratum of a slip in a Secure Japan status label no longer records the label as
// printed (its printed text changed).
// requires-header: nisc/release_2007_10_03/secure_japan.hpp
#include <nisc/release_2007_10_03/errata.hpp>
#include <nisc/release_2007_10_03/secure_japan.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto list = [] {
    auto l = errata;
#ifdef NISC_COMPILE_FAIL
    for (auto& e : l) {
        if (e.id == label{"secure-japan-already-slip"}) e.printed = label{"(another text)"};
    }
#endif
    return l;
}();
}  // namespace compile_fail

static_assert(detail::label_slips_are_listed(compile_fail::list, enum_rows<secure_japan_status>::rows),
              "nisc: errata: each slip in a secure_japan_status label must be listed with the label as printed");
}  // namespace nisc
