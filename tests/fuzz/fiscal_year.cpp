// Fuzzes nisc::parse_fiscal_year. Properties: a year it reads is ok(); the input is exactly one of
// the spellings of that year (FY2008, 2008年度, 2008, 平成20年度 / 平成元年度), so formatting the
// result in the input's spelling gives the input back; and every spelling of the result parses back
// to it, and so do nisc's own texts of it, text_ja / text_en / text_plain (round trip: format, then
// parse). 平成1年度 is accepted beside 平成元年度.
#include "fuzz_check.hpp"

#include <nisc/fiscal_year.hpp>
#include <nisc/text.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <cstdio>   // std::snprintf

namespace {

struct spelled {
    char text[32] = {};
    nisc::label view() const { return nisc::label{static_cast<const char*>(text)}; }
};

spelled spell(const char* format, int n) {
    spelled s;
    std::snprintf(s.text, sizeof s.text, format, n);
    return s;
}

spelled heisei(int n) {
    if (n != 1) return spell("平成%d年度", n);
    spelled s;
    std::snprintf(s.text, sizeof s.text, "%s", "平成元年度");
    return s;
}

}  // namespace

// nisc's own texts of a year (<nisc/text.hpp>) read back as that year: format, then parse.
void texts_read_back(nisc::fiscal_year fy) {
    if (!fy.ok()) {
        NISC_FUZZ_CHECK(nisc::text_ja(fy).empty() && nisc::text_en(fy).empty() && nisc::text_plain(fy).empty());
        return;
    }
    NISC_FUZZ_CHECK(nisc::parse_fiscal_year(nisc::text_ja(fy).view()) == fy);
    NISC_FUZZ_CHECK(nisc::parse_fiscal_year(nisc::text_en(fy).view()) == fy);
    NISC_FUZZ_CHECK(nisc::parse_fiscal_year(nisc::text_plain(fy).view()) == fy);
    if (const auto h = nisc::to_heisei(fy)) NISC_FUZZ_CHECK(nisc::parse_fiscal_year(nisc::text_ja(*h).view()) == fy);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Any year from -1 to 10000, from the first two bytes.
    if (size >= 2) texts_read_back(nisc::fiscal_year{(data[0] << 8 | data[1]) % 10'002 - 1});

    const nisc::label text = fuzz_text(data, size);
    const nisc::maybe<nisc::fiscal_year> fy = nisc::parse_fiscal_year(text);
    if (!fy) return 0;
    texts_read_back(*fy);
    NISC_FUZZ_CHECK(fy->ok());

    const int y = fy->start_year();
    const spelled forms[] = {spell("FY%04d", y), spell("%04d年度", y), spell("%04d", y)};
    bool is_one_of_them = false;
    for (const spelled& f : forms) {
        NISC_FUZZ_CHECK(nisc::parse_fiscal_year(f.view()) == fy);
        is_one_of_them = is_one_of_them || f.view() == text;
    }
    if (const auto h = nisc::to_heisei(*fy)) {
        const spelled era = heisei(h->number());
        NISC_FUZZ_CHECK(nisc::parse_fiscal_year(era.view()) == fy);
        NISC_FUZZ_CHECK(nisc::to_fiscal_year(*h) == fy);
        is_one_of_them = is_one_of_them || era.view() == text;
        // 平成1年度 is read too (found by this target): a plain spelling of 平成元年度, not printed by nisc.
        is_one_of_them = is_one_of_them || (h->number() == 1 && spell("平成%d年度", 1).view() == text);
    }
    NISC_FUZZ_CHECK(is_one_of_them);
    return 0;
}
