// The 19 government bodies (府省庁) of the release's budget table, in printed order.
#ifndef NISC_MINISTRY_HPP
#define NISC_MINISTRY_HPP

#include <nisc/enum_names.hpp>

#include <nisc/fixed_array.hpp>
#include <cstdint>  // std::uint8_t
#include <nisc/label.hpp>

namespace nisc {

/// A government body of 別紙3 §3, in the order printed there.
/// `nisc::name_ja(nisc::ministry::cabinet_secretariat) == "内閣官房"`
enum class ministry : std::uint8_t {
    cabinet_secretariat,            ///< 内閣官房
    cabinet_legislation_bureau,     ///< 内閣法制局
    national_personnel_authority,   ///< 人事院
    cabinet_office,                 ///< 内閣府
    imperial_household_agency,      ///< 宮内庁
    fair_trade_commission,          ///< 公正取引委員会
    national_police_agency,         ///< 警察庁
    defense,                        ///< 防衛省
    financial_services_agency,      ///< 金融庁
    internal_affairs,               ///< 総務省
    justice,                        ///< 法務省
    foreign_affairs,                ///< 外務省
    finance,                        ///< 財務省
    education,                      ///< 文部科学省
    health_labour_welfare,          ///< 厚生労働省
    agriculture,                    ///< 農林水産省
    economy_trade_industry,         ///< 経済産業省
    land_infrastructure_transport,  ///< 国土交通省
    environment,                    ///< 環境省
};

/// One body's names. English names and abbreviations are those in use in October 2007.
struct ministry_row {
    ministry id;
    label name_ja;       ///< as printed in 別紙3 §3
    label name_en;       ///< official English name, October 2007
    label abbreviation;  ///< common English abbreviation; not unique (two NPAs)
};

template <>
struct enum_rows<ministry> {
    // clang-format off
    static constexpr fixed_array<ministry_row, 19> rows{{
        {ministry::cabinet_secretariat, "内閣官房", "Cabinet Secretariat", "CAS"},
        {ministry::cabinet_legislation_bureau, "内閣法制局", "Cabinet Legislation Bureau", "CLB"},
        {ministry::national_personnel_authority, "人事院", "National Personnel Authority", "NPA"},
        {ministry::cabinet_office, "内閣府", "Cabinet Office", "CAO"},
        {ministry::imperial_household_agency, "宮内庁", "Imperial Household Agency", "IHA"},
        {ministry::fair_trade_commission, "公正取引委員会", "Japan Fair Trade Commission", "JFTC"},
        {ministry::national_police_agency, "警察庁", "National Police Agency", "NPA"},
        // The Defense Agency became the Ministry of Defense on 2007-01-09.
        {ministry::defense, "防衛省", "Ministry of Defense", "MOD"},
        {ministry::financial_services_agency, "金融庁", "Financial Services Agency", "FSA"},
        {ministry::internal_affairs, "総務省", "Ministry of Internal Affairs and Communications", "MIC"},
        {ministry::justice, "法務省", "Ministry of Justice", "MOJ"},
        {ministry::foreign_affairs, "外務省", "Ministry of Foreign Affairs", "MOFA"},
        {ministry::finance, "財務省", "Ministry of Finance", "MOF"},
        {ministry::education, "文部科学省", "Ministry of Education, Culture, Sports, Science and Technology", "MEXT"},
        {ministry::health_labour_welfare, "厚生労働省", "Ministry of Health, Labour and Welfare", "MHLW"},
        {ministry::agriculture, "農林水産省", "Ministry of Agriculture, Forestry and Fisheries", "MAFF"},
        {ministry::economy_trade_industry, "経済産業省", "Ministry of Economy, Trade and Industry", "METI"},
        // "and Tourism" joined the English name only in January 2008.
        {ministry::land_infrastructure_transport, "国土交通省", "Ministry of Land, Infrastructure and Transport", "MLIT"},
        {ministry::environment, "環境省", "Ministry of the Environment", "MOE"},
    }};
    // clang-format on
};
static_assert(detail::rows_describe_enum<ministry>(enum_rows<ministry>::rows),
              "nisc: ministry rows must follow enumerator order with unique, non-empty names");

/// The common English abbreviation (`"MOFA"`); empty for a value outside the enumeration.
/// Not a key: 人事院 and 警察庁 are both "NPA".
[[nodiscard]] constexpr label abbreviation(ministry m) noexcept {
    const auto* row = row_of(m);
    return row ? row->abbreviation : label{};
}

}  // namespace nisc

#endif  // NISC_MINISTRY_HPP
