// Tests of <nisc/text.hpp>: constexpr text for every vocabulary type, checked on exact strings.
#include <nisc/text.hpp>

#include <nisc/nisc.hpp>

#include <nisc_catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

using nisc::fiscal_year;
using nisc::million_yen;
using nisc::oku_figure;
using nisc::oku_yen;
using nisc::percent;
using nisc::tenth_oku_yen;
using nisc::thousand_yen;

TEST_CASE("text: fixed_string's properties", "[text]") {
    using s8 = nisc::fixed_string<8>;
    STATIC_REQUIRE(std::is_trivially_copyable_v<s8>);
    STATIC_REQUIRE(s8::capacity() == 8);
    STATIC_REQUIRE(s8{}.empty());
    STATIC_REQUIRE(s8{"FY2008"}.size() == 6);
    STATIC_REQUIRE(s8{"FY2008"} == "FY2008");
    STATIC_REQUIRE("FY2008" == s8{"FY2008"});
    STATIC_REQUIRE(s8{"FY2008"} == s8{"FY2008"});
    STATIC_REQUIRE_FALSE(s8{"FY2008"} == "FY200");
    // A literal longer than the capacity does not compile.
    STATIC_REQUIRE(std::is_constructible_v<s8, const char(&)[9]>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<s8, const char(&)[10]>);

    constexpr auto appended = [] {
        nisc::fixed_string<4> s;
        const bool a = s.append("ab");
        const bool b = s.append("cde");  // does not fit: nothing of it is kept
        const bool c = s.push_back('c');
        const bool d = s.push_back('d');
        const bool e = s.push_back('e');
        return a && !b && c && d && !e && s == "abcd" && s.c_str()[4] == '\0';
    }();
    STATIC_REQUIRE(appended);

    // Views convert to std::string_view and std::string through nisc::label.
    const auto t = nisc::text_ja(percent{13});
    const std::string_view sv = t.view();
    const std::string str = t.view();
    REQUIRE(sv == "13%");
    REQUIRE(str == "13%");
    REQUIRE(std::string_view{t.c_str()} == "13%");
}

TEST_CASE("text: amounts in the release's conventions", "[text]") {
    STATIC_REQUIRE(nisc::text_ja(thousand_yen{33'750'112}) == "33,750,112千円");
    STATIC_REQUIRE(nisc::text_ja(million_yen{33'750}) == "33,750百万円");
    STATIC_REQUIRE(nisc::text_ja(oku_yen{338}) == "338億円");
    STATIC_REQUIRE(nisc::text_ja(tenth_oku_yen{8}) == "0.8億円");
    STATIC_REQUIRE(nisc::text_ja(tenth_oku_yen{50}) == "5.0億円");
    STATIC_REQUIRE(nisc::text_ja(oku_figure::tenths(8)) == "0.8億円");
    STATIC_REQUIRE(nisc::text_ja(oku_figure::tenths(51)) == "5.1億円");
    STATIC_REQUIRE(nisc::text_ja(oku_figure::whole(190)) == "190億円");
    STATIC_REQUIRE(nisc::text_ja(thousand_yen{7'743}) == "7,743千円");
    STATIC_REQUIRE(nisc::text_ja(thousand_yen{0}) == "0千円");
    STATIC_REQUIRE(nisc::text_ja(million_yen{999}) == "999百万円");
    STATIC_REQUIRE(nisc::text_ja(million_yen{1'000}) == "1,000百万円");
    STATIC_REQUIRE(nisc::text_ja(oku_yen{-38}) == "-38億円");
    STATIC_REQUIRE(nisc::text_ja(tenth_oku_yen{-5}) == "-0.5億円");
    STATIC_REQUIRE(nisc::text_ja(tenth_oku_yen{12'345}) == "1,234.5億円");
    // The extremes of 64 bits.
    STATIC_REQUIRE(nisc::text_ja(thousand_yen{INT64_MAX}) == "9,223,372,036,854,775,807千円");
    STATIC_REQUIRE(nisc::text_ja(thousand_yen{-INT64_MAX - 1}) == "-9,223,372,036,854,775,808千円");
}

TEST_CASE("text: amounts in English", "[text]") {
    STATIC_REQUIRE(nisc::text_en(thousand_yen{33'750'112}) == "JPY 33,750,112 thousand");
    STATIC_REQUIRE(nisc::text_en(million_yen{33'750}) == "JPY 33,750 million");
    // 億円 amounts in billions, exactly (1億円 = 0.1 billion yen), without trailing zeros.
    STATIC_REQUIRE(nisc::text_en(oku_yen{338}) == "JPY 33.8 billion");
    STATIC_REQUIRE(nisc::text_en(oku_yen{300}) == "JPY 30 billion");
    STATIC_REQUIRE(nisc::text_en(oku_yen{12'345}) == "JPY 1,234.5 billion");
    STATIC_REQUIRE(nisc::text_en(tenth_oku_yen{8}) == "JPY 0.08 billion");
    STATIC_REQUIRE(nisc::text_en(tenth_oku_yen{50}) == "JPY 0.5 billion");
    STATIC_REQUIRE(nisc::text_en(oku_figure::tenths(28)) == "JPY 0.28 billion");
    STATIC_REQUIRE(nisc::text_en(oku_figure::whole(190)) == "JPY 19 billion");
    STATIC_REQUIRE(nisc::text_en(oku_yen{-38}) == "JPY -3.8 billion");
    STATIC_REQUIRE(nisc::text_en(thousand_yen{-INT64_MAX - 1}) == "JPY -9,223,372,036,854,775,808 thousand");
}

TEST_CASE("text: rounded billions, half up", "[text]") {
    STATIC_REQUIRE(nisc::text_en_billions(thousand_yen{33'750'112}, 2) == "JPY 33.75 billion");
    STATIC_REQUIRE(nisc::text_en_billions(million_yen{33'750}, 2) == "JPY 33.75 billion");
    STATIC_REQUIRE(nisc::text_en_billions(thousand_yen{33'750'112}, 0) == "JPY 34 billion");
    STATIC_REQUIRE(nisc::text_en_billions(thousand_yen{33'750'112}, 6) == "JPY 33.750112 billion");
    STATIC_REQUIRE(nisc::text_en_billions(thousand_yen{30'000'897}, 1) == "JPY 30.0 billion");
    // Ties round away from zero: 505百万円 is 0.505 billion.
    STATIC_REQUIRE(nisc::text_en_billions(million_yen{505}, 2) == "JPY 0.51 billion");
    STATIC_REQUIRE(nisc::text_en_billions(million_yen{-505}, 2) == "JPY -0.51 billion");
    STATIC_REQUIRE(nisc::text_en_billions(million_yen{504}, 2) == "JPY 0.50 billion");
    // Coarser scales are multiplied out exactly.
    STATIC_REQUIRE(nisc::text_en_billions(oku_yen{338}, 3) == "JPY 33.800 billion");
    STATIC_REQUIRE(nisc::text_en_billions(tenth_oku_yen{8}, 3) == "JPY 0.080 billion");
    // Bad input: a typed no (empty text).
    STATIC_REQUIRE(nisc::text_en_billions(thousand_yen{1}, -1).empty());
    STATIC_REQUIRE(nisc::text_en_billions(thousand_yen{1}, 7).empty());
    STATIC_REQUIRE(nisc::text_en_billions(oku_yen{INT64_MAX}, 6).empty());
}

TEST_CASE("text: figures alone, as a data file carries them", "[text]") {
    STATIC_REQUIRE(nisc::text_plain(thousand_yen{33'750'112}) == "33750112");
    STATIC_REQUIRE(nisc::text_plain(million_yen{33'750}) == "33750");
    STATIC_REQUIRE(nisc::text_plain(oku_yen{338}) == "338");
    STATIC_REQUIRE(nisc::text_grouped(thousand_yen{33'750'112}.count()) == "33,750,112");
    STATIC_REQUIRE(nisc::text_grouped(999) == "999");
    STATIC_REQUIRE(nisc::text_grouped(1'000) == "1,000");
    STATIC_REQUIRE(nisc::text_grouped(0) == "0");
    STATIC_REQUIRE(nisc::text_grouped(-1'234'567) == "-1,234,567");
    STATIC_REQUIRE(nisc::text_grouped(INT64_MIN) == "-9,223,372,036,854,775,808");
    STATIC_REQUIRE(nisc::text_plain(tenth_oku_yen{8}) == "0.8");
    STATIC_REQUIRE(nisc::text_plain(oku_figure::tenths(8)) == "0.8");
    STATIC_REQUIRE(nisc::text_plain(oku_figure::tenths(5)) == "0.5");
    STATIC_REQUIRE(nisc::text_plain(oku_figure::whole(2)) == "2");
    STATIC_REQUIRE(nisc::text_plain(percent{250}) == "250");
    STATIC_REQUIRE(nisc::text_plain(fiscal_year{2008}) == "2008");
    STATIC_REQUIRE(nisc::text_plain(*nisc::make_ratio(38, 300)) == "19/150");
    STATIC_REQUIRE(nisc::text_plain(*nisc::make_ratio(-1, 4)) == "-1/4");
}

TEST_CASE("text: percentages and ratios", "[text]") {
    STATIC_REQUIRE(nisc::text_ja(percent{13}) == "13%");
    STATIC_REQUIRE(nisc::text_en(percent{13}) == "13%");
    STATIC_REQUIRE(nisc::text_ja(percent{1'000}) == "1,000%");
    STATIC_REQUIRE(nisc::text_ja(percent{-3}) == "-3%");
    STATIC_REQUIRE(nisc::text_ja(*nisc::make_ratio(38, 300)) == "19/150");
    STATIC_REQUIRE(nisc::text_en(*nisc::make_ratio(38, 300)) == "19/150");
}

TEST_CASE("text: fiscal years", "[text]") {
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{2008}) == "平成20年度");
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{2004}) == "平成16年度");
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{1989}) == "平成元年度");
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{2019}) == "平成31年度");
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{2020}) == "2020年度");
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{1988}) == "1988年度");
    STATIC_REQUIRE(nisc::text_en(fiscal_year{2008}) == "FY2008");
    // Below 1000, four digits: the form parse_fiscal_year reads back.
    STATIC_REQUIRE(nisc::text_en(fiscal_year{1}) == "FY0001");
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{999}) == "0999年度");
    STATIC_REQUIRE(nisc::text_plain(fiscal_year{42}) == "0042");
    STATIC_REQUIRE(nisc::parse_fiscal_year(nisc::text_en(fiscal_year{1}).view()) == fiscal_year{1});
    STATIC_REQUIRE(nisc::parse_fiscal_year(nisc::text_ja(fiscal_year{999}).view()) == fiscal_year{999});
    STATIC_REQUIRE(nisc::parse_fiscal_year(nisc::text_plain(fiscal_year{42}).view()) == fiscal_year{42});
    // Years that are not ok() get no text.
    STATIC_REQUIRE(nisc::text_ja(fiscal_year{0}).empty());
    STATIC_REQUIRE(nisc::text_en(fiscal_year{10'000}).empty());
    STATIC_REQUIRE(nisc::text_plain(fiscal_year{-1}).empty());
    // Text and parsing agree in both directions.
    STATIC_REQUIRE(nisc::parse_fiscal_year(nisc::text_ja(fiscal_year{2008}).view()) == fiscal_year{2008});
    STATIC_REQUIRE(nisc::parse_fiscal_year(nisc::text_ja(fiscal_year{1989}).view()) == fiscal_year{1989});
    STATIC_REQUIRE(nisc::parse_fiscal_year(nisc::text_en(fiscal_year{2008}).view()) == fiscal_year{2008});
    STATIC_REQUIRE(nisc::parse_fiscal_year(nisc::text_ja(fiscal_year{2020}).view()) == fiscal_year{2020});

    STATIC_REQUIRE(nisc::text_ja(nisc::heisei_year{20}) == "平成20年度");
    STATIC_REQUIRE(nisc::text_ja(nisc::heisei_year{1}) == "平成元年度");
    STATIC_REQUIRE(nisc::text_en(nisc::heisei_year{20}) == "Heisei 20");
    STATIC_REQUIRE(nisc::text_ja(nisc::heisei_year{32}).empty());
    STATIC_REQUIRE(nisc::text_en(nisc::heisei_year{0}).empty());
}

TEST_CASE("text: names of described enumerations, in either language", "[text]") {
    STATIC_REQUIRE(nisc::text_ja(nisc::ministry::defense) == "防衛省");
    STATIC_REQUIRE(nisc::text_en(nisc::ministry::defense) == "Ministry of Defense");
    STATIC_REQUIRE(nisc::text_ja(nisc::policy_area::businesses) == "企業");
    STATIC_REQUIRE(nisc::text_en(nisc::policy_area_row::local_governments) == "Local governments");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_basis::budget_request) == "概算要求");
    STATIC_REQUIRE(nisc::text_ja(nisc::summary_heading::e_local_government) == "電子自治体の安全性");
    STATIC_REQUIRE(nisc::text(nisc::ministry::finance, nisc::language::ja) == "財務省");
    STATIC_REQUIRE(nisc::text(nisc::ministry::finance, nisc::language::en) == "Ministry of Finance");
    STATIC_REQUIRE(nisc::text_en(nisc::language::ja) == "Japanese");
    // A value outside its enumeration (e.g. from static_cast) has no name.
    STATIC_REQUIRE(nisc::text_ja(static_cast<nisc::ministry>(19)).empty());
    STATIC_REQUIRE(nisc::text_en(static_cast<nisc::policy_area>(200)).empty());
}

TEST_CASE("text: either language through text()", "[text]") {
    using nisc::language;
    STATIC_REQUIRE(nisc::text(thousand_yen{33'750'112}, language::ja) == "33,750,112千円");
    STATIC_REQUIRE(nisc::text(thousand_yen{33'750'112}, language::en) == "JPY 33,750,112 thousand");
    STATIC_REQUIRE(nisc::text(fiscal_year{2008}, language::ja) == "平成20年度");
    STATIC_REQUIRE(nisc::text(fiscal_year{2008}, language::en) == "FY2008");
    STATIC_REQUIRE(nisc::text(oku_figure::tenths(8), language::en) == "JPY 0.08 billion");
    STATIC_REQUIRE(nisc::text(percent{13}, language::en) == "13%");
}

TEST_CASE("text: cells, optional answers and sources", "[text]") {
    using nisc::cell;
    STATIC_REQUIRE(nisc::text_ja(cell<million_yen>{million_yen{20'715}}) == "20,715百万円");
    STATIC_REQUIRE(nisc::text_en(cell<million_yen>{million_yen{20'715}}) == "JPY 20,715 million");
    STATIC_REQUIRE(nisc::text_ja(cell<oku_yen>{nisc::dash}) == "-");
    STATIC_REQUIRE(nisc::text_en(cell<oku_yen>{nisc::dash}) == "-");
    STATIC_REQUIRE(nisc::text_ja(cell<percent>{nisc::blank}).empty());

    STATIC_REQUIRE(nisc::text_ja(nisc::budget_of(nisc::ministry::defense, fiscal_year{2008})) == "10,292,493千円");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_of(nisc::ministry::defense, fiscal_year{2005})).empty());
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_of(nisc::summary_heading::e_local_government, fiscal_year{2007})) ==
                   "0.8億円");
    STATIC_REQUIRE(nisc::text_en(nisc::from_name<nisc::ministry>("防衛省")) == "Ministry of Defense");

    STATIC_REQUIRE(nisc::text_ja(nisc::budget_by_ministry.source) == "別紙3 §3 府省庁別予算額");
    STATIC_REQUIRE(nisc::text_en(nisc::budget_by_ministry.source) == "Attachment 3, §3 府省庁別予算額");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_headline.source) == "本文 §3(1)");
}

TEST_CASE("text: every printed figure of the budget tables, as printed", "[text]") {
    // The release's own layout, rebuilt from the typed tables.
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_request_total.value) == "33,750百万円");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_by_ministry_total.value[2]) == "33,750,112千円");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_trend.rows[0].amounts[4]) == "338億円");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_trend.rows[1].amounts[0]).empty());
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_trend.rows[1].amounts[2]) == "-");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_by_area.rows[0].ratio_to_previous_year) == "111%");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_summary.rows[2].increase) == "0.5億円");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_summary.rows[1].amounts[1]) == "2.8億円");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_headline.value.increase_percent) == "13%");
    STATIC_REQUIRE(nisc::text_en_billions(nisc::budget_by_ministry_total.value[2], 2) == "JPY 33.75 billion");
    STATIC_REQUIRE(nisc::text_ja(nisc::budget_by_ministry.years.first) == "平成18年度");
}

TEST_CASE("text: fixed_string compares with any text", "[text]") {
    constexpr nisc::fixed_string<8> a{"FY2008"};
    constexpr nisc::fixed_string<16> b{"FY2008"};
    STATIC_REQUIRE(a == b.view());
    STATIC_REQUIRE(a.view() == b);
    STATIC_REQUIRE(nisc::label{"FY2008"} == a);
    STATIC_REQUIRE(a == nisc::label{"FY2008"});
    STATIC_REQUIRE(a != "FY2007");
    REQUIRE(a == std::string{"FY2008"});
    REQUIRE(a == std::string_view{"FY2008"});
}

TEST_CASE("text: dates in the Japanese era and in ISO form, with their printed precision", "[text]") {
    using nisc::date;
    STATIC_REQUIRE(nisc::text_ja(date::on(2007, 10, 3)) == "平成19年10月3日");
    STATIC_REQUIRE(nisc::text_en(date::on(2007, 10, 3)) == "2007-10-03");
    STATIC_REQUIRE(nisc::text_plain(date::on(2007, 10, 3)) == "2007-10-03");
    STATIC_REQUIRE(nisc::text_ja(date::early_in(2007, 9)) == "平成19年9月上旬");
    STATIC_REQUIRE(nisc::text_en(date::early_in(2007, 9)) == "2007-09 early");
    STATIC_REQUIRE(nisc::text_en(date::in_month(2007, 7)) == "2007-07");
    STATIC_REQUIRE(nisc::text_en(date::about(2008, 2)) == "2008-02~");
    STATIC_REQUIRE(nisc::text_ja(date::every_year_on(2, 2)) == "毎年2月2日");
    STATIC_REQUIRE(nisc::text_en(date::every_year_on(2, 2)) == "--02-02");
    STATIC_REQUIRE(nisc::text(date::on(2005, 5, 30), nisc::language::ja) == "平成17年5月30日");
    // A date that does not exist has no text (not "invalid").
    STATIC_REQUIRE(nisc::text_ja(date::on(2007, 2, 30)).empty());
    STATIC_REQUIRE(nisc::text_en(date::on(2007, 2, 30)).empty());
}
