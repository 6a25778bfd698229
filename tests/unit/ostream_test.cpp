// Tests of <nisc/ostream.hpp>: operator<< for every vocabulary type, in the release's conventions
// by default and in English through nisc::in_english.
#include <nisc/ostream.hpp>

#include <nisc/nisc.hpp>

#include <nisc_catch.hpp>

#include <iomanip>
#include <sstream>
#include <string>

namespace {
template <class T>
std::string streamed(const T& value) {
    std::ostringstream os;
    os << value;
    return os.str();
}
}  // namespace

TEST_CASE("ostream: amounts and figures in the release's conventions", "[ostream]") {
    REQUIRE(streamed(nisc::thousand_yen{33'750'112}) == "33,750,112千円");
    REQUIRE(streamed(nisc::million_yen{33'750}) == "33,750百万円");
    REQUIRE(streamed(nisc::oku_yen{338}) == "338億円");
    REQUIRE(streamed(nisc::tenth_oku_yen{8}) == "0.8億円");
    REQUIRE(streamed(nisc::oku_figure::tenths(8)) == "0.8億円");
    REQUIRE(streamed(nisc::percent{13}) == "13%");
    REQUIRE(streamed(*nisc::make_ratio(38, 300)) == "19/150");
    REQUIRE(streamed(nisc::fiscal_year{2008}) == "平成20年度");
    REQUIRE(streamed(nisc::heisei_year{20}) == "平成20年度");
}

TEST_CASE("ostream: English through in_english", "[ostream]") {
    REQUIRE(streamed(nisc::in_english(nisc::thousand_yen{33'750'112})) == "JPY 33,750,112 thousand");
    REQUIRE(streamed(nisc::in_english(nisc::oku_yen{338})) == "JPY 33.8 billion");
    REQUIRE(streamed(nisc::in_english(nisc::fiscal_year{2008})) == "FY2008");
    REQUIRE(streamed(nisc::in_english(nisc::ministry::defense)) == "Ministry of Defense");
    REQUIRE(streamed(nisc::in_japanese(nisc::ministry::defense)) == "防衛省");
    REQUIRE(streamed(nisc::text_en_billions(nisc::thousand_yen{33'750'112}, 2)) == "JPY 33.75 billion");
}

TEST_CASE("ostream: names, cells, optional answers, sources and labels", "[ostream]") {
    REQUIRE(streamed(nisc::ministry::defense) == "防衛省");
    REQUIRE(streamed(nisc::policy_area::businesses) == "企業");
    REQUIRE(streamed(nisc::budget_basis::initial_budget) == "当初予算");
    REQUIRE(streamed(nisc::summary_heading::individuals) == "個人関係");
    REQUIRE(streamed(static_cast<nisc::ministry>(99)).empty());
    REQUIRE(streamed(nisc::cell<nisc::oku_yen>{nisc::dash}) == "-");
    REQUIRE(streamed(nisc::cell<nisc::oku_yen>{nisc::blank}).empty());
    REQUIRE(streamed(nisc::budget_trend.rows[0].amounts[4]) == "338億円");
    REQUIRE(streamed(nisc::budget_of(nisc::ministry::defense, nisc::fiscal_year{2008})) == "10,292,493千円");
    REQUIRE(streamed(nisc::budget_of(nisc::ministry::defense, nisc::fiscal_year{2001})).empty());
    REQUIRE(streamed(nisc::budget_by_ministry.source) == "別紙3 §3 府省庁別予算額");
    REQUIRE(streamed(nisc::label{"合計"}) == "合計");
    REQUIRE(streamed(nisc::name_en(nisc::ministry::finance)) == "Ministry of Finance");
}

TEST_CASE("ostream: width and fill apply", "[ostream]") {
    std::ostringstream os;
    os << std::setw(8) << nisc::in_english(nisc::fiscal_year{2008}) << '|' << std::left << std::setw(5)
       << nisc::percent{13} << '|';
    REQUIRE(os.str() == "  FY2008|13%  |");
}

TEST_CASE("ostream: dates", "[ostream]") {
    REQUIRE(streamed(nisc::date::on(2007, 10, 3)) == "平成19年10月3日");
    REQUIRE(streamed(nisc::in_english(nisc::date::on(2007, 10, 3))) == "2007-10-03");
}
