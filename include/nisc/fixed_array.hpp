// fixed_array<T, N>: the sequences of nisc's tables and answers. A minimal, constexpr, aggregate
// stand-in for std::array that keeps <array> (and the algorithms it drags in) out of the core
// headers, and whose operator[] stops the program on an index past the end instead of reading past it.
#ifndef NISC_FIXED_ARRAY_HPP
#define NISC_FIXED_ARRAY_HPP

#include <nisc/maybe.hpp>

#include <cstddef>  // std::size_t

namespace nisc {

namespace detail {
// Not constexpr: an index past the end fails to compile in a constant expression and stops the
// program at run time.
[[noreturn]] inline void nisc_index_past_the_end() noexcept {
    NISC_TRAP();
}
}  // namespace detail

/// N values of T in order; an aggregate (`nisc::fixed_array<int, 3> a{{1, 2, 3}};`), iterable with
/// range-for and the <ranges> algorithms (it is a contiguous range).
template <class T, std::size_t N>
struct fixed_array {
    static_assert(N > 0, "nisc: fixed_array holds at least one element");
    T elements[N];

    using value_type = T;
    [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
    [[nodiscard]] constexpr const T* data() const noexcept { return elements; }
    [[nodiscard]] constexpr T* data() noexcept { return elements; }
    [[nodiscard]] constexpr const T* begin() const noexcept { return elements; }
    [[nodiscard]] constexpr const T* end() const noexcept { return elements + N; }
    [[nodiscard]] constexpr T* begin() noexcept { return elements; }
    [[nodiscard]] constexpr T* end() noexcept { return elements + N; }
    [[nodiscard]] constexpr const T& front() const noexcept { return elements[0]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return elements[N - 1]; }

    /// Element i; an index past the end never reads memory (see the header comment).
    [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept {
        if (i >= N) detail::nisc_index_past_the_end();
        return elements[i];
    }
    [[nodiscard]] constexpr T& operator[](std::size_t i) noexcept {
        if (i >= N) detail::nisc_index_past_the_end();
        return elements[i];
    }
    /// Element i, or nothing past the end.
    [[nodiscard]] constexpr maybe<T> at(std::size_t i) const noexcept {
        if (i >= N) return nothing;
        return elements[i];
    }

    friend constexpr bool operator==(const fixed_array& a, const fixed_array& b) noexcept {
        for (std::size_t i = 0; i < N; ++i) {
            if (!(a.elements[i] == b.elements[i])) return false;
        }
        return true;
    }
};

}  // namespace nisc

#endif  // NISC_FIXED_ARRAY_HPP
