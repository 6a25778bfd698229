// Tests of <nisc/label.hpp>: the text view nisc hands out and reads.
#include <nisc/label.hpp>

#include <nisc_catch.hpp>

#include <string>
#include <string_view>
#include <type_traits>

using nisc::label;

TEST_CASE("label: built from literals, pointers, views and strings", "[label]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<label>);
    constexpr label l = "防衛省";
    STATIC_REQUIRE(l.size() == 9);  // three UTF-8 characters of three bytes
    STATIC_REQUIRE(l == "防衛省");
    STATIC_REQUIRE(l != "防衛");
    STATIC_REQUIRE(label{}.empty());
    STATIC_REQUIRE(label{} == "");
    STATIC_REQUIRE(label{"abc", 2} == "ab");
    const std::string s = "財務省";
    const label from_string = s;
    REQUIRE(from_string == "財務省");
    REQUIRE(from_string.data() == s.data());
    const char* p = "FY2008";
    const label from_pointer = p;
    REQUIRE(from_pointer.size() == 6);
    const char* null_pointer = nullptr;
    REQUIRE(label{null_pointer}.empty());
    REQUIRE(label{std::string_view{"ab\0c", 4}}.size() == 4);
}

TEST_CASE("label: converts to std::string_view and std::string, compares with them", "[label]") {
    constexpr label l = "内閣官房";
    constexpr std::string_view sv = l;
    STATIC_REQUIRE(sv == "内閣官房");
    const std::string s = l;
    REQUIRE(s == "内閣官房");
    STATIC_REQUIRE(l == std::string_view{"内閣官房"});
    REQUIRE(l == std::string{"内閣官房"});
    REQUIRE(std::string{"内閣官房"} == l);
}

TEST_CASE("label: prefixes, suffixes, slices", "[label]") {
    constexpr label l = "平成20年度";
    STATIC_REQUIRE(l.starts_with("平成"));
    STATIC_REQUIRE(l.ends_with("年度"));
    STATIC_REQUIRE_FALSE(l.starts_with("年度"));
    STATIC_REQUIRE_FALSE(label{"年"}.ends_with("年度"));
    STATIC_REQUIRE(l.first(6) == "平成");
    STATIC_REQUIRE(l.drop(6) == "20年度");
    STATIC_REQUIRE(l.first(100) == l);
    STATIC_REQUIRE(l.drop(100).empty());
    std::size_t n = 0;
    for (const char c : label{"abc"}) n += static_cast<std::size_t>(c == 'b');
    REQUIRE(n == 1);
}
