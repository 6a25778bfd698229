// Must fail: footnote 3 expanded to nine sectors, 物流 dropped.
// requires-header: nisc/release_2007_10_03/glossary.hpp
#include <nisc/release_2007_10_03/glossary.hpp>

namespace nisc {
namespace compile_fail {
constexpr auto entries = [] {
    auto g = glossary.value;
#ifdef NISC_COMPILE_FAIL
    g[2].expansion = label{"情報通信、金融、航空、鉄道、電力、ガス、政府・行政サービス、医療、水道"};
#endif
    return g;
}();
}  // namespace compile_fail

static_assert(detail::glossary_holds(compile_fail::entries, 3),
              "nisc: glossary: footnotes 1-3 in order; 重要インフラ must expand to the ten sectors in printed order");
}  // namespace nisc
