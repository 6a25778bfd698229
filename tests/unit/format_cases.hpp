// The std::format cases of <nisc/format.hpp>, shared by the Catch2 test (where the standard
// library has <format>) and by format_libcxx.cpp (libc++ 14, whose <format> works but is not
// announced). `check(produced, expected)` is called once per case.
#ifndef NISC_TESTS_FORMAT_CASES_HPP
#define NISC_TESTS_FORMAT_CASES_HPP

#include <nisc/format.hpp>
#include <nisc/nisc.hpp>

#include <format>
#include <string>
#include <string_view>

template <class Check>
void nisc_format_cases(Check&& check) {
    using nisc::fiscal_year;
    // Amounts: the release's conventions by default, English on request, rounded billions by text_en_billions.
    check(std::format("{}", nisc::thousand_yen{33'750'112}), "33,750,112千円");
    check(std::format("{:ja}", nisc::million_yen{33'750}), "33,750百万円");
    check(std::format("{}", nisc::oku_yen{338}), "338億円");
    check(std::format("{}", nisc::oku_figure::tenths(8)), "0.8億円");
    check(std::format("{:en}", nisc::thousand_yen{33'750'112}), "JPY 33,750,112 thousand");
    check(std::format("{:en}", nisc::oku_yen{338}), "JPY 33.8 billion");
    check(std::format("{:en}", nisc::oku_figure::tenths(8)), "JPY 0.08 billion");
    check(std::format("{}", nisc::text_en_billions(nisc::thousand_yen{33'750'112}, 2)), "JPY 33.75 billion");
    // Percentages, ratios, fiscal years.
    check(std::format("{}", nisc::percent{13}), "13%");
    check(std::format("{:en}", *nisc::make_ratio(38, 300)), "19/150");
    check(std::format("{}", fiscal_year{2008}), "平成20年度");
    check(std::format("{:en}", fiscal_year{2008}), "FY2008");
    check(std::format("{:en}", nisc::heisei_year{20}), "Heisei 20");
    // Names, cells, optional answers, sources, labels.
    check(std::format("{}", nisc::ministry::defense), "防衛省");
    check(std::format("{:en}", nisc::ministry::defense), "Ministry of Defense");
    check(std::format("{:en}", nisc::policy_area_row::local_governments), "Local governments");
    check(std::format("[{}]", nisc::cell<nisc::oku_yen>{nisc::dash}), "[-]");
    check(std::format("[{}]", nisc::cell<nisc::oku_yen>{nisc::blank}), "[]");
    check(std::format("{}", nisc::budget_of(nisc::ministry::defense, fiscal_year{2008})), "10,292,493千円");
    check(std::format("[{}]", nisc::budget_of(nisc::ministry::defense, fiscal_year{2001})), "[]");
    check(std::format("{:en}", nisc::budget_by_ministry.source), "Attachment 3, §3 府省庁別予算額");
    check(std::format("{}", nisc::label{"合計"}), "合計");
    check(std::format("{}", nisc::text_ja(nisc::percent{77})), "77%");
    // The string spec after the language: fill, alignment, width (in bytes for UTF-8 text is
    // library-dependent, so only ASCII text is padded here).
    check(std::format("{:en>10}", fiscal_year{2008}), "    FY2008");
    check(std::format("{:<6}|", nisc::percent{13}), "13%   |");
    check(std::format("{:en*^12}", nisc::percent{5}), "*****5%*****");
}

#endif  // NISC_TESTS_FORMAT_CASES_HPP
