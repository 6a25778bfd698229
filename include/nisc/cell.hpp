// A table cell as printed: a figure, nothing at all, or a dash. Neither of the last two is zero.
#ifndef NISC_CELL_HPP
#define NISC_CELL_HPP

#include <nisc/detail/config.hpp>

#include <cstdint>  // std::uint8_t
#include <nisc/maybe.hpp>

namespace nisc {

/// What a printed cell holds.
enum class cell_state : std::uint8_t {
    blank,  ///< nothing was printed
    dash,   ///< "-" was printed
    value,  ///< a figure was printed
};

/// Tag for an empty cell: `nisc::cell<nisc::million_yen>{nisc::blank}`.
struct blank_t {
    explicit constexpr blank_t() noexcept = default;
};
inline constexpr blank_t blank{};

/// Tag for a cell printed as "-": `nisc::cell<nisc::oku_yen>{nisc::dash}`.
struct dash_t {
    explicit constexpr dash_t() noexcept = default;
};
inline constexpr dash_t dash{};

/// A printed cell of type T (an amount, a percentage): a figure, a blank or a dash.
/// `nisc::cell<nisc::percent>{nisc::percent{111}}.value() == nisc::percent{111}`
template <class T>
class cell {
public:
    /// A blank cell.
    constexpr cell() noexcept = default;
    constexpr cell(blank_t) noexcept {}
    constexpr cell(dash_t) noexcept : state_{cell_state::dash} {}
    /// A printed figure. Implicit, so tables read as printed: `{million_yen{20'715}, blank, ...}`.
    constexpr cell(T v) noexcept : value_{v}, state_{cell_state::value} {}

    [[nodiscard]] constexpr cell_state state() const noexcept { return state_; }
    [[nodiscard]] constexpr bool has_value() const noexcept { return state_ == cell_state::value; }
    [[nodiscard]] constexpr bool is_blank() const noexcept { return state_ == cell_state::blank; }
    [[nodiscard]] constexpr bool is_dash() const noexcept { return state_ == cell_state::dash; }
    /// The figure, or empty for a blank or a dash.
    [[nodiscard]] constexpr maybe<T> value() const noexcept {
        if (!has_value()) return nothing;
        return value_;
    }

    friend constexpr bool operator==(const cell& a, const cell& b) noexcept {
        return a.state_ == b.state_ && (a.state_ != cell_state::value || a.value_ == b.value_);
    }

private:
    T value_{};
    cell_state state_ = cell_state::blank;
};

}  // namespace nisc

#endif  // NISC_CELL_HPP
