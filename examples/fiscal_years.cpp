// fiscal_years: Japanese fiscal years (April to March) as nisc names them, by the Gregorian year
// they start in, and as the release names them, 平成N年度. Converting both ways, and reading labels.
#include <nisc/nisc.hpp>

#include <cstdio>            // std::printf
#include <initializer_list>  // for (int n : {...})

namespace {

// 平成20年度, or 平成元年度 for the first year of the era.
void print_heisei(nisc::heisei_year h) {
    if (h.number() == 1) {
        std::printf("平成元年度");
    } else {
        std::printf("平成%d年度", h.number());
    }
}

void print_label(nisc::label l) {
    std::printf("%.*s", static_cast<int>(l.size()), l.data());
}

}  // namespace

int main() {
    std::printf("The fiscal years of the release's budget tables:\n");
    for (const auto fy : nisc::budget_trend.years.all()) {
        std::printf("  FY%d = ", fy.start_year());
        // Every FY2004-FY2008 year has a 平成 name; to_heisei still answers a maybe, since most years do not.
        if (const auto h = nisc::to_heisei(fy)) print_heisei(*h);
        std::printf(", April %d to March %d, ", fy.start_year(), fy.end_year());
        print_label(nisc::name_en(*nisc::basis_of(fy)));
        std::printf("\n");
    }

    std::printf("\n平成 to Gregorian (FY = 1988 + N):\n");
    for (const int n : {1, 19, 20, 31, 32}) {
        const nisc::heisei_year h{n};
        std::printf("  平成 %2d -> ", n);
        if (const auto fy = nisc::to_fiscal_year(h)) {
            std::printf("FY%d\n", fy->start_year());
        } else {
            std::printf("no such fiscal year (平成 years run from 1 to 31)\n");
        }
    }

    std::printf("\nGregorian to 平成:\n");
    for (const int y : {1988, 1989, 2008, 2019, 2020}) {
        std::printf("  FY%d -> ", y);
        if (const auto h = nisc::to_heisei(nisc::fiscal_year{y})) {
            print_heisei(*h);
            std::printf("\n");
        } else {
            std::printf("outside the 平成 era\n");
        }
    }

    std::printf("\nReading year labels (nisc::parse_fiscal_year):\n");
    const nisc::label inputs[] = {"平成20年度", "平成元年度", "FY2007", "2006年度", "2008",
                                  "平成32年度", "令和2年度",  "FY08",   ""};
    for (const nisc::label text : inputs) {
        std::printf("  \"");
        print_label(text);
        std::printf("\" -> ");
        if (const auto fy = nisc::parse_fiscal_year(text)) {
            std::printf("FY%d\n", fy->start_year());
        } else {
            std::printf("not a fiscal year\n");
        }
    }

    // With constant arguments the conversions are constant expressions.
    static_assert(nisc::parse_fiscal_year("平成20年度") == nisc::fiscal_year{2008});
    static_assert(nisc::to_heisei(nisc::fiscal_year{2007}) == nisc::heisei_year{19});
    return 0;
}
