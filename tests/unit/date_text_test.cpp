// Tests of <nisc/date_text.hpp>: dates as ISO-style and Japanese text, read back by parse_date.
#include <nisc/date_text.hpp>

#include <nisc_catch.hpp>

#include <string>

using nisc::date;
using nisc::fiscal_year;

TEST_CASE("date_text: ISO-style text keeps the precision", "[date]") {
    STATIC_REQUIRE(nisc::to_iso_text(date::on(2007, 10, 3)) == "2007-10-03");
    STATIC_REQUIRE(nisc::to_iso_text(date::around(2008, 2, 2)) == "2008-02-02~");
    STATIC_REQUIRE(nisc::to_iso_text(date::early_in(2007, 9)) == "2007-09 early");
    STATIC_REQUIRE(nisc::to_iso_text(date::mid_in(2007, 9)) == "2007-09 mid");
    STATIC_REQUIRE(nisc::to_iso_text(date::late_in(2007, 9)) == "2007-09 late");
    STATIC_REQUIRE(nisc::to_iso_text(date::in_month(2007, 7)) == "2007-07");
    STATIC_REQUIRE(nisc::to_iso_text(date::about(2008, 2)) == "2008-02~");
    STATIC_REQUIRE(nisc::to_iso_text(date::in_fiscal_year(fiscal_year{2009})) == "FY2009");
    STATIC_REQUIRE(nisc::to_iso_text(date::every_year_on(2, 2)) == "--02-02");
    STATIC_REQUIRE(nisc::to_iso_text(date::every_year_about(9)) == "--09~");
    STATIC_REQUIRE(nisc::to_iso_text(date::on(987, 6, 5)) == "0987-06-05");
    STATIC_REQUIRE(nisc::to_iso_text(date::on(2007, 2, 30)) == "invalid");
    const auto t = nisc::to_iso_text(date::on(2007, 10, 3));
    REQUIRE(std::string{t.data(), t.size()} == "2007-10-03");
}

TEST_CASE("date_text: Japanese text, in 平成 where the date lies in it", "[date]") {
    STATIC_REQUIRE(nisc::to_japanese_text(date::on(2007, 10, 3)) == "平成19年10月3日");
    STATIC_REQUIRE(nisc::to_japanese_text(date::on(1989, 1, 8)) == "平成元年1月8日");
    STATIC_REQUIRE(nisc::to_japanese_text(date::on(1989, 1, 7)) == "1989年1月7日");
    STATIC_REQUIRE(nisc::to_japanese_text(date::on(2020, 1, 1)) == "2020年1月1日");
    STATIC_REQUIRE(nisc::to_japanese_text(date::around(2008, 2, 2)) == "平成20年2月2日前後");
    STATIC_REQUIRE(nisc::to_japanese_text(date::early_in(2007, 9)) == "平成19年9月上旬");
    STATIC_REQUIRE(nisc::to_japanese_text(date::mid_in(2007, 9)) == "平成19年9月中旬");
    STATIC_REQUIRE(nisc::to_japanese_text(date::late_in(2007, 9)) == "平成19年9月下旬");
    STATIC_REQUIRE(nisc::to_japanese_text(date::in_month(2007, 7)) == "平成19年7月");
    STATIC_REQUIRE(nisc::to_japanese_text(date::about(2008, 2)) == "平成20年2月頃");
    STATIC_REQUIRE(nisc::to_japanese_text(date::in_fiscal_year(fiscal_year{2009})) == "平成21年度");
    STATIC_REQUIRE(nisc::to_japanese_text(date::in_fiscal_year(fiscal_year{2020})) == "2020年度");
    STATIC_REQUIRE(nisc::to_japanese_text(date::every_year_on(2, 2)) == "毎年2月2日");
    STATIC_REQUIRE(nisc::to_japanese_text(date::every_year_about(9)) == "毎年9月頃");
    STATIC_REQUIRE(nisc::to_japanese_text(date::on(2007, 2, 30)).size() == 0);
}

namespace {
constexpr bool round_trips(date d) {
    const auto j = nisc::to_japanese_text(d);
    return nisc::parse_date(nisc::label{j.data(), j.size()}) == d;
}
}  // namespace

TEST_CASE("date_text: parse_date reads back every Japanese text", "[date]") {
    STATIC_REQUIRE(round_trips(date::on(2007, 10, 3)));
    STATIC_REQUIRE(round_trips(date::on(1989, 1, 8)));
    STATIC_REQUIRE(round_trips(date::on(1989, 1, 7)));
    STATIC_REQUIRE(round_trips(date::on(987, 6, 5)));
    STATIC_REQUIRE(round_trips(date::around(2008, 2, 2)));
    STATIC_REQUIRE(round_trips(date::early_in(2007, 9)));
    STATIC_REQUIRE(round_trips(date::mid_in(2019, 4)));
    STATIC_REQUIRE(round_trips(date::late_in(1989, 1)));
    STATIC_REQUIRE(round_trips(date::in_month(2007, 7)));
    STATIC_REQUIRE(round_trips(date::about(2008, 2)));
    STATIC_REQUIRE(round_trips(date::in_fiscal_year(fiscal_year{2009})));
    STATIC_REQUIRE(round_trips(date::in_fiscal_year(fiscal_year{1989})));
    STATIC_REQUIRE(round_trips(date::in_fiscal_year(fiscal_year{2030})));
    STATIC_REQUIRE(round_trips(date::every_year_on(2, 2)));
    STATIC_REQUIRE(round_trips(date::every_year_about(9)));
    // Every day of 2007 and 2008, and the days around the era's ends.
    int checked = 0;
    for (int y : {1988, 1989, 2007, 2008, 2019, 2020}) {
        for (int m = 1; m <= 12; ++m) {
            for (int d = 1; d <= 31; ++d) {
                const date day = date::on(y, m, d);
                if (!day.ok()) continue;
                REQUIRE(round_trips(day));
                const auto iso = nisc::to_iso_text(day);
                REQUIRE(nisc::parse_date(nisc::label{iso.data(), iso.size()}) == day);
                ++checked;
            }
        }
    }
    REQUIRE(checked == 366 * 3 + 365 * 3);
}
