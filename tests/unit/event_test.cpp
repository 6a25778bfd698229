// Tests of <nisc/event.hpp>: dated statements and the chronological-order check.
#include <nisc/event.hpp>

#include <nisc_catch.hpp>

#include <type_traits>

using nisc::date;
using nisc::event;

namespace {
constexpr nisc::source_ref here{nisc::document_part::main_text, "§1", nisc::printed_unit::none};
constexpr nisc::fixed_array<event, 4> timeline{{
    {date::in_month(2007, 7), "七月", "July", here},
    {date::on(2007, 7, 6), "六日", "The 6th", here},
    {date::on(2007, 7, 6), "同日", "The same day", here},
    {date::early_in(2007, 9), "九月上旬", "Early September", here},
}};
}  // namespace

TEST_CASE("event: an aggregate of a date, names and a source", "[event]") {
    STATIC_REQUIRE(std::is_aggregate_v<event>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<event>);
    STATIC_REQUIRE(timeline[1].when == date::on(2007, 7, 6));
    STATIC_REQUIRE(timeline[1].source.section == "§1");
}

TEST_CASE("event checks: in_chronological_order", "[event][checks]") {
    using nisc::detail::in_chronological_order;
    STATIC_REQUIRE(in_chronological_order(timeline));
    constexpr auto swapped = [] {
        auto t = timeline;
        t[0].when = date::on(2007, 7, 7);
        return t;
    }();
    STATIC_REQUIRE_FALSE(in_chronological_order(swapped));
    constexpr auto yearly = [] {
        auto t = timeline;
        t[0].when = date::every_year_on(2, 2);
        return t;
    }();
    STATIC_REQUIRE_FALSE(in_chronological_order(yearly));
    constexpr auto no_such_day = [] {
        auto t = timeline;
        t[3].when = date::on(2007, 9, 31);
        return t;
    }();
    STATIC_REQUIRE_FALSE(in_chronological_order(no_such_day));
    constexpr auto unnamed = [] {
        auto t = timeline;
        t[2].name_en = nisc::label{};
        return t;
    }();
    STATIC_REQUIRE_FALSE(in_chronological_order(unnamed));
}
