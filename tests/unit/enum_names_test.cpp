// Tests of <nisc/enum_names.hpp>, <nisc/ministry.hpp>, <nisc/policy_area.hpp> and
// <nisc/budget_basis.hpp>: one verb family for every enumeration.
#include <nisc/budget_basis.hpp>
#include <nisc/enum_names.hpp>
#include <nisc/ministry.hpp>
#include <nisc/policy_area.hpp>

#include <nisc_catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

using nisc::ministry;
using nisc::policy_area;
using nisc::policy_area_row;

TEST_CASE("ministry: the 19 bodies of 別紙3 §3 in printed order", "[enum][ministry]") {
    STATIC_REQUIRE(nisc::enum_count_v<ministry> == 19);
    const char* const printed[] = {"内閣官房",       "内閣法制局", "人事院",     "内閣府",     "宮内庁",
                                   "公正取引委員会", "警察庁",     "防衛省",     "金融庁",     "総務省",
                                   "法務省",         "外務省",     "財務省",     "文部科学省", "厚生労働省",
                                   "農林水産省",     "経済産業省", "国土交通省", "環境省"};
    std::size_t i = 0;
    for (const auto m : nisc::values_of<ministry>) {
        REQUIRE(nisc::index_of(m) == i);
        REQUIRE(nisc::name_ja(m) == printed[i]);
        REQUIRE(nisc::from_name<ministry>(printed[i]) == m);
        REQUIRE(nisc::from_name<ministry>(std::string_view{nisc::name_en(m)}) == m);
        REQUIRE(nisc::from_index<ministry>(i) == m);
        ++i;
    }
    // English names as of October 2007.
    STATIC_REQUIRE(nisc::name_en(ministry::defense) == "Ministry of Defense");
    STATIC_REQUIRE(nisc::name_en(ministry::land_infrastructure_transport) ==
                   "Ministry of Land, Infrastructure and Transport");
    STATIC_REQUIRE(nisc::name_en(ministry::internal_affairs) == "Ministry of Internal Affairs and Communications");
    // Abbreviations are not keys: two bodies are NPA.
    STATIC_REQUIRE(nisc::abbreviation(ministry::national_personnel_authority) == "NPA");
    STATIC_REQUIRE(nisc::abbreviation(ministry::national_police_agency) == "NPA");
    STATIC_REQUIRE_FALSE(nisc::from_name<ministry>("NPA").has_value());
    STATIC_REQUIRE(nisc::abbreviation(ministry::foreign_affairs) == "MOFA");
}

TEST_CASE("enum verbs: bad input is a typed no", "[enum]") {
    constexpr auto bad = static_cast<ministry>(19);
    STATIC_REQUIRE_FALSE(nisc::index_of(bad).has_value());
    STATIC_REQUIRE(nisc::name_ja(bad).empty());
    STATIC_REQUIRE(nisc::name_en(bad).empty());
    STATIC_REQUIRE(nisc::abbreviation(bad).empty());
    STATIC_REQUIRE(nisc::row_of(bad) == nullptr);
    STATIC_REQUIRE_FALSE(nisc::from_index<ministry>(19).has_value());
    STATIC_REQUIRE_FALSE(nisc::from_name<ministry>("").has_value());
    STATIC_REQUIRE_FALSE(nisc::from_name<ministry>("防衛").has_value());
    STATIC_REQUIRE_FALSE(nisc::from_name<ministry>("防衛省 ").has_value());
    STATIC_REQUIRE_FALSE(nisc::from_name<ministry>("ministry of defense").has_value());
    STATIC_REQUIRE_FALSE(nisc::from_name<ministry>("Defense Agency").has_value());
    REQUIRE_FALSE(nisc::from_name<ministry>(std::string{"\xE9\x98\xB2"}).has_value());
    REQUIRE(nisc::from_name<ministry>(std::string{"財務省"}) == ministry::finance);
    STATIC_REQUIRE(nisc::name_ja(static_cast<policy_area>(200)).empty());
    STATIC_REQUIRE(nisc::code(static_cast<policy_area_row>(9)).empty());
    STATIC_REQUIRE(nisc::code(static_cast<policy_area>(7)).empty());
    STATIC_REQUIRE_FALSE(nisc::area_of(static_cast<policy_area_row>(77)).has_value());
}

TEST_CASE("policy areas: nine printed rows in seven areas", "[enum][policy_area]") {
    STATIC_REQUIRE(nisc::enum_count_v<policy_area_row> == 9);
    STATIC_REQUIRE(nisc::enum_count_v<policy_area> == 7);
    const char* const codes[] = {"1-1", "1-2", "1-3", "2", "3", "4", "5", "6", "7"};
    const char* const labels[] = {"政府機関（政府機関統一基準遵守に係るシステム構築関係）",
                                  "政府機関（政府機関統一基準遵守に係る体制整備関係）",
                                  "政府機関（政府機関統一基準遵守に係るその他）",
                                  "政府機関（1以外）",
                                  "地方公共団体",
                                  "重要インフラ",
                                  "企業",
                                  "個人",
                                  "横断的な基盤の形成"};
    std::size_t i = 0;
    for (const auto r : nisc::values_of<policy_area_row>) {
        REQUIRE(nisc::code(r) == codes[i]);
        REQUIRE(nisc::name_ja(r) == labels[i]);
        REQUIRE(nisc::row_from_code(codes[i]) == r);
        ++i;
    }
    STATIC_REQUIRE_FALSE(nisc::row_from_code("1-4").has_value());
    STATIC_REQUIRE_FALSE(nisc::row_from_code("").has_value());
    STATIC_REQUIRE_FALSE(nisc::row_from_code("1").has_value());
    STATIC_REQUIRE(nisc::area_of(policy_area_row::government_organisation) == policy_area::government_standards);
    STATIC_REQUIRE(nisc::area_of(policy_area_row::cross_cutting_foundations) == policy_area::cross_cutting_foundations);
    STATIC_REQUIRE(nisc::code(policy_area::businesses) == "5");
    STATIC_REQUIRE(nisc::rows_of(policy_area::government_standards).size() == 3);
    STATIC_REQUIRE(*nisc::rows_of(policy_area::government_standards).begin() == policy_area_row::government_systems);
    STATIC_REQUIRE(nisc::rows_of(policy_area::individuals).size() == 1);
    STATIC_REQUIRE(nisc::rows_of(static_cast<policy_area>(9)).empty());
    std::size_t rows = 0;
    for (const auto a : nisc::values_of<policy_area>) rows += nisc::rows_of(a).size();
    REQUIRE(rows == 9);
}

TEST_CASE("policy_area_set", "[enum][policy_area]") {
    constexpr nisc::policy_area_set s{policy_area::government_standards, policy_area::government_other};
    STATIC_REQUIRE(s.size() == 2);
    STATIC_REQUIRE(s.contains(policy_area::government_other));
    STATIC_REQUIRE_FALSE(s.contains(policy_area::businesses));
    STATIC_REQUIRE_FALSE(s.contains(static_cast<policy_area>(100)));
    STATIC_REQUIRE(nisc::policy_area_set{}.empty());
    STATIC_REQUIRE(nisc::policy_area_set{static_cast<policy_area>(100)}.empty());
}

TEST_CASE("budget_basis", "[enum]") {
    STATIC_REQUIRE(nisc::name_en(nisc::budget_basis::initial_budget) == "initial budget");
    STATIC_REQUIRE(nisc::from_name<nisc::budget_basis>("概算要求") == nisc::budget_basis::budget_request);
}

namespace {
struct test_row {
    ministry id;
    nisc::label name_ja;
    nisc::label name_en;
};
}  // namespace

TEST_CASE("check: enum rows describe their enumeration", "[enum][check]") {
    STATIC_REQUIRE(nisc::detail::rows_describe_enum<ministry>(nisc::enum_rows<ministry>::rows));
    constexpr nisc::fixed_array<test_row, 2> good{
        {{ministry::cabinet_secretariat, "a", "A"}, {ministry::cabinet_legislation_bureau, "b", "B"}}};
    STATIC_REQUIRE(nisc::detail::rows_describe_enum<ministry>(good));
    constexpr nisc::fixed_array<test_row, 2> out_of_order{
        {{ministry::cabinet_legislation_bureau, "a", "A"}, {ministry::cabinet_secretariat, "b", "B"}}};
    STATIC_REQUIRE_FALSE(nisc::detail::rows_describe_enum<ministry>(out_of_order));
    constexpr nisc::fixed_array<test_row, 2> duplicate{
        {{ministry::cabinet_secretariat, "a", "A"}, {ministry::cabinet_legislation_bureau, "b", "a"}}};
    STATIC_REQUIRE_FALSE(nisc::detail::rows_describe_enum<ministry>(duplicate));
    constexpr nisc::fixed_array<test_row, 2> unnamed{
        {{ministry::cabinet_secretariat, "a", "A"}, {ministry::cabinet_legislation_bureau, "", "B"}}};
    STATIC_REQUIRE_FALSE(nisc::detail::rows_describe_enum<ministry>(unnamed));
    STATIC_REQUIRE(nisc::detail::rows_group_into_areas(nisc::enum_rows<policy_area_row>::rows));
    constexpr auto regrouped = [] {
        auto rows = nisc::enum_rows<policy_area_row>::rows;
        rows[4].area = policy_area::government_standards;
        return rows;
    }();
    STATIC_REQUIRE_FALSE(nisc::detail::rows_group_into_areas(regrouped));
}
