// Tests of <nisc/release_2007_10_03/secure_japan.hpp>: Secure Japan 2007's mid-year progress as
// printed in 本文 §5(1) and 別紙5, both label sets, and each check rejecting a corrupted copy.
#include <nisc/release_2007_10_03/secure_japan.hpp>

#include <nisc_catch.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

using nisc::percent;
using nisc::secure_japan_status;

namespace {

// As printed, typed here independently of the header.
struct printed_status {
    const char* short_ja;  // 本文 §5(1)
    const char* long_ja;   // 別紙5
    std::int64_t measures;
    std::int64_t percent;
};
constexpr printed_status printed[] = {
    {"既に実施済み", "既の実施済み", 27, 17},
    {"実施中であり、年度内に完了予定",
     "既に具体的な検討や実施に向けた準備を進めており、年度内(又は予定内)に実施できる予定", 111, 70},
    {"実施はまだであるが、年度内に完了予定",
     "今後具体的な検討や実施に向けた作業を開始する予定だが、年度内(同上)に実施できる見込み", 18, 11},
    {"年度内に実施できるか不明", "現時点では、年度内(同上)に実施できるどうか不明", 3, 2},
};

}  // namespace

TEST_CASE("secure_japan_2007_progress: 本文 §5(1) as printed", "[secure_japan]") {
    const auto& t = nisc::secure_japan_2007_progress;
    STATIC_REQUIRE(t.size() == 4);
    STATIC_REQUIRE(t.years.first == nisc::fiscal_year{2007});
    STATIC_REQUIRE(t.source.part == nisc::document_part::main_text);
    STATIC_REQUIRE(t.source.section == "§5(1)");
    STATIC_REQUIRE(t.source.unit == nisc::printed_unit::measures);
    std::size_t i = 0;
    for (const auto& row : t) {
        INFO("status " << i);
        REQUIRE(nisc::name_ja(row.status) == printed[i].short_ja);
        REQUIRE(nisc::long_name_ja(row.status) == printed[i].long_ja);
        REQUIRE(row.measures == printed[i].measures);
        REQUIRE(row.printed_percent == percent{printed[i].percent});
        REQUIRE(nisc::progress_of(row.status) == &row);
        ++i;
    }
    REQUIRE(i == 4);
    STATIC_REQUIRE(nisc::secure_japan_2007_total.value == 159);
    STATIC_REQUIRE(nisc::secure_japan_2007_total.source.part == nisc::document_part::main_text);
    STATIC_REQUIRE(nisc::secure_japan_2007_total.source.unit == nisc::printed_unit::measures);
    STATIC_REQUIRE(nisc::progress_of(secure_japan_status::under_way)->measures == 111);
}

TEST_CASE("secure_japan_2007_progress_in_attachment: 別紙5 prints the same figures", "[secure_japan]") {
    const auto& t = nisc::secure_japan_2007_progress_in_attachment;
    STATIC_REQUIRE(t.source.part == nisc::document_part::attachment_5);
    STATIC_REQUIRE(t.source.unit == nisc::printed_unit::measures);
    for (std::size_t i = 0; i < 4; ++i) {
        REQUIRE(t.rows[i].measures == printed[i].measures);
        REQUIRE(t.rows[i].printed_percent == percent{printed[i].percent});
    }
}

TEST_CASE("secure_japan_status: names, both label sets, lookups", "[secure_japan]") {
    STATIC_REQUIRE(nisc::enum_count_v<secure_japan_status> == 4);
    STATIC_REQUIRE(nisc::name_en(secure_japan_status::implemented) == "Already implemented");
    STATIC_REQUIRE(nisc::from_name<secure_japan_status>("年度内に実施できるか不明") == secure_japan_status::uncertain);
    STATIC_REQUIRE(nisc::from_name<secure_japan_status>("Already implemented") == secure_japan_status::implemented);
    STATIC_REQUIRE_FALSE(nisc::long_name_en(secure_japan_status::under_way).empty());
    // The long label with its slip is as printed; the short label is the one that looks it up.
    STATIC_REQUIRE(nisc::long_name_ja(secure_japan_status::implemented) == "既の実施済み");
    STATIC_REQUIRE(nisc::from_name<secure_japan_status>("既の実施済み") == nisc::nothing);
    STATIC_REQUIRE(nisc::from_name<secure_japan_status>("既に実施済み") == secure_japan_status::implemented);
    // Bad input.
    STATIC_REQUIRE(nisc::from_name<secure_japan_status>("実施済み") == nisc::nothing);
    STATIC_REQUIRE(nisc::from_name<secure_japan_status>("") == nisc::nothing);
    constexpr auto bogus = static_cast<secure_japan_status>(4);
    STATIC_REQUIRE(nisc::name_ja(bogus).empty());
    STATIC_REQUIRE(nisc::long_name_ja(bogus).empty());
    STATIC_REQUIRE(nisc::long_name_en(bogus).empty());
    STATIC_REQUIRE(nisc::progress_of(bogus) == nullptr);
    STATIC_REQUIRE(nisc::from_index<secure_japan_status>(4) == nisc::nothing);
    const std::string_view sv = nisc::name_ja(secure_japan_status::not_started);
    REQUIRE(sv == "実施はまだであるが、年度内に完了予定");
}

TEST_CASE("secure_japan checks: the counts sum to 159", "[secure_japan][checks]") {
    using nisc::detail::secure_japan_counts_sum_to_total;
    STATIC_REQUIRE(secure_japan_counts_sum_to_total(nisc::secure_japan_2007_progress, 159));
    STATIC_REQUIRE_FALSE(secure_japan_counts_sum_to_total(nisc::secure_japan_2007_progress, 160));
    constexpr auto one_more = [] {
        auto t = nisc::secure_japan_2007_progress;
        t.rows[2].measures = 19;
        return t;
    }();
    STATIC_REQUIRE_FALSE(secure_japan_counts_sum_to_total(one_more, 159));
    constexpr auto swapped = [] {
        auto t = nisc::secure_japan_2007_progress;
        t.rows[0].status = secure_japan_status::under_way;
        t.rows[1].status = secure_japan_status::implemented;
        return t;
    }();
    STATIC_REQUIRE_FALSE(secure_japan_counts_sum_to_total(swapped, 159));
}

TEST_CASE("secure_japan checks: each percentage is the half-up of count / 159, summing to 100",
          "[secure_japan][checks]") {
    using nisc::detail::secure_japan_percents_round_counts;
    STATIC_REQUIRE(secure_japan_percents_round_counts(nisc::secure_japan_2007_progress, 159));
    constexpr auto truncated = [] {  // 27 / 159 = 16.98%: truncation would print 16
        auto t = nisc::secure_japan_2007_progress;
        t.rows[0].printed_percent = percent{16};
        return t;
    }();
    STATIC_REQUIRE_FALSE(secure_japan_percents_round_counts(truncated, 159));
    constexpr auto moved = [] {  // counts that still sum to 159 but no longer give the printed percentages
        auto t = nisc::secure_japan_2007_progress;
        t.rows[1].measures = 100;
        t.rows[2].measures = 29;
        return t;
    }();
    STATIC_REQUIRE_FALSE(secure_japan_percents_round_counts(moved, 159));
    STATIC_REQUIRE_FALSE(secure_japan_percents_round_counts(nisc::secure_japan_2007_progress, 0));
    constexpr auto thirds = [] {  // every percentage right (1/3 -> 33%), but they sum to 99
        auto t = nisc::secure_japan_2007_progress;
        for (std::size_t i = 0; i < 3; ++i) {
            t.rows[i].measures = 1;
            t.rows[i].printed_percent = percent{33};
        }
        t.rows[3].measures = 0;
        t.rows[3].printed_percent = percent{0};
        return t;
    }();
    STATIC_REQUIRE(nisc::detail::secure_japan_counts_sum_to_total(thirds, 3));
    STATIC_REQUIRE_FALSE(secure_japan_percents_round_counts(thirds, 3));
}

TEST_CASE("secure_japan checks: 本文 and 別紙5 print the same figures", "[secure_japan][checks]") {
    using nisc::detail::secure_japan_printings_agree;
    STATIC_REQUIRE(
        secure_japan_printings_agree(nisc::secure_japan_2007_progress, nisc::secure_japan_2007_progress_in_attachment));
    constexpr auto different = [] {
        auto t = nisc::secure_japan_2007_progress_in_attachment;
        t.rows[3].printed_percent = percent{3};
        return t;
    }();
    STATIC_REQUIRE_FALSE(secure_japan_printings_agree(nisc::secure_japan_2007_progress, different));
    // The same table twice is one printing, not two.
    STATIC_REQUIRE_FALSE(
        secure_japan_printings_agree(nisc::secure_japan_2007_progress, nisc::secure_japan_2007_progress));
}
