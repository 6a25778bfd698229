// Where the 2007-10-03 release disagrees with itself or with its own arithmetic.
#ifndef NISC_RELEASE_2007_10_03_ERRATA_HPP
#define NISC_RELEASE_2007_10_03_ERRATA_HPP

#include <nisc/release_2007_10_03/summary.hpp>

#include <nisc/erratum.hpp>
#include <nisc/source.hpp>

#include <nisc/fixed_array.hpp>
#include <cstddef>  // std::size_t
#include <nisc/label.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// Every known place where the release disagrees with itself, in document order.
inline constexpr fixed_array<erratum, 2> errata{{
    {"summary-businesses-percent",
     {document_part::main_text, "§3(2) 企業関係", printed_unit::percent},
     "8%",
     "7% on the printed figures (1 / 15); 11% on 別紙3 §2 (1,639 / 1,482 百万円)",
     "detail::summary_percents_match through summary_percent_errata",
     "The growth printed for businesses matches neither the rounded nor the exact figures."},
    {"area-ratio-on-first-row",
     {document_part::attachment_3, "§2 施策の内訳 1-1 前年比", printed_unit::percent},
     "111% on row 1-1",
     "row 1-1 alone gives 106% (19,156 / 18,113); area 1 (rows 1-1 to 1-3) gives 111% (20,099 / 18,113)",
     "detail::area_ratios_match",
     "The ratio printed on row 1-1 is that of area 1 as a whole; rows 1-2 and 1-3 print none."},
}};

/// The erratum with this id, or nullptr. `nisc::find_erratum("summary-businesses-percent")`
[[nodiscard]] constexpr const erratum* find_erratum(label id) noexcept {
    for (const auto& e : errata) {
        if (e.id == id) return &e;
    }
    return nullptr;
}

}  // namespace release_2007_10_03

namespace detail {
// Errata ids are unique and every typed erratum used by a check has its entry in the list.
template <std::size_t N, std::size_t E>
constexpr bool errata_are_listed(const fixed_array<erratum, N>& list,
                                 const fixed_array<summary_percent_erratum, E>& percent_errata) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (list[i].id == list[j].id) return false;
        }
    }
    for (const auto& e : percent_errata) {
        bool listed = false;
        for (const auto& l : list) listed = listed || l.id == e.erratum_id;
        if (!listed) return false;
    }
    return true;
}
}  // namespace detail

static_assert(detail::errata_are_listed(errata, summary_percent_errata),
              "nisc: errata: ids must be unique and every erratum a check relies on must be listed");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_ERRATA_HPP
