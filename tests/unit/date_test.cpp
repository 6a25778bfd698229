// Tests of <nisc/date.hpp>: dates with their printed precision, the 平成 era, fiscal years, parsing.
#include <nisc/date.hpp>

#include <nisc_catch.hpp>

#include <compare>
#include <cstdint>
#include <type_traits>

using nisc::date;
using nisc::date_precision;
using nisc::fiscal_year;
using nisc::heisei_year;
using nisc::parse_date;

TEST_CASE("date: the type's properties", "[date]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<date>);
    STATIC_REQUIRE(sizeof(date) <= 8);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<int, date>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<date, int, int, int>);
    STATIC_REQUIRE_FALSE(date{}.ok());
    STATIC_REQUIRE(sizeof(date_precision) == 1);
}

TEST_CASE("date: factories keep the printed precision", "[date]") {
    constexpr date d = date::on(2007, 10, 3);
    STATIC_REQUIRE(d.ok());
    STATIC_REQUIRE(d.year() == 2007);
    STATIC_REQUIRE(d.month() == 10);
    STATIC_REQUIRE(d.day() == 3);
    STATIC_REQUIRE(d.precision() == date_precision::day);
    STATIC_REQUIRE(d.is_day());
    STATIC_REQUIRE_FALSE(d.recurring());

    STATIC_REQUIRE(date::around(2008, 2, 2).precision() == date_precision::around_day);
    STATIC_REQUIRE(date::early_in(2007, 9).precision() == date_precision::early_month);
    STATIC_REQUIRE(date::early_in(2007, 9).day() == 0);
    STATIC_REQUIRE(date::mid_in(2007, 9).precision() == date_precision::mid_month);
    STATIC_REQUIRE(date::late_in(2007, 9).precision() == date_precision::late_month);
    STATIC_REQUIRE(date::in_month(2007, 7).precision() == date_precision::month);
    STATIC_REQUIRE(date::about(2008, 2).precision() == date_precision::about_month);
    STATIC_REQUIRE(date::in_fiscal_year(fiscal_year{2009}).precision() == date_precision::whole_fiscal_year);
    STATIC_REQUIRE(date::in_fiscal_year(fiscal_year{2009}).year() == 2009);
    STATIC_REQUIRE(date::in_fiscal_year(fiscal_year{2009}).month() == 4);

    constexpr date security_day = date::every_year_on(2, 2);
    STATIC_REQUIRE(security_day.ok());
    STATIC_REQUIRE(security_day.recurring());
    STATIC_REQUIRE(security_day.year() == 0);
    STATIC_REQUIRE(date::every_year_about(9).recurring());
    STATIC_REQUIRE(date::every_year_about(9).ok());

    // One day printed with two precisions is two different statements.
    STATIC_REQUIRE(date::in_month(2007, 9) != date::early_in(2007, 9));
    STATIC_REQUIRE(date::on(2008, 2, 2) != date::around(2008, 2, 2));
}

TEST_CASE("date: ok() rejects days that do not exist", "[date]") {
    STATIC_REQUIRE_FALSE(date::on(2007, 2, 30).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 2, 29).ok());
    STATIC_REQUIRE(date::on(2008, 2, 29).ok());
    STATIC_REQUIRE(date::on(2000, 2, 29).ok());
    STATIC_REQUIRE_FALSE(date::on(1900, 2, 29).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 4, 31).ok());
    STATIC_REQUIRE(date::on(2007, 12, 31).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 13, 1).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 0, 1).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 1, 0).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 1, -1).ok());
    STATIC_REQUIRE_FALSE(date::on(0, 1, 1).ok());
    STATIC_REQUIRE_FALSE(date::on(10'000, 1, 1).ok());
    STATIC_REQUIRE_FALSE(date::on(-2007, 10, 3).ok());
    // Numbers too big for the fields never wrap round into a real date.
    STATIC_REQUIRE_FALSE(date::on(65'536 + 2007, 10, 3).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 256 + 10, 3).ok());
    STATIC_REQUIRE_FALSE(date::on(2007, 10, 256 + 3).ok());
    STATIC_REQUIRE_FALSE(date::in_month(2007, 13).ok());
    STATIC_REQUIRE_FALSE(date::every_year_on(2, 30).ok());
    STATIC_REQUIRE(date::every_year_on(2, 29).ok());  // a yearly day may fall on a leap day
    STATIC_REQUIRE_FALSE(date::every_year_about(0).ok());
    STATIC_REQUIRE_FALSE(date::in_fiscal_year(fiscal_year{0}).ok());
    // FY9998 ends on 9999-03-31, the last day a date holds; FY9999 would end in the year 10000.
    STATIC_REQUIRE(date::in_fiscal_year(fiscal_year{9998}).ok());
    STATIC_REQUIRE(*nisc::last_day(date::in_fiscal_year(fiscal_year{9998})) == date::on(9999, 3, 31));
    STATIC_REQUIRE_FALSE(date::in_fiscal_year(fiscal_year{9999}).ok());
    STATIC_REQUIRE_FALSE(nisc::last_day(date::in_fiscal_year(fiscal_year{9999})).has_value());
    STATIC_REQUIRE_FALSE(nisc::last_day_of(fiscal_year{9999}).ok());
}

TEST_CASE("date: first and last day of each precision", "[date]") {
    STATIC_REQUIRE(*nisc::first_day(date::on(2007, 10, 3)) == date::on(2007, 10, 3));
    STATIC_REQUIRE(*nisc::last_day(date::around(2008, 2, 2)) == date::on(2008, 2, 2));
    STATIC_REQUIRE(*nisc::first_day(date::early_in(2007, 9)) == date::on(2007, 9, 1));
    STATIC_REQUIRE(*nisc::last_day(date::early_in(2007, 9)) == date::on(2007, 9, 10));
    STATIC_REQUIRE(*nisc::first_day(date::mid_in(2007, 9)) == date::on(2007, 9, 11));
    STATIC_REQUIRE(*nisc::last_day(date::mid_in(2007, 9)) == date::on(2007, 9, 20));
    STATIC_REQUIRE(*nisc::first_day(date::late_in(2007, 9)) == date::on(2007, 9, 21));
    STATIC_REQUIRE(*nisc::last_day(date::late_in(2007, 9)) == date::on(2007, 9, 30));
    STATIC_REQUIRE(*nisc::last_day(date::in_month(2008, 2)) == date::on(2008, 2, 29));
    STATIC_REQUIRE(*nisc::last_day(date::about(2007, 2)) == date::on(2007, 2, 28));
    STATIC_REQUIRE(*nisc::first_day(date::in_fiscal_year(fiscal_year{2007})) == date::on(2007, 4, 1));
    STATIC_REQUIRE(*nisc::last_day(date::in_fiscal_year(fiscal_year{2007})) == date::on(2008, 3, 31));
    STATIC_REQUIRE(nisc::first_day(date::every_year_on(2, 2)) == nisc::nothing);
    STATIC_REQUIRE(nisc::last_day(date::every_year_about(9)) == nisc::nothing);
    STATIC_REQUIRE(nisc::first_day(date::on(2007, 2, 30)) == nisc::nothing);
}

TEST_CASE("date: chronological order, precedes and contains", "[date]") {
    using nisc::compare_chronologically;
    using nisc::contains;
    using nisc::precedes;
    STATIC_REQUIRE(compare_chronologically(date::on(2007, 7, 6), date::on(2007, 7, 20)) < 0);
    STATIC_REQUIRE(compare_chronologically(date::on(2007, 7, 20), date::on(2007, 7, 6)) > 0);
    STATIC_REQUIRE(compare_chronologically(date::on(2007, 7, 6), date::on(2007, 7, 6)) == 0);
    // Mixed precisions: by first day, then the shorter span first.
    STATIC_REQUIRE(compare_chronologically(date::in_month(2007, 7), date::on(2007, 7, 6)) < 0);
    STATIC_REQUIRE(compare_chronologically(date::on(2007, 9, 1), date::early_in(2007, 9)) < 0);
    STATIC_REQUIRE(compare_chronologically(date::early_in(2007, 9), date::in_month(2007, 9)) < 0);
    STATIC_REQUIRE(compare_chronologically(date::in_month(2007, 9), date::about(2007, 9)) < 0);
    STATIC_REQUIRE(compare_chronologically(date::in_month(2007, 12), date::around(2008, 2, 2)) < 0);
    // Yearly dates come first, in calendar order.
    STATIC_REQUIRE(compare_chronologically(date::every_year_on(2, 2), date::on(1989, 1, 8)) < 0);
    STATIC_REQUIRE(compare_chronologically(date::every_year_on(2, 2), date::every_year_about(9)) < 0);

    STATIC_REQUIRE(precedes(date::on(2007, 7, 6), date::on(2007, 7, 20)));
    STATIC_REQUIRE_FALSE(precedes(date::on(2007, 7, 20), date::on(2007, 7, 6)));
    STATIC_REQUIRE_FALSE(precedes(date::on(2007, 7, 6), date::on(2007, 7, 6)));
    STATIC_REQUIRE_FALSE(precedes(date::in_month(2007, 7), date::on(2007, 7, 20)));  // July may come after the 20th
    STATIC_REQUIRE(precedes(date::in_month(2007, 7), date::in_month(2007, 8)));
    STATIC_REQUIRE(precedes(date::early_in(2007, 9), date::on(2007, 9, 11)));
    STATIC_REQUIRE_FALSE(precedes(date::every_year_on(2, 2), date::on(2007, 10, 3)));

    STATIC_REQUIRE(contains(date::in_month(2007, 9), date::early_in(2007, 9)));
    STATIC_REQUIRE(contains(date::in_month(2007, 7), date::on(2007, 7, 6)));
    STATIC_REQUIRE_FALSE(contains(date::early_in(2007, 9), date::in_month(2007, 9)));
    STATIC_REQUIRE(contains(date::in_fiscal_year(fiscal_year{2007}), date::about(2008, 2)));
    STATIC_REQUIRE_FALSE(contains(date::in_fiscal_year(fiscal_year{2007}), date::in_month(2008, 4)));
    STATIC_REQUIRE_FALSE(contains(date::every_year_about(9), date::in_month(2007, 9)));
}

TEST_CASE("date: fiscal years", "[date]") {
    STATIC_REQUIRE(nisc::first_day_of(fiscal_year{2008}) == date::on(2008, 4, 1));
    STATIC_REQUIRE(nisc::last_day_of(fiscal_year{2008}) == date::on(2009, 3, 31));
    STATIC_REQUIRE(nisc::fiscal_year_of(date::on(2007, 10, 3)) == fiscal_year{2007});
    STATIC_REQUIRE(nisc::fiscal_year_of(date::on(2008, 3, 31)) == fiscal_year{2007});
    STATIC_REQUIRE(nisc::fiscal_year_of(date::on(2008, 4, 1)) == fiscal_year{2008});
    STATIC_REQUIRE(nisc::fiscal_year_of(date::about(2008, 2)) == fiscal_year{2007});
    STATIC_REQUIRE(nisc::fiscal_year_of(date::in_fiscal_year(fiscal_year{2009})) == fiscal_year{2009});
    STATIC_REQUIRE(nisc::fiscal_year_of(date::every_year_on(2, 2)) == nisc::nothing);
    STATIC_REQUIRE(nisc::fiscal_year_of(date::on(2007, 2, 30)) == nisc::nothing);
    STATIC_REQUIRE(nisc::fiscal_year_of(date::on(1, 1, 1)) == nisc::nothing);  // FY0 is not a fiscal year
}

TEST_CASE("date: the 平成 era", "[date]") {
    STATIC_REQUIRE(nisc::heisei_year_of(date::on(2007, 10, 3)) == heisei_year{19});
    STATIC_REQUIRE(nisc::heisei_year_of(nisc::heisei_first_day) == heisei_year{1});
    STATIC_REQUIRE(nisc::heisei_year_of(nisc::heisei_last_day) == heisei_year{31});
    STATIC_REQUIRE(nisc::heisei_year_of(date::on(1989, 1, 7)) == nisc::nothing);     // 昭和64年
    STATIC_REQUIRE(nisc::heisei_year_of(date::on(2019, 5, 1)) == nisc::nothing);     // 令和元年
    STATIC_REQUIRE(nisc::heisei_year_of(date::in_month(1989, 1)) == nisc::nothing);  // partly 昭和
    STATIC_REQUIRE(nisc::heisei_year_of(date::in_fiscal_year(fiscal_year{2009})) == heisei_year{21});
    STATIC_REQUIRE(nisc::heisei_year_of(date::in_fiscal_year(fiscal_year{2019})) == heisei_year{31});
    STATIC_REQUIRE(nisc::heisei_year_of(date::in_fiscal_year(fiscal_year{2020})) == nisc::nothing);
    STATIC_REQUIRE(nisc::heisei_year_of(date::every_year_on(2, 2)) == nisc::nothing);

    STATIC_REQUIRE(nisc::heisei_date(heisei_year{19}, 10, 3) == date::on(2007, 10, 3));
    STATIC_REQUIRE(nisc::heisei_date(heisei_year{17}, 5, 30) == date::on(2005, 5, 30));
    STATIC_REQUIRE(nisc::heisei_date(heisei_year{1}, 1, 8) == date::on(1989, 1, 8));
    STATIC_REQUIRE(nisc::heisei_date(heisei_year{1}, 1, 7) == nisc::nothing);
    STATIC_REQUIRE(nisc::heisei_date(heisei_year{31}, 5, 1) == nisc::nothing);
    STATIC_REQUIRE(nisc::heisei_date(heisei_year{32}, 1, 1) == nisc::nothing);
    STATIC_REQUIRE(nisc::heisei_date(heisei_year{0}, 1, 1) == nisc::nothing);
    STATIC_REQUIRE(nisc::heisei_date(heisei_year{19}, 2, 30) == nisc::nothing);
}

TEST_CASE("parse_date: the forms the release prints", "[date]") {
    STATIC_REQUIRE(parse_date("平成19年10月3日") == date::on(2007, 10, 3));
    STATIC_REQUIRE(parse_date("平成17年5月30日") == date::on(2005, 5, 30));
    STATIC_REQUIRE(parse_date("平成19年4月20日") == date::on(2007, 4, 20));
    STATIC_REQUIRE(parse_date("平成19年2月2日") == date::on(2007, 2, 2));
    STATIC_REQUIRE(parse_date("平成元年1月8日") == date::on(1989, 1, 8));
    STATIC_REQUIRE(parse_date("2007-10-03") == date::on(2007, 10, 3));
    STATIC_REQUIRE(parse_date("2007-07") == date::in_month(2007, 7));
    STATIC_REQUIRE(parse_date("2007年10月3日") == date::on(2007, 10, 3));
    STATIC_REQUIRE(parse_date("2007年9月") == date::in_month(2007, 9));
    STATIC_REQUIRE(parse_date("2008年2月頃") == date::about(2008, 2));
    STATIC_REQUIRE(parse_date("平成19年9月上旬") == date::early_in(2007, 9));
    STATIC_REQUIRE(parse_date("2007年9月中旬") == date::mid_in(2007, 9));
    STATIC_REQUIRE(parse_date("2007年9月下旬") == date::late_in(2007, 9));
    STATIC_REQUIRE(parse_date("平成20年2月2日前後") == date::around(2008, 2, 2));
    STATIC_REQUIRE(parse_date("平成21年度") == date::in_fiscal_year(fiscal_year{2009}));
    STATIC_REQUIRE(parse_date("2009年度") == date::in_fiscal_year(fiscal_year{2009}));
    STATIC_REQUIRE(parse_date("平成元年度") == date::in_fiscal_year(fiscal_year{1989}));
    STATIC_REQUIRE(parse_date("2月2日") == date::every_year_on(2, 2));
    STATIC_REQUIRE(parse_date("毎年2月2日") == date::every_year_on(2, 2));
    STATIC_REQUIRE(parse_date("9月頃") == date::every_year_about(9));
    STATIC_REQUIRE(parse_date("毎年概ね9月頃") == date::every_year_about(9));
    STATIC_REQUIRE(parse_date("毎年9月頃") == date::every_year_about(9));
    STATIC_REQUIRE(parse_date("概ね2008年2月頃") == date::about(2008, 2));
    // The text may come from a runtime buffer as well.
    const char buffer[] = "平成19年7月20日";
    REQUIRE(parse_date(nisc::label{buffer}) == date::on(2007, 7, 20));
}

TEST_CASE("parse_date: bad input is nothing", "[date]") {
    const char* const bad[] = {
        "",
        "2007-02-30",  // no such day
        "2007-13-01",
        "2007-00",
        "0000-01-01",
        "2007-1-03",
        "2007/10/03",
        "2007-10-03 ",  // trailing text
        " 2007-10-03",
        "2007-10-3x",
        "平成19年2月30日",  // no such day
        "平成19年2月29日",  // 2007 is not a leap year
        "平成32年1月1日",   // 平成 ended in its 31st year
        "平成31年5月1日",   // 令和元年
        "平成元年1月7日",   // 昭和64年
        "平成0年1月1日",
        "平成01年1月1日",
        "平成100年1月1日",
        "平成元年1月",  // partly 昭和
        "平成32年度",
        "昭和64年1月7日",  // another era
        "令和元年5月1日",
        "平成19年",  // a year alone
        "平成19年10月3",
        "平成19年10月3日です",
        "平成年10月3日",
        "7月",  // a month without a year
        "毎年2007年2月2日",
        "概ね2007年9月",  // 概ね without 頃
        "概ね2月2日",
        "2月2日前後",  // around a day of no year
        "毎年9月上旬",
        "2月30日",
        "13月1日",
        "07年7月",
        "２００７年１０月３日",  // full-width digits are not read
        "12345年1月1日",
    };
    for (const char* text : bad) {
        INFO(text);
        CHECK(parse_date(text) == nisc::nothing);
    }
    STATIC_REQUIRE(parse_date("平成32年1月1日") == nisc::nothing);
    STATIC_REQUIRE(parse_date("2007-02-30") == nisc::nothing);
}
