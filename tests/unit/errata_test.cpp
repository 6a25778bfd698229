// Tests of <nisc/release_2007_10_03/errata.hpp>: the errata list, its lookup and its checks.
// (tests/errata_doc/ checks that docs/errata.md lists the same ids in the same order.)
#include <nisc/release_2007_10_03/errata.hpp>

#include <nisc_catch.hpp>

#include <cstddef>
#include <string_view>

using nisc::document_part;

TEST_CASE("errata: every entry is complete and in document order", "[errata]") {
    STATIC_REQUIRE(nisc::errata.size() == 15);
    std::size_t previous_part = 0;
    for (const auto& e : nisc::errata) {
        INFO(std::string_view{e.id});
        REQUIRE_FALSE(e.id.empty());
        REQUIRE_FALSE(e.where.section.empty());
        REQUIRE_FALSE(e.printed.empty());
        REQUIRE_FALSE(e.arithmetic.empty());
        REQUIRE_FALSE(e.accepted_by.empty());
        REQUIRE_FALSE(e.note.empty());
        const auto part = static_cast<std::size_t>(e.where.part);
        REQUIRE(part >= previous_part);
        previous_part = part;
        REQUIRE(nisc::find_erratum(e.id) == &e);
    }
}

TEST_CASE("errata: the entries the release's checks and labels rely on", "[errata]") {
    // The two of the core issue keep their ids.
    STATIC_REQUIRE(nisc::find_erratum("summary-businesses-percent")->printed == "8%");
    STATIC_REQUIRE(nisc::find_erratum("area-ratio-on-first-row")->where.part == document_part::attachment_3);
    // The label slips, where the labels are encoded as printed.
    STATIC_REQUIRE(nisc::find_erratum("secure-japan-already-slip")->printed ==
                   nisc::long_name_ja(nisc::secure_japan_status::implemented));
    STATIC_REQUIRE(nisc::find_erratum("secure-japan-uncertain-slip")->printed ==
                   nisc::long_name_ja(nisc::secure_japan_status::uncertain));
    STATIC_REQUIRE(nisc::find_erratum("secure-japan-status-labels")->accepted_by ==
                   "detail::secure_japan_printings_agree");
    STATIC_REQUIRE(nisc::find_erratum("jre-hearing-counter")->accepted_by == "detail::jre_hearing_covers_every_body");
    // セキユア, at each of its three places.
    int katakana_slips = 0;
    for (const auto& e : nisc::errata) {
        const std::string_view printed = e.printed;
        if (printed.find("セキユア") != std::string_view::npos) ++katakana_slips;
    }
    REQUIRE(katakana_slips == 3);
    // Bad input.
    STATIC_REQUIRE(nisc::find_erratum("no-such-erratum") == nullptr);
    STATIC_REQUIRE(nisc::find_erratum("") == nullptr);
}

TEST_CASE("errata checks: ids unique, every relied-on erratum listed", "[errata][checks]") {
    using nisc::detail::errata_are_listed;
    STATIC_REQUIRE(errata_are_listed(nisc::errata, nisc::summary_percent_errata));
    constexpr auto duplicate = [] {
        auto list = nisc::errata;
        list[14].id = list[3].id;
        return list;
    }();
    STATIC_REQUIRE_FALSE(errata_are_listed(duplicate, nisc::summary_percent_errata));
    constexpr auto renamed = [] {
        auto list = nisc::errata;
        list[1].id = "summary-business-percent";
        return list;
    }();
    STATIC_REQUIRE_FALSE(errata_are_listed(renamed, nisc::summary_percent_errata));
}

TEST_CASE("errata checks: each status-label slip is listed with the label as printed", "[errata][checks]") {
    using nisc::detail::label_slips_are_listed;
    const auto& rows = nisc::enum_rows<nisc::secure_japan_status>::rows;
    STATIC_REQUIRE(label_slips_are_listed(nisc::errata, rows));
    constexpr auto corrected = [] {  // an erratum whose printed text is not what the label holds
        auto list = nisc::errata;
        for (auto& e : list) {
            if (e.id == "secure-japan-already-slip") e.printed = "既に実施済み";
        }
        return list;
    }();
    STATIC_REQUIRE_FALSE(label_slips_are_listed(corrected, rows));
    constexpr auto dropped = [] {
        auto list = nisc::errata;
        for (auto& e : list) {
            if (e.id == "secure-japan-uncertain-slip") e.id = "x";
        }
        return list;
    }();
    STATIC_REQUIRE_FALSE(label_slips_are_listed(dropped, rows));
}
