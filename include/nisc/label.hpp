// A constant view of UTF-8 text: the names, labels and codes nisc hands out, and the text its
// lookups read. It converts to label and std::string, and is built from either, without
// this header including <string_view> (which costs more to compile than all of nisc's data).
#ifndef NISC_LABEL_HPP
#define NISC_LABEL_HPP

#include <nisc/detail/config.hpp>

#include <concepts>     // std::constructible_from, std::convertible_to
#include <cstddef>      // std::size_t
#include <type_traits>  // std::is_same_v

namespace nisc {

/// Text that has `data()` and `size()`: label, std::string, std::span<const char>...
template <class T>
concept text_like = requires(const T& t) {
    { t.data() } -> std::convertible_to<const char*>;
    { t.size() } -> std::convertible_to<std::size_t>;
};

/// A view of constant UTF-8 text (not owned, not NUL-terminated in general).
/// `nisc::label{"防衛省"}.size() == 9` (bytes); `std::string_view sv = nisc::name_ja(nisc::ministry::defense);`
class label {
public:
    /// The empty text.
    constexpr label() noexcept = default;
    /// A string literal (its terminating NUL dropped), measured without a strlen at compile time.
    template <std::size_t N>
    constexpr label(const char (&literal)[N]) noexcept : data_{literal}, size_{N - 1} {}
    /// A NUL-terminated string; nullptr gives the empty text.
    template <class P>
        requires(std::is_same_v<P, const char*> || std::is_same_v<P, char*>)
    constexpr label(const P& c_string) noexcept : data_{c_string == nullptr ? "" : c_string} {
        while (data_[size_] != '\0') ++size_;
    }
    /// `size` bytes from `data`.
    constexpr label(const char* data, std::size_t size) noexcept : data_{data}, size_{size} {}
    /// Any text with data() and size(): label, std::string (which must outlive the label).
    template <text_like T>
        requires(!std::is_same_v<T, label>)
    constexpr label(const T& text) noexcept : data_{text.data()}, size_{text.size()} {}

    /// Converts to any type built from a pointer and a length, e.g. label or std::string.
    template <class S>
        requires(std::constructible_from<S, const char*, std::size_t> && !std::is_same_v<S, label>)
    constexpr operator S() const noexcept(noexcept(S(data_, size_))) { return S(data_, size_); }

    [[nodiscard]] constexpr const char* data() const noexcept { return data_; }
    /// Length in bytes.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] constexpr const char* begin() const noexcept { return data_; }
    [[nodiscard]] constexpr const char* end() const noexcept { return data_ + size_; }

    /// The first `n` bytes (all of them when n >= size()).
    [[nodiscard]] constexpr label first(std::size_t n) const noexcept { return {data_, n < size_ ? n : size_}; }
    /// The text after the first `n` bytes (empty when n >= size()).
    [[nodiscard]] constexpr label drop(std::size_t n) const noexcept {
        return n < size_ ? label{data_ + n, size_ - n} : label{};
    }
    [[nodiscard]] constexpr bool starts_with(label prefix) const noexcept {
        return prefix.size_ <= size_ && first(prefix.size_) == prefix;
    }
    [[nodiscard]] constexpr bool ends_with(label suffix) const noexcept {
        return suffix.size_ <= size_ && drop(size_ - suffix.size_) == suffix;
    }

    /// Byte-wise equality: `nisc::name_ja(nisc::ministry::finance) == "財務省"`.
    friend constexpr bool operator==(label a, label b) noexcept {
        if (a.size_ != b.size_) return false;
        for (std::size_t i = 0; i < a.size_; ++i) {
            if (a.data_[i] != b.data_[i]) return false;
        }
        return true;
    }
    /// Equality with other text, e.g. a label or std::string.
    template <text_like T>
        requires(!std::is_same_v<T, label>)
    friend constexpr bool operator==(label a, const T& b) noexcept { return a == label{b.data(), b.size()}; }

private:
    const char* data_ = "";
    std::size_t size_ = 0;
};

}  // namespace nisc

#endif  // NISC_LABEL_HPP
