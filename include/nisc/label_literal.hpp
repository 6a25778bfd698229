// "text"_label: a label from a string literal without template deduction. nisc's tables are made of
// hundreds of literals; each one converted implicitly costs clang about three times as much as
// this literal operator, so the release's data uses it (see docs/data.md, "Compile cost").
#ifndef NISC_LABEL_LITERAL_HPP
#define NISC_LABEL_LITERAL_HPP

#include <nisc/label.hpp>

#include <cstddef>  // std::size_t

namespace nisc {
inline namespace literals {

/// The literal's bytes, its terminating NUL excluded: `using namespace nisc::literals; "防衛省"_label == "防衛省"`.
constexpr label operator""_label(const char* text, std::size_t size) noexcept {
    return label{text, size};
}

}  // namespace literals
}  // namespace nisc

#endif  // NISC_LABEL_LITERAL_HPP
