// Dated statements of a release: what happened or is planned, when (with the printed precision),
// and where the release says so.
#ifndef NISC_EVENT_HPP
#define NISC_EVENT_HPP

#include <nisc/date.hpp>
#include <nisc/source.hpp>

#include <cstddef>  // std::size_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>

namespace nisc {

/// One dated statement. `name_ja` is a name the release prints (a document's title, a meeting) or,
/// where it prints a sentence, a few of its own words; `name_en` is nisc's English description.
/// `nisc::international_steps.value[0].when == nisc::date::on(2007, 4, 20)`
struct event {
    date when;
    label name_ja;
    label name_en;
    source_ref source;
};

namespace detail {

// A dated list is a timeline: every date real and of a known year, each no earlier than the one
// before (nisc::compare_chronologically; equal dates keep printed order).
template <std::size_t N>
constexpr bool in_chronological_order(const fixed_array<event, N>& events) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        const date d = events[i].when;
        if (!d.ok() || d.recurring() || events[i].name_ja.empty() || events[i].name_en.empty()) return false;
        if (i > 0 && compare_chronologically(events[i - 1].when, d) > 0) return false;
    }
    return true;
}

}  // namespace detail

}  // namespace nisc

#endif  // NISC_EVENT_HPP
