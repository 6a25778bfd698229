// Tests of <nisc/release_2007_10_03/security_day.hpp>: Information Security Day and its awards.
#include <nisc/release_2007_10_03/security_day.hpp>

#include <nisc_catch.hpp>

using nisc::date;
using nisc::fiscal_year;

TEST_CASE("security_day: as printed", "[security_day]") {
    STATIC_REQUIRE(nisc::information_security_day.when == date::every_year_on(2, 2));
    STATIC_REQUIRE(nisc::parse_date("2月2日") == nisc::information_security_day.when);
    STATIC_REQUIRE(nisc::information_security_day.name_ja == "情報セキュリティの日");
    STATIC_REQUIRE(nisc::information_security_day.source.section == "§4");
    constexpr auto a = nisc::security_day_awards.value;
    STATIC_REQUIRE(a.name.ja == "情報セキュリティの日功労者表彰");
    STATIC_REQUIRE(a.year == fiscal_year{2007});
    STATIC_REQUIRE(a.continues_from == fiscal_year{2006});
    STATIC_REQUIRE(a.held == date::around(2008, 2, 2));
    STATIC_REQUIRE(nisc::security_day_awards_plan.value.ja == "平成19年度情報セキュリティの日功労者表彰の進め方");
    STATIC_REQUIRE(nisc::security_day_awards_plan.source.part == nisc::document_part::attachment_4);
}

TEST_CASE("security_day checks: the awards fall around the day, in the release's fiscal year",
          "[security_day][checks]") {
    using nisc::detail::awards_on_security_day;
    constexpr auto a = nisc::security_day_awards.value;
    constexpr auto day = nisc::information_security_day.when;
    constexpr auto release = date::on(2007, 10, 3);
    constexpr nisc::label title = nisc::security_day_awards_plan.value.ja;
    STATIC_REQUIRE(awards_on_security_day(a, day, release, title));
    constexpr auto wrong_year = [] {  // 2007-02-02 falls in FY2006
        auto c = nisc::security_day_awards.value;
        c.held = date::around(2007, 2, 2);
        return c;
    }();
    STATIC_REQUIRE_FALSE(awards_on_security_day(wrong_year, day, release, title));
    constexpr auto wrong_day = [] {
        auto c = nisc::security_day_awards.value;
        c.held = date::around(2008, 2, 3);
        return c;
    }();
    STATIC_REQUIRE_FALSE(awards_on_security_day(wrong_day, day, release, title));
    constexpr auto exact_day = [] {  // the release says 前後 (around), not on the day itself
        auto c = nisc::security_day_awards.value;
        c.held = date::on(2008, 2, 2);
        return c;
    }();
    STATIC_REQUIRE_FALSE(awards_on_security_day(exact_day, day, release, title));
    STATIC_REQUIRE_FALSE(awards_on_security_day(a, date::every_year_on(2, 3), release, title));
    STATIC_REQUIRE_FALSE(awards_on_security_day(a, day, date::on(2008, 4, 1), title));
    STATIC_REQUIRE_FALSE(awards_on_security_day(a, day, release, "平成20年度情報セキュリティの日功労者表彰の進め方"));
    constexpr auto no_continuation = [] {
        auto c = nisc::security_day_awards.value;
        c.continues_from = fiscal_year{2005};
        return c;
    }();
    STATIC_REQUIRE_FALSE(awards_on_security_day(no_continuation, day, release, title));
}
