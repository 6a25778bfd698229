// Tests of <nisc/release_2007_10_03/critical_infrastructure.hpp>: the ten sectors of 本文 footnote 3.
#include <nisc/release_2007_10_03/critical_infrastructure.hpp>

#include <nisc_catch.hpp>

#include <cstddef>
#include <string_view>

using nisc::critical_infrastructure_sector;

TEST_CASE("critical_infrastructure_sector: the ten sectors in printed order", "[critical_infrastructure]") {
    constexpr const char* printed[] = {"情報通信",           "金融", "航空", "鉄道", "電力", "ガス",
                                       "政府・行政サービス", "医療", "水道", "物流"};
    STATIC_REQUIRE(nisc::enum_count_v<critical_infrastructure_sector> == 10);
    const auto& listed = nisc::critical_infrastructure_sectors.value;
    for (std::size_t i = 0; i < 10; ++i) {
        INFO(printed[i]);
        REQUIRE(nisc::name_ja(listed[i]) == printed[i]);
        REQUIRE(nisc::from_name<critical_infrastructure_sector>(printed[i]) == listed[i]);
        REQUIRE(nisc::index_of(listed[i]) == i);
        REQUIRE_FALSE(nisc::name_en(listed[i]).empty());
    }
    STATIC_REQUIRE(nisc::critical_infrastructure_sector_count.value == 10);
    STATIC_REQUIRE(nisc::critical_infrastructure_sector_count.source.part == nisc::document_part::main_text);
    STATIC_REQUIRE(nisc::critical_infrastructure_sector_count.source.unit == nisc::printed_unit::sectors);
    STATIC_REQUIRE(nisc::critical_infrastructure_sectors.source.section == "脚注3 重要インフラ");
    STATIC_REQUIRE(nisc::name_en(critical_infrastructure_sector::logistics) == "Logistics");
    STATIC_REQUIRE(nisc::from_name<critical_infrastructure_sector>("Finance") ==
                   critical_infrastructure_sector::finance);
    const std::string_view sv = nisc::name_ja(critical_infrastructure_sector::government_services);
    REQUIRE(sv == "政府・行政サービス");
}

TEST_CASE("critical_infrastructure_sector: bad input", "[critical_infrastructure]") {
    STATIC_REQUIRE(nisc::from_name<critical_infrastructure_sector>("重要インフラ") == nisc::nothing);
    STATIC_REQUIRE(nisc::from_name<critical_infrastructure_sector>("情報通信(1)") == nisc::nothing);
    STATIC_REQUIRE(nisc::from_name<critical_infrastructure_sector>("finance") == nisc::nothing);
    STATIC_REQUIRE(nisc::from_index<critical_infrastructure_sector>(10) == nisc::nothing);
    constexpr auto bogus = static_cast<critical_infrastructure_sector>(10);
    STATIC_REQUIRE(nisc::index_of(bogus) == nisc::nothing);
    STATIC_REQUIRE(nisc::name_ja(bogus).empty());
}

TEST_CASE("critical_infrastructure checks: ten sectors, as the footnote counts, in order",
          "[critical_infrastructure][checks]") {
    using nisc::detail::sectors_match_count;
    const auto& listed = nisc::critical_infrastructure_sectors.value;
    STATIC_REQUIRE(sectors_match_count(listed, 10));
    STATIC_REQUIRE_FALSE(sectors_match_count(listed, 9));
    STATIC_REQUIRE_FALSE(sectors_match_count(listed, -10));
    constexpr auto swapped = [] {
        auto c = nisc::critical_infrastructure_sectors.value;
        c[0] = critical_infrastructure_sector::finance;
        c[1] = critical_infrastructure_sector::information_and_communications;
        return c;
    }();
    STATIC_REQUIRE_FALSE(sectors_match_count(swapped, 10));
    constexpr nisc::fixed_array<critical_infrastructure_sector, 9> nine{
        {critical_infrastructure_sector::information_and_communications, critical_infrastructure_sector::finance,
         critical_infrastructure_sector::aviation, critical_infrastructure_sector::railways,
         critical_infrastructure_sector::electric_power, critical_infrastructure_sector::gas,
         critical_infrastructure_sector::government_services, critical_infrastructure_sector::medical_services,
         critical_infrastructure_sector::water}};
    STATIC_REQUIRE_FALSE(sectors_match_count(nine, 9));  // the enumeration has ten
}
