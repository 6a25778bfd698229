// compile_time: the release's figures are constants. They can be checked with static_assert,
// used as template arguments, and build types whose shape depends on them; nothing here runs a
// query at run time.
#include <nisc/nisc.hpp>

#include <array>        // std::array
#include <cstddef>      // std::size_t
#include <cstdint>      // std::int32_t, std::int64_t, INT32_MAX
#include <cstdio>       // std::printf
#include <type_traits>  // std::conditional_t, std::is_same_v
#include <utility>      // std::index_sequence, std::make_index_sequence

using namespace nisc::literals;  // 2008_fy, 10'292'493_thousand_yen, 338_oku_yen

// 1. Facts about the figures, checked by the compiler. If a figure in nisc changed, this file
//    would stop compiling rather than print something else.
static_assert(nisc::budget_of(nisc::ministry::defense, 2008_fy) == 10'292'493_thousand_yen);
static_assert(nisc::ranked_by_budget(2008_fy)->front() == nisc::ministry::defense);
static_assert(nisc::round_half_up<nisc::oku_yen>(*nisc::total_budget(2008_fy)) == 338_oku_yen);
static_assert(nisc::budget_of(nisc::policy_area_row::government_organisation, 2007_fy) == nisc::nothing,
              "a blank cell is absent, not zero");

// 2. A figure as a template argument. Amounts, percentages and fiscal years are structural types,
//    so a template takes them whole, unit included: counter_for<nisc::million_yen{5}> does not
//    compile. Here the figure picks the integer type able to hold its count.
template <std::int64_t Count>
using counter_for_count = std::conditional_t<(Count <= INT32_MAX), std::int32_t, std::int64_t>;
template <nisc::thousand_yen Amount>
using counter_for = counter_for_count<Amount.count()>;

constexpr nisc::thousand_yen total_2008 = *nisc::total_budget(2008_fy);  // 33,750,112 thousand yen
static_assert(std::is_same_v<counter_for<total_2008>, std::int32_t>);
// In yen the same total needs 64 bits:
static_assert(std::is_same_v<counter_for_count<total_2008.count() * nisc::thousand_yen::scale::yen>, std::int64_t>);

// 3. Types shaped by figures: a bar of '#' per 10 億円, its length a template argument taken from
//    the 予算額推移 line of one fiscal year, so every bar is a differently sized std::array.
template <nisc::fiscal_year FY>
constexpr std::int64_t trend_oku = nisc::budget_of(nisc::trend_line::total, FY)->count();

template <std::int64_t Oku>
constexpr auto bar() {
    std::array<char, static_cast<std::size_t>((Oku + 5) / 10) + 1> b{};  // half up, + the terminating NUL
    for (std::size_t i = 0; i + 1 < b.size(); ++i) b[i] = '#';
    return b;
}

static_assert(sizeof(bar<trend_oku<2008_fy>>()) == 35, "338 億円 -> 34 marks");

template <int First, std::size_t... I>
void print_trend(std::index_sequence<I...>) {
    // One instantiation of bar<> per year, each with its own array size.
    ((std::printf("FY%d %4lld 億円 %s\n", First + static_cast<int>(I),
                  static_cast<long long>(trend_oku<nisc::fiscal_year{First + static_cast<int>(I)}>),
                  bar<trend_oku<nisc::fiscal_year{First + static_cast<int>(I)}>>().data())),
     ...);
}

// 4. A template parameterised by an enumerator: enumerations are valid template arguments.
template <nisc::ministry M>
struct body_fact {
    static constexpr nisc::label name = nisc::name_en(M);
    static constexpr std::int64_t fy2008 = nisc::budget_of(M, 2008_fy)->count();
};
static_assert(body_fact<nisc::ministry::justice>::fy2008 == 706'444);

int main() {
    std::printf("Every figure below was known to the compiler.\n\n");
    std::printf("Information-security budget, 予算額推移 (別紙3 §1), one # per 10 億円:\n");
    print_trend<2004>(std::make_index_sequence<5>{});

    std::printf("\nFY2008 request total: %lld thousand yen, held in a %zu-byte integer chosen by its size\n",
                static_cast<long long>(total_2008.count()), sizeof(counter_for<total_2008>));
    using justice = body_fact<nisc::ministry::justice>;
    std::printf("%.*s, FY2008: %lld thousand yen\n", static_cast<int>(justice::name.size()), justice::name.data(),
                static_cast<long long>(justice::fy2008));
    return 0;
}
