// Tests of the export's building blocks: RFC 4180 quoting, JSON escaping, and the records' shape.
#include "records.hpp"
#include "writers.hpp"

#include <nisc_catch.hpp>

#include <string>

using nisc_export::csv_field;
using nisc_export::is_plain_number;
using nisc_export::json_string;

TEST_CASE("export: CSV fields are quoted only when RFC 4180 needs it", "[export]") {
    REQUIRE(csv_field("防衛省") == "防衛省");
    REQUIRE(csv_field("") == "");
    REQUIRE(csv_field("Ministry of Education, Culture") == "\"Ministry of Education, Culture\"");
    REQUIRE(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    REQUIRE(csv_field("two\r\nlines") == "\"two\r\nlines\"");
    REQUIRE(csv_field("a\nb") == "\"a\nb\"");
}

TEST_CASE("export: JSON strings escape what JSON requires and keep UTF-8", "[export]") {
    REQUIRE(json_string("合計") == "\"合計\"");
    REQUIRE(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    REQUIRE(json_string("x\ny\tz") == "\"x\\ny\\tz\"");
    REQUIRE(json_string(std::string{"\x01", 1}) == "\"\\u0001\"");
}

TEST_CASE("export: only plain decimal figures become JSON numbers", "[export]") {
    REQUIRE(is_plain_number("33750112"));
    REQUIRE(is_plain_number("0.8"));
    REQUIRE(is_plain_number("-38"));
    REQUIRE(is_plain_number("0"));
    REQUIRE_FALSE(is_plain_number(""));
    REQUIRE_FALSE(is_plain_number("08"));
    REQUIRE_FALSE(is_plain_number("1."));
    REQUIRE_FALSE(is_plain_number(".5"));
    REQUIRE_FALSE(is_plain_number("2007-10-03"));
    REQUIRE_FALSE(is_plain_number("1,000"));
}

TEST_CASE("export: the records start with the fixed columns and carry every budget figure", "[export]") {
    const auto cols = nisc_export::columns();
    REQUIRE(cols.size() >= 7);
    REQUIRE(std::string{cols[0]} == "table");
    REQUIRE(std::string{cols[6]} == "unit");

    const auto records = nisc_export::release_records();
    std::size_t by_ministry = 0;
    for (const auto& r : records) by_ministry += r.table == "budget_by_ministry" ? 1U : 0U;
    REQUIRE(by_ministry == 60U);  // 19 bodies and the 合計, three years each
    const auto csv = nisc_export::to_csv(records);
    REQUIRE(csv.find("budget_by_ministry,total,合計,2008,amount,33750112,thousand_yen,Total,budget_request,") !=
            std::string::npos);
    REQUIRE(csv.find("budget_summary,e_local_government,電子自治体の安全性,2007,amount,0.8,oku_yen,") !=
            std::string::npos);
    REQUIRE(csv.find("\"Ministry of Education, Culture, Sports, Science and Technology\"") != std::string::npos);
}

TEST_CASE("export: the rest of the release: counts, dates with their precision, lists in printed order", "[export]") {
    const auto csv = nisc_export::to_csv(nisc_export::release_records());
    REQUIRE(csv.find("release_counts,jre_systems_needing_update,JRE 改修が必要なシステム,,count,20,systems,") !=
            std::string::npos);
    REQUIRE(csv.find("release_dates,jre_announcement,報道発表,,date,2007-07-20,date_day,") != std::string::npos);
    REQUIRE(csv.find(",date,2007-09 early,date_early_month,") != std::string::npos);
    REQUIRE(csv.find("release_dates,information_security_day,情報セキュリティの日,,date,--02-02,date_yearly_day,") !=
            std::string::npos);
    REQUIRE(csv.find("release_lists,critical_infrastructure_sectors/logistics,物流,,position,10,position,") !=
            std::string::npos);
    std::size_t dates = 0;
    for (const auto& r : nisc_export::release_records()) {
        if (r.table != "release_dates") continue;
        ++dates;
        REQUIRE(r.measure == "date");
        REQUIRE(r.unit.rfind("date_", 0) == 0);
        REQUIRE_FALSE(r.fiscal_year.has_value());
    }
    REQUIRE(dates == 28U);
}
