// formatting: the release's figures printed both ways, in its own conventions (33,750,112千円,
// 0.8億円, 平成20年度) and in English (JPY 33,750,112 thousand, FY2008), with <nisc/text.hpp>
// (constexpr, no heap, no iostream) and <nisc/ostream.hpp> (operator<<) on top of it.
#include <nisc/nisc.hpp>
#include <nisc/ostream.hpp>
#include <nisc/text.hpp>

#include <iostream>

namespace {

// The text is computed at compile time: the same functions work in constant expressions.
constexpr auto request_ja = nisc::text_ja(nisc::budget_by_ministry_total.value[2]);
static_assert(request_ja == "33,750,112千円");
static_assert(nisc::text_en_billions(nisc::budget_by_ministry_total.value[2], 2) == "JPY 33.75 billion");

// Prints one value in both languages, side by side.
template <class T>
void both(const char* what, const T& value) {
    std::cout << "  " << what << ": " << value << "  |  " << nisc::in_english(value) << '\n';
}

}  // namespace

int main() {
    using nisc::fiscal_year;
    std::cout << "The FY2008 request, as printed in each table of the release and in English:\n";
    both("別紙3 §3 合計", nisc::budget_by_ministry_total.value[2]);
    both("別紙3 §1 要求額", nisc::budget_request_total.value);
    both("本文 §3(1)", nisc::budget_headline.value.request);
    std::cout << "  rounded half up to 10 million yen: "
              << nisc::text_en_billions(nisc::budget_by_ministry_total.value[2], 2) << '\n';

    std::cout << "\nFiscal years, percentages, names:\n";
    both("year", fiscal_year{2008});
    both("increase", nisc::budget_headline.value.increase_percent);
    both("ministry", nisc::ministry::defense);
    both("policy area", nisc::policy_area_row::local_governments);
    both("basis", *nisc::basis_of(fiscal_year{2008}));

    std::cout << "\n本文 §3(2), each heading with the decimals it was printed with:\n";
    for (const auto& row : nisc::budget_summary) {
        std::cout << "  " << row.heading << ": " << row.amounts[0] << " → " << row.amounts[1] << " (+" << row.increase
                  << ", " << row.increase_percent << ")  |  " << nisc::in_english(row.heading) << ": "
                  << nisc::in_english(row.amounts[0]) << " → " << nisc::in_english(row.amounts[1]) << '\n';
    }

    std::cout << "\nWithout iostream, the same text as plain characters: " << request_ja.c_str() << " ("
              << request_ja.size() << " bytes of UTF-8)\n";
    return 0;
}
