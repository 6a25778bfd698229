// Stable codes for the rows of the exported tables: the `code` column. They are the C++ enumerator
// names, so they change only when the API does. Rows of 別紙3 §2 use their printed numbers instead
// (nisc::code). Shared by the exporter and the identity test, so both agree on keys; the figures
// themselves are read through separate code paths.
#ifndef NISC_TOOLS_EXPORT_CODES_HPP
#define NISC_TOOLS_EXPORT_CODES_HPP

#include <nisc/nisc.hpp>

#include <iterator>
#include <string_view>

namespace nisc_export {

template <class E>
struct enum_codes;

template <>
struct enum_codes<nisc::ministry> {
    static constexpr std::string_view codes[] = {
        "cabinet_secretariat",
        "cabinet_legislation_bureau",
        "national_personnel_authority",
        "cabinet_office",
        "imperial_household_agency",
        "fair_trade_commission",
        "national_police_agency",
        "defense",
        "financial_services_agency",
        "internal_affairs",
        "justice",
        "foreign_affairs",
        "finance",
        "education",
        "health_labour_welfare",
        "agriculture",
        "economy_trade_industry",
        "land_infrastructure_transport",
        "environment",
    };
};

template <>
struct enum_codes<nisc::trend_line> {
    static constexpr std::string_view codes[] = {"initial_budget", "supplementary_budget", "total"};
};

template <>
struct enum_codes<nisc::summary_heading> {
    static constexpr std::string_view codes[] = {
        "e_government", "e_local_government", "critical_infrastructure", "businesses", "individuals",
    };
};

template <>
struct enum_codes<nisc::budget_basis> {
    static constexpr std::string_view codes[] = {"initial_budget", "budget_request"};
};

template <>
struct enum_codes<nisc::document_part> {
    static constexpr std::string_view codes[] = {
        "main_text", "attachment_1", "attachment_2", "attachment_3", "attachment_4", "attachment_5", "attachment_6",
    };
};

// 本文 §5(1)'s statuses join the export once the release's data beyond the budget is in the library
// (issue 3); until then the table is left out and the export carries the budget tables only.
#if __has_include(<nisc/release_2007_10_03/secure_japan.hpp>)
#define NISC_EXPORT_HAS_SECURE_JAPAN 1
template <>
struct enum_codes<nisc::secure_japan_status> {
    static constexpr std::string_view codes[] = {"implemented", "under_way", "not_started", "uncertain"};
};
#else
#define NISC_EXPORT_HAS_SECURE_JAPAN 0
#endif

// One code per enumerator, or the table above is out of date.
template <class E>
constexpr bool codes_cover_enum() {
    if (std::size(enum_codes<E>::codes) != nisc::enum_count_v<E>) return false;
    for (std::size_t i = 0; i < std::size(enum_codes<E>::codes); ++i) {
        if (enum_codes<E>::codes[i].empty()) return false;
        for (std::size_t j = 0; j < i; ++j) {
            if (enum_codes<E>::codes[i] == enum_codes<E>::codes[j]) return false;
        }
    }
    return true;
}
static_assert(codes_cover_enum<nisc::ministry>(), "nisc-export: one code per ministry");
static_assert(codes_cover_enum<nisc::trend_line>(), "nisc-export: one code per trend line");
static_assert(codes_cover_enum<nisc::summary_heading>(), "nisc-export: one code per summary heading");
static_assert(codes_cover_enum<nisc::budget_basis>(), "nisc-export: one code per budget basis");
static_assert(codes_cover_enum<nisc::document_part>(), "nisc-export: one code per document part");
#if NISC_EXPORT_HAS_SECURE_JAPAN
static_assert(codes_cover_enum<nisc::secure_japan_status>(), "nisc-export: one code per Secure Japan status");
#endif

/// The code of an enumerator; empty for a value outside its enumeration.
template <class E>
constexpr std::string_view code_of(E e) {
    const auto i = nisc::index_of(e);
    return i ? enum_codes<E>::codes[*i] : std::string_view{};
}

/// The code of the 合計 rows (ministry total, headline of 本文 §3(1)).
inline constexpr std::string_view total_code = "total";

}  // namespace nisc_export

#endif  // NISC_TOOLS_EXPORT_CODES_HPP
