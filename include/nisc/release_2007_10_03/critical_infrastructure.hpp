// The critical-infrastructure sectors (重要インフラ) as 本文's footnote 3 lists them in 2007: ten, in
// printed order. Later policies count more sectors; these are the release's. Checked: as many as
// the footnote says (10分野).
#ifndef NISC_RELEASE_2007_10_03_CRITICAL_INFRASTRUCTURE_HPP
#define NISC_RELEASE_2007_10_03_CRITICAL_INFRASTRUCTURE_HPP

#include <nisc/enum_names.hpp>
#include <nisc/name_pair.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/label_literal.hpp>

namespace nisc {
inline namespace release_2007_10_03 {

/// A sector of 本文 footnote 3, in printed order.
/// `nisc::name_ja(nisc::critical_infrastructure_sector::aviation) == "航空"`
enum class critical_infrastructure_sector : std::uint8_t {
    information_and_communications,  ///< 情報通信
    finance,                         ///< 金融
    aviation,                        ///< 航空
    railways,                        ///< 鉄道
    electric_power,                  ///< 電力
    gas,                             ///< ガス
    government_services,             ///< 政府・行政サービス
    medical_services,                ///< 医療
    water,                           ///< 水道
    logistics,                       ///< 物流
};

}  // namespace release_2007_10_03

// The English names are nisc's translations.
template <>
struct enum_rows<critical_infrastructure_sector> {
    static constexpr fixed_array<enum_row<critical_infrastructure_sector>, 10> rows{{
        {critical_infrastructure_sector::information_and_communications, "情報通信"_label,
         "Information and communications"_label},
        {critical_infrastructure_sector::finance, "金融"_label, "Finance"_label},
        {critical_infrastructure_sector::aviation, "航空"_label, "Aviation"_label},
        {critical_infrastructure_sector::railways, "鉄道"_label, "Railways"_label},
        {critical_infrastructure_sector::electric_power, "電力"_label, "Electric power"_label},
        {critical_infrastructure_sector::gas, "ガス"_label, "Gas"_label},
        {critical_infrastructure_sector::government_services, "政府・行政サービス"_label,
         "Government and administrative services"_label},
        {critical_infrastructure_sector::medical_services, "医療"_label, "Medical services"_label},
        {critical_infrastructure_sector::water, "水道"_label, "Water"_label},
        {critical_infrastructure_sector::logistics, "物流"_label, "Logistics"_label},
    }};
};
static_assert(
    detail::rows_describe_enum<critical_infrastructure_sector>(enum_rows<critical_infrastructure_sector>::rows),
    "nisc: critical_infrastructure_sector rows must follow enumerator order with unique, non-empty names");

inline namespace release_2007_10_03 {

/// 本文 footnote 3: the count it states, 10分野. `nisc::critical_infrastructure_sector_count.value == 10`
inline constexpr sourced<int> critical_infrastructure_sector_count{
    10, {document_part::main_text, "脚注3 重要インフラ"_label, printed_unit::sectors}};

/// 本文 footnote 3: the sectors as listed there, in printed order (names: nisc::name_ja / name_en).
inline constexpr sourced<fixed_array<critical_infrastructure_sector, 10>> critical_infrastructure_sectors{
    {{critical_infrastructure_sector::information_and_communications, critical_infrastructure_sector::finance,
      critical_infrastructure_sector::aviation, critical_infrastructure_sector::railways,
      critical_infrastructure_sector::electric_power, critical_infrastructure_sector::gas,
      critical_infrastructure_sector::government_services, critical_infrastructure_sector::medical_services,
      critical_infrastructure_sector::water, critical_infrastructure_sector::logistics}},
    {document_part::main_text, "脚注3 重要インフラ"_label, printed_unit::sectors}};

}  // namespace release_2007_10_03

namespace detail {

// The footnote lists as many sectors as it counts, each enumerator once in enumerator order.
template <std::size_t N>
constexpr bool sectors_match_count(const fixed_array<critical_infrastructure_sector, N>& sectors,
                                   int printed_count) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (index_of(sectors[i]) != i) return false;
    }
    return printed_count >= 0 && static_cast<std::size_t>(printed_count) == N &&
           N == enum_count_v<critical_infrastructure_sector>;
}

}  // namespace detail

static_assert(detail::sectors_match_count(critical_infrastructure_sectors.value,
                                          critical_infrastructure_sector_count.value),
              "nisc: critical_infrastructure_sectors: must list the 10 sectors the footnote counts, in printed order");

}  // namespace nisc

#endif  // NISC_RELEASE_2007_10_03_CRITICAL_INFRASTRUCTURE_HPP
