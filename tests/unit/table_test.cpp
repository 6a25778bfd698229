// Tests of <nisc/table.hpp> and <nisc/source.hpp>: tables with provenance and year columns.
#include <nisc/source.hpp>
#include <nisc/table.hpp>

#include <nisc_catch.hpp>

using namespace nisc::literals;

TEST_CASE("year_columns: the years of a table", "[table]") {
    constexpr nisc::year_columns<3> y{2006_fy};
    STATIC_REQUIRE(y.size() == 3);
    STATIC_REQUIRE(y.last() == 2008_fy);
    STATIC_REQUIRE(y.at(1) == 2007_fy);
    STATIC_REQUIRE_FALSE(y.at(3).has_value());
    STATIC_REQUIRE(y.index_of(2006_fy) == 0U);
    STATIC_REQUIRE(y.index_of(2008_fy) == 2U);
    STATIC_REQUIRE_FALSE(y.index_of(2005_fy).has_value());
    STATIC_REQUIRE_FALSE(y.index_of(2009_fy).has_value());
    STATIC_REQUIRE(y.all()[2] == 2008_fy);
}

TEST_CASE("table and sourced: rows with where they stand", "[table]") {
    struct row {
        int v;
    };
    constexpr nisc::table<row, 2, 1> t{
        {nisc::document_part::main_text, "§5(1)", nisc::printed_unit::measures}, {2007_fy}, {{{27}, {111}}}};
    STATIC_REQUIRE(t.size() == 2);
    STATIC_REQUIRE(t.at(1)->v == 111);
    STATIC_REQUIRE(t.at(2) == nullptr);
    int sum = 0;
    for (const auto& r : t) sum += r.v;
    REQUIRE(sum == 138);
    STATIC_REQUIRE(t.source == nisc::source_ref{nisc::document_part::main_text, "§5(1)", nisc::printed_unit::measures});
    constexpr nisc::sourced<int> s{159, {nisc::document_part::attachment_5, "進捗状況", nisc::printed_unit::measures}};
    STATIC_REQUIRE(s.value == 159);
    STATIC_REQUIRE(s.source.part == nisc::document_part::attachment_5);
}

TEST_CASE("document parts and printed units", "[table][source]") {
    STATIC_REQUIRE(nisc::name_ja(nisc::document_part::main_text) == "本文");
    STATIC_REQUIRE(nisc::name_ja(nisc::document_part::attachment_3) == "別紙3");
    STATIC_REQUIRE(nisc::from_name<nisc::document_part>("別紙6") == nisc::document_part::attachment_6);
    STATIC_REQUIRE(nisc::name_ja(nisc::printed_unit::yen_thousands) == "千円");
    STATIC_REQUIRE(nisc::name_en(nisc::printed_unit::yen_oku) == "oku_yen");
    STATIC_REQUIRE(nisc::name_en(nisc::printed_unit::yen_millions) == "million_yen");
}
