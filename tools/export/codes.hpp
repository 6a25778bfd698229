// Stable codes for the rows of the exported tables: the `code` column. They are the C++ enumerator
// names, so they change only when the API does. Rows of 別紙3 §2 use their printed numbers instead
// (nisc::code). Shared by the exporter and the identity test, so both agree on keys; the figures
// themselves are read through separate code paths.
#ifndef NISC_TOOLS_EXPORT_CODES_HPP
#define NISC_TOOLS_EXPORT_CODES_HPP

#include <nisc/nisc.hpp>

#include <cstddef>
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

template <>
struct enum_codes<nisc::secure_japan_status> {
    static constexpr std::string_view codes[] = {"implemented", "under_way", "not_started", "uncertain"};
};

template <>
struct enum_codes<nisc::critical_infrastructure_sector> {
    static constexpr std::string_view codes[] = {
        "information_and_communications",
        "finance",
        "aviation",
        "railways",
        "electric_power",
        "gas",
        "government_services",
        "medical_services",
        "water",
        "logistics",
    };
};

template <>
struct enum_codes<nisc::jre_response_phase> {
    static constexpr std::string_view codes[] = {"interim", "future"};
};

// The `unit` of a date record: the precision the release printed it with.
template <>
struct enum_codes<nisc::date_precision> {
    static constexpr std::string_view codes[] = {
        "date_day",   "date_around_day",  "date_early_month", "date_mid_month",  "date_late_month",
        "date_month", "date_about_month", "date_fiscal_year", "date_yearly_day", "date_yearly_about_month",
    };
};

/// How many enumerators E has: from its name rows, except for date_precision, which has none.
template <class E>
inline constexpr std::size_t enum_size_v = nisc::enum_count_v<E>;
template <>
inline constexpr std::size_t enum_size_v<nisc::date_precision> =
    static_cast<std::size_t>(nisc::date_precision::yearly_about_month) + 1;

// date_precision has no name rows to count it by: this switch has no default, so a new precision
// is a -Wswitch error here until enum_size_v and the codes above grow with it.
constexpr bool last_precision(nisc::date_precision p) {
    switch (p) {
        case nisc::date_precision::day:
        case nisc::date_precision::around_day:
        case nisc::date_precision::early_month:
        case nisc::date_precision::mid_month:
        case nisc::date_precision::late_month:
        case nisc::date_precision::month:
        case nisc::date_precision::about_month:
        case nisc::date_precision::whole_fiscal_year:
        case nisc::date_precision::yearly_day:
            return false;
        case nisc::date_precision::yearly_about_month:
            return true;
    }
    return false;
}
static_assert(last_precision(static_cast<nisc::date_precision>(enum_size_v<nisc::date_precision> - 1)),
              "nisc-export: enum_size_v<date_precision> must end at its last enumerator");

// Codes of the printed lists that have no enumeration in the library, in printed order. Each list's
// length is checked against the library's list below, so a list that grows needs new codes here.
inline constexpr std::string_view international_direction_codes[] = {
    "asia_business_environment", "new_rights", "threats_from_it", "global_rules_and_standards", "international_fora",
};
inline constexpr std::string_view international_initiative_codes[] = {
    "secure_asian_business_environment",
    "ict_risk_free",
};
inline constexpr std::string_view jre_response_codes[] = {
    "warn_users", "consider_system_changes", "alternative_measures", "security_from_planning", "security_by_design",
};
inline constexpr std::string_view priority_inspection_codes[] = {"terminals", "web_servers", "mail_servers"};
inline constexpr std::string_view evaluation_content_codes[] = {
    "indicators",
    "supplementary_surveys",
    "analysis",
    "schedule",
};
inline constexpr std::string_view evaluation_feed_codes[] = {"secure_japan_2008", "second_national_strategy"};
inline constexpr std::string_view glossary_codes[] = {"jre", "dns", "critical_infrastructure"};

// One code per enumerator, or the table above is out of date.
template <class E>
constexpr bool codes_cover_enum() {
    if (std::size(enum_codes<E>::codes) != enum_size_v<E>) return false;
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
static_assert(codes_cover_enum<nisc::secure_japan_status>(), "nisc-export: one code per Secure Japan status");
static_assert(codes_cover_enum<nisc::critical_infrastructure_sector>(),
              "nisc-export: one code per critical-infrastructure sector");
static_assert(codes_cover_enum<nisc::jre_response_phase>(), "nisc-export: one code per JRE response phase");
static_assert(codes_cover_enum<nisc::date_precision>(), "nisc-export: one code per date precision");

// One code per item of each printed list, each distinct.
template <std::size_t N, class List>
constexpr bool codes_cover_list(const std::string_view (&codes)[N], const List& list) {
    if (N != list.size()) return false;
    for (std::size_t i = 0; i < N; ++i) {
        if (codes[i].empty()) return false;
        for (std::size_t j = 0; j < i; ++j) {
            if (codes[i] == codes[j]) return false;
        }
    }
    return true;
}
static_assert(codes_cover_list(international_direction_codes, nisc::international_directions.value),
              "nisc-export: one code per international direction");
static_assert(codes_cover_list(international_initiative_codes, nisc::international_initiatives.value),
              "nisc-export: one code per international initiative");
static_assert(codes_cover_list(jre_response_codes, nisc::jre_responses.value),
              "nisc-export: one code per JRE response");
static_assert(codes_cover_list(priority_inspection_codes, nisc::priority_inspections.value),
              "nisc-export: one code per priority inspection");
static_assert(codes_cover_list(evaluation_content_codes, nisc::evaluation_work_policy_contents.value),
              "nisc-export: one code per content of the evaluation work policy");
static_assert(codes_cover_list(evaluation_feed_codes, nisc::evaluation_feeds.value),
              "nisc-export: one code per plan the evaluation feeds");
static_assert(codes_cover_list(glossary_codes, nisc::glossary.value), "nisc-export: one code per glossary entry");

/// The code of an enumerator; empty for a value outside its enumeration.
template <class E>
constexpr std::string_view code_of(E e) {
    const auto i = nisc::index_of(e);
    return i ? enum_codes<E>::codes[*i] : std::string_view{};
}
/// The unit code of a date's precision: `date_day`, `date_early_month`, ...; empty when out of range.
constexpr std::string_view code_of(nisc::date_precision p) {
    const auto i = static_cast<std::size_t>(p);
    return i < enum_size_v<nisc::date_precision> ? enum_codes<nisc::date_precision>::codes[i] : std::string_view{};
}

/// The code of the 合計 rows (ministry total, headline of 本文 §3(1)).
inline constexpr std::string_view total_code = "total";

}  // namespace nisc_export

#endif  // NISC_TOOLS_EXPORT_CODES_HPP
