// Fuzzes nisc::parse_date and the date texts (<nisc/date.hpp>, <nisc/date_text.hpp>). Properties:
// a date it reads is ok(); to_japanese_text of any ok() date, read or built from the fuzzer's
// numbers with any precision, reads back as the same date (round trip: format, then parse); a
// date that is not ok() has no Japanese text and the ISO text "invalid"; the days an ok() dated
// date can mean run forwards; a 平成 day lies in its 平成 year.
#include "fuzz_check.hpp"

#include <nisc/date.hpp>
#include <nisc/date_text.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t

namespace {

void texts_read_back(nisc::date d) {
    if (!d.ok()) {
        NISC_FUZZ_CHECK(nisc::label{nisc::to_japanese_text(d)}.empty());
        NISC_FUZZ_CHECK(nisc::to_iso_text(d) == "invalid");
        return;
    }
    NISC_FUZZ_CHECK(nisc::parse_date(nisc::to_japanese_text(d)) == d);
    NISC_FUZZ_CHECK(!(nisc::to_iso_text(d) == "invalid"));
    const auto first = nisc::first_day(d);
    const auto last = nisc::last_day(d);
    NISC_FUZZ_CHECK(first.has_value() == last.has_value());
    NISC_FUZZ_CHECK(first.has_value() == !d.recurring());
    if (first) {
        NISC_FUZZ_CHECK(first->ok() && last->ok() && first->is_day() && last->is_day());
        NISC_FUZZ_CHECK(nisc::compare_chronologically(*first, *last) <= 0);
    }
}

// A date of any precision from five bytes: precision, year (two bytes), month, day.
nisc::date built(const std::uint8_t* b) {
    const int y = (b[1] << 8 | b[2]) % 10'002 - 1;  // -1 .. 10000
    const int m = b[3] % 15 - 1;                    // -1 .. 13
    const int d = b[4] % 34 - 1;                    // -1 .. 32
    switch (b[0] % 10) {
        case 0:
            return nisc::date::on(y, m, d);
        case 1:
            return nisc::date::around(y, m, d);
        case 2:
            return nisc::date::early_in(y, m);
        case 3:
            return nisc::date::mid_in(y, m);
        case 4:
            return nisc::date::late_in(y, m);
        case 5:
            return nisc::date::in_month(y, m);
        case 6:
            return nisc::date::about(y, m);
        case 7:
            return nisc::date::in_fiscal_year(nisc::fiscal_year{y});
        case 8:
            return nisc::date::every_year_on(m, d);
        default:
            return nisc::date::every_year_about(m);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size >= 5) {
        texts_read_back(built(data));
        const auto h = nisc::heisei_year{data[1] % 34 - 1};
        if (const auto day = nisc::heisei_date(h, data[3] % 15 - 1, data[4] % 34 - 1)) {
            NISC_FUZZ_CHECK(day->ok() && day->is_day() && nisc::heisei_year_of(*day) == h);
            texts_read_back(*day);
        }
    }
    const nisc::maybe<nisc::date> read = nisc::parse_date(fuzz_text(data, size));
    if (read) {
        NISC_FUZZ_CHECK(read->ok());
        texts_read_back(*read);
    }
    return 0;
}
