// maybe<T>: the answer of every nisc query that can say no. A small, trivially copyable stand-in
// for std::optional (it converts to one) that keeps <optional> out of the core headers, and that
// stops the program, rather than reading garbage, when an empty one is dereferenced.
#ifndef NISC_MAYBE_HPP
#define NISC_MAYBE_HPP

#include <nisc/detail/config.hpp>

#include <type_traits>  // std::is_same_v, std::is_trivially_copyable_v

namespace nisc {

/// The "no" of a query: `return nisc::nothing;`, `if (x == nisc::nothing)`.
struct nothing_t {
    explicit constexpr nothing_t(int) noexcept {}
};
inline constexpr nothing_t nothing{0};

namespace detail {
// Not constexpr: dereferencing an empty maybe in a constant expression fails to compile here,
// and at run time stops the program at once.
[[noreturn]] inline void nisc_dereferenced_an_empty_maybe() noexcept {
    NISC_TRAP();
}
}  // namespace detail

/// A value of T, or nothing. `auto v = nisc::budget_of(m, fy); if (v) use(*v);`
/// Converts to `maybe<T>`: `maybe<nisc::thousand_yen> o = nisc::budget_of(m, fy);`
template <class T>
class maybe {
    static_assert(std::is_trivially_copyable_v<T>, "nisc: maybe<T> holds trivially copyable values only");

public:
    using value_type = T;

    /// Nothing.
    constexpr maybe() noexcept = default;
    /// Nothing.
    constexpr maybe(nothing_t) noexcept {}
    /// A value.
    constexpr maybe(T value) noexcept : value_{value}, has_value_{true} {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
    constexpr explicit operator bool() const noexcept { return has_value_; }

    /// The value. Dereferencing nothing does not compile in a constant expression and stops the
    /// program at run time (it never reads an indeterminate value).
    [[nodiscard]] constexpr const T& operator*() const& noexcept {
        if (!has_value_) detail::nisc_dereferenced_an_empty_maybe();
        return value_;
    }
    /// The value of a temporary, as a copy (T is trivially copyable): a reference into the
    /// temporary would dangle in `for (auto m : *nisc::ranked_by_budget(fy))` before C++23's P2718.
    [[nodiscard]] constexpr T operator*() const&& noexcept { return **this; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &**this; }
    /// The value, as operator*.
    [[nodiscard]] constexpr const T& value() const& noexcept { return **this; }
    [[nodiscard]] constexpr T value() const&& noexcept { return **this; }
    /// The value, or `fallback` for nothing.
    [[nodiscard]] constexpr T value_or(T fallback) const noexcept { return has_value_ ? value_ : fallback; }

    /// Converts to maybe<T> (or any optional-like O with value_type T), nothing to empty.
    template <class O>
        requires(!std::is_same_v<O, maybe> && std::is_same_v<typename O::value_type, T> &&
                 std::is_default_constructible_v<O> && std::is_constructible_v<O, const T&>)
    constexpr operator O() const noexcept(std::is_nothrow_constructible_v<O, const T&>) {
        return has_value_ ? O(value_) : O();
    }

    friend constexpr bool operator==(const maybe& a, const maybe& b) noexcept {
        return a.has_value_ == b.has_value_ && (!a.has_value_ || a.value_ == b.value_);
    }
    friend constexpr bool operator==(const maybe& a, nothing_t) noexcept { return !a.has_value_; }
    friend constexpr bool operator==(const maybe& a, const T& b) noexcept { return a.has_value_ && a.value_ == b; }

private:
    T value_{};
    bool has_value_ = false;
};

}  // namespace nisc

#endif  // NISC_MAYBE_HPP
