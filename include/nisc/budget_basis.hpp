// What kind of budget figure a year's amount is: an enacted initial budget or a request.
#ifndef NISC_BUDGET_BASIS_HPP
#define NISC_BUDGET_BASIS_HPP

#include <nisc/enum_names.hpp>

#include <nisc/fixed_array.hpp>
#include <cstdint>  // std::uint8_t
#include <nisc/label.hpp>

namespace nisc {

/// The basis of a budget figure. The release gives 当初予算 for FY2004–FY2007 and the 概算要求
/// for FY2008. `nisc::name_ja(nisc::budget_basis::budget_request) == "概算要求"`
enum class budget_basis : std::uint8_t {
    initial_budget,  ///< 当初予算: the budget as first enacted
    budget_request,  ///< 概算要求: the ministries' request to the Ministry of Finance
};

template <>
struct enum_rows<budget_basis> {
    static constexpr fixed_array<enum_row<budget_basis>, 2> rows{{
        {budget_basis::initial_budget, "当初予算", "initial budget"},
        {budget_basis::budget_request, "概算要求", "budget request"},
    }};
};
static_assert(detail::rows_describe_enum<budget_basis>(enum_rows<budget_basis>::rows),
              "nisc: budget_basis rows must follow enumerator order with unique, non-empty names");

}  // namespace nisc

#endif  // NISC_BUDGET_BASIS_HPP
