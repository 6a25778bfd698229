// Tests of <nisc/chrono.hpp>: full dates to and from std::chrono.
#include <nisc/chrono.hpp>

#include <nisc_catch.hpp>

#include <chrono>
#include <optional>

using nisc::date;
using namespace std::chrono;

TEST_CASE("chrono: a day converts to year_month_day and back", "[date][chrono]") {
    STATIC_REQUIRE(*nisc::to_year_month_day(date::on(2007, 10, 3)) == year{2007} / 10 / 3);
    STATIC_REQUIRE(*nisc::to_year_month_day(date::on(2008, 2, 29)) == year{2008} / February / 29);
    STATIC_REQUIRE(nisc::from_year_month_day(year{2007} / 10 / 3) == date::on(2007, 10, 3));
    STATIC_REQUIRE(nisc::from_year_month_day(year{2005} / May / 30) == date::on(2005, 5, 30));
    // 2007-07-20 was 14 days after 2007-07-06.
    STATIC_REQUIRE(*nisc::to_sys_days(date::on(2007, 7, 20)) - *nisc::to_sys_days(date::on(2007, 7, 6)) == days{14});
    STATIC_REQUIRE(nisc::to_sys_days(date::on(1970, 1, 1))->time_since_epoch() == days{0});
    const std::optional<year_month_day> o = nisc::to_year_month_day(date::on(2007, 10, 3));
    REQUIRE(o == year{2007} / 10 / 3);
}

TEST_CASE("chrono: only a day converts; bad input is nothing", "[date][chrono]") {
    STATIC_REQUIRE(nisc::to_year_month_day(date::in_month(2007, 7)) == nisc::nothing);
    STATIC_REQUIRE(nisc::to_year_month_day(date::early_in(2007, 9)) == nisc::nothing);
    STATIC_REQUIRE(nisc::to_year_month_day(date::around(2008, 2, 2)) == nisc::nothing);
    STATIC_REQUIRE(nisc::to_year_month_day(date::every_year_on(2, 2)) == nisc::nothing);
    STATIC_REQUIRE(nisc::to_year_month_day(date::on(2007, 2, 30)) == nisc::nothing);
    STATIC_REQUIRE(nisc::to_sys_days(date{}) == nisc::nothing);
    STATIC_REQUIRE(nisc::from_year_month_day(year{2007} / 2 / 30) == nisc::nothing);
    STATIC_REQUIRE(nisc::from_year_month_day(year{10'000} / 1 / 1) == nisc::nothing);
    STATIC_REQUIRE(nisc::from_year_month_day(year{0} / 1 / 1) == nisc::nothing);
    STATIC_REQUIRE(nisc::from_year_month_day(year{-5} / 1 / 1) == nisc::nothing);
}
