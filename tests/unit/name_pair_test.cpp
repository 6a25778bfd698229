// Tests of <nisc/name_pair.hpp> and <nisc/label_literal.hpp>.
#include <nisc/label_literal.hpp>
#include <nisc/name_pair.hpp>

#include <nisc_catch.hpp>

#include <string>
#include <type_traits>

using namespace nisc::literals;

TEST_CASE("name_pair: a Japanese name, its English and where the English comes from", "[name_pair]") {
    constexpr nisc::name_pair p{"内閣官房長官", "Chief Cabinet Secretary", nisc::english_basis::official};
    STATIC_REQUIRE(std::is_aggregate_v<nisc::name_pair>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<nisc::name_pair>);
    STATIC_REQUIRE(p.ja == "内閣官房長官");
    STATIC_REQUIRE(p.en == "Chief Cabinet Secretary");
    STATIC_REQUIRE(p.english == nisc::english_basis::official);
    STATIC_REQUIRE(sizeof(nisc::english_basis) == 1);
}

TEST_CASE("label_literal: \"...\"_label is the literal's bytes", "[name_pair]") {
    STATIC_REQUIRE("防衛省"_label == "防衛省");
    STATIC_REQUIRE("防衛省"_label.size() == 9);
    STATIC_REQUIRE(""_label.empty());
    STATIC_REQUIRE("a\0b"_label.size() == 3);  // an embedded NUL is kept, the terminating one is not
    const std::string s = "情報通信"_label;
    REQUIRE(s == "情報通信");
}
