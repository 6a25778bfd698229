// Must fail: the erratum of 既の実施済み records the corrected label instead of the printed one.
#include <nisc/release_2007_10_03/errata.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto list = [] {
    auto l = errata;
#ifdef NISC_COMPILE_FAIL
    for (auto& e : l) {
        if (e.id == "secure-japan-already-slip") e.printed = "既に実施済み";
    }
#endif
    return l;
}();
}  // namespace compile_fail

static_assert(detail::label_slips_are_listed(compile_fail::list, enum_rows<secure_japan_status>::rows),
              "nisc: errata: each slip in a secure_japan_status label must be listed with the label as printed");
}  // namespace nisc
