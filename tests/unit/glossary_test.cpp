// Tests of <nisc/release_2007_10_03/glossary.hpp>: the terms of 本文's footnotes.
#include <nisc/release_2007_10_03/glossary.hpp>

#include <nisc_catch.hpp>

#include <string>

TEST_CASE("glossary: the three footnotes", "[glossary]") {
    const auto& g = nisc::glossary.value;
    STATIC_REQUIRE(g.size() == 3);
    STATIC_REQUIRE(g[0].term == "JRE");
    STATIC_REQUIRE(g[0].expansion == "Java Runtime Environment");
    STATIC_REQUIRE(g[0].footnote == 1);
    STATIC_REQUIRE(g[1].term == "DNS");
    STATIC_REQUIRE(g[1].expansion == "Domain Name System");
    STATIC_REQUIRE(g[2].term == "重要インフラ");
    STATIC_REQUIRE(g[2].source.unit == nisc::printed_unit::sectors);
    STATIC_REQUIRE(nisc::glossary.source.part == nisc::document_part::main_text);
    for (const auto& e : g) {
        REQUIRE(e.source.part == nisc::document_part::main_text);
        REQUIRE_FALSE(e.meaning_en.empty());
    }
}

TEST_CASE("glossary: find_term", "[glossary]") {
    STATIC_REQUIRE(nisc::find_term("DNS")->footnote == 2);
    STATIC_REQUIRE(nisc::find_term("重要インフラ")->footnote == 3);
    STATIC_REQUIRE(nisc::find_term("dns") == nullptr);
    STATIC_REQUIRE(nisc::find_term("JRE(1)") == nullptr);
    STATIC_REQUIRE(nisc::find_term("") == nullptr);
    const std::string term = "JRE";
    REQUIRE(nisc::find_term(term) == &nisc::glossary.value[0]);
}

TEST_CASE("glossary checks: numbered in order; 重要インフラ is the ten sectors", "[glossary][checks]") {
    using nisc::detail::glossary_holds;
    STATIC_REQUIRE(glossary_holds(nisc::glossary.value, 3));
    STATIC_REQUIRE_FALSE(glossary_holds(nisc::glossary.value, 2));  // DNS does not expand to the sectors
    constexpr auto renumbered = [] {
        auto g = nisc::glossary.value;
        g[0].footnote = 2;
        g[1].footnote = 1;
        return g;
    }();
    STATIC_REQUIRE_FALSE(glossary_holds(renumbered, 3));
    constexpr auto nine_sectors = [] {
        auto g = nisc::glossary.value;
        g[2].expansion = "情報通信、金融、航空、鉄道、電力、ガス、政府・行政サービス、医療、水道";
        return g;
    }();
    STATIC_REQUIRE_FALSE(glossary_holds(nine_sectors, 3));
    constexpr auto reordered = [] {
        auto g = nisc::glossary.value;
        g[2].expansion = "金融、情報通信、航空、鉄道、電力、ガス、政府・行政サービス、医療、水道、物流";
        return g;
    }();
    STATIC_REQUIRE_FALSE(glossary_holds(reordered, 3));
    constexpr auto extra = [] {
        auto g = nisc::glossary.value;
        g[2].expansion = "情報通信、金融、航空、鉄道、電力、ガス、政府・行政サービス、医療、水道、物流、化学";
        return g;
    }();
    STATIC_REQUIRE_FALSE(glossary_holds(extra, 3));
    constexpr auto no_term = [] {
        auto g = nisc::glossary.value;
        g[1].term = nisc::label{};
        return g;
    }();
    STATIC_REQUIRE_FALSE(glossary_holds(no_term, 3));
}
