// Text for every vocabulary type, without heap or iostream: amounts in the release's conventions
// (33,750,112千円, 0.8億円) and in English (JPY 33,750,112 thousand), fiscal years, percentages and
// names. Everything is constexpr and writes into nisc::fixed_string, a small fixed-capacity string.
// Opt-in: <nisc/nisc.hpp> does not include it. <nisc/ostream.hpp> and <nisc/format.hpp> build on it.
#ifndef NISC_TEXT_HPP
#define NISC_TEXT_HPP

#include <nisc/cell.hpp>
#include <nisc/enum_names.hpp>
#include <nisc/fiscal_year.hpp>
#include <nisc/money.hpp>
#include <nisc/ratio.hpp>
#include <nisc/source.hpp>

#include <nisc/date_text.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::int64_t, std::uint64_t, std::uint8_t
#include <nisc/fixed_array.hpp>
#include <nisc/label.hpp>
#include <nisc/maybe.hpp>
#include <type_traits>  // std::is_same_v

namespace nisc {

/// Up to N bytes of text stored in place: what the text functions return. NUL-terminated, trivially
/// copyable, usable in constant expressions. Converts to nisc::label (and through it to
/// std::string_view or std::string): `std::string_view sv = nisc::text_ja(nisc::percent{13}).view();`
/// Keep the fixed_string alive while a view of it is in use.
template <std::size_t N>
class fixed_string {
public:
    using value_type = char;

    /// The empty text.
    constexpr fixed_string() noexcept = default;
    /// A string literal that fits: `nisc::fixed_string<8> s{"FY2008"};`
    template <std::size_t M>
        requires(M - 1 <= N)
    constexpr explicit fixed_string(const char (&literal)[M]) noexcept {
        for (std::size_t i = 0; i + 1 < M; ++i) data_[i] = literal[i];
        size_ = M - 1;
    }

    [[nodiscard]] static constexpr std::size_t capacity() noexcept { return N; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] constexpr const char* data() const noexcept { return data_; }
    /// The text followed by a NUL, for C interfaces: `std::puts(s.c_str())`.
    [[nodiscard]] constexpr const char* c_str() const noexcept { return data_; }
    [[nodiscard]] constexpr const char* begin() const noexcept { return data_; }
    [[nodiscard]] constexpr const char* end() const noexcept { return data_ + size_; }
    /// A view of the text, valid while this fixed_string lives.
    [[nodiscard]] constexpr label view() const noexcept { return label{data_, size_}; }

    /// Appends `text` whole, or nothing at all when it does not fit; says which.
    constexpr bool append(label text) noexcept {
        if (text.size() > N - size_) return false;
        for (const char c : text) data_[size_++] = c;
        data_[size_] = '\0';
        return true;
    }
    /// Appends one byte if there is room; says whether there was.
    constexpr bool push_back(char c) noexcept {
        if (size_ == N) return false;
        data_[size_++] = c;
        data_[size_] = '\0';
        return true;
    }
    constexpr void clear() noexcept {
        size_ = 0;
        data_[0] = '\0';
    }

    /// Byte-wise equality with any text: `nisc::text_ja(nisc::percent{13}) == "13%"`.
    friend constexpr bool operator==(const fixed_string& a, label b) noexcept { return a.view() == b; }
    friend constexpr bool operator==(const fixed_string& a, const fixed_string& b) noexcept {
        return a.view() == b.view();
    }

private:
    char data_[N + 1]{};
    std::size_t size_ = 0;
};

/// The text most functions here return: room for any amount, percentage, year or date they write.
using short_text = fixed_string<64>;
/// The text of a source reference (part and section label).
using long_text = fixed_string<160>;

/// The two languages of the text functions.
enum class language : std::uint8_t {
    ja,  ///< the release's own conventions: 33,750,112千円, 平成20年度
    en,  ///< English: JPY 33,750,112 thousand, FY2008
};

template <>
struct enum_rows<language> {
    static constexpr fixed_array<enum_row<language>, 2> rows{{
        {language::ja, "日本語", "Japanese"},
        {language::en, "英語", "English"},
    }};
};
static_assert(detail::rows_describe_enum<language>(enum_rows<language>::rows),
              "nisc: language rows must follow enumerator order with unique, non-empty names");

namespace detail {

// Appends the decimal digits of |v|, with a leading '-' for a negative v, grouping the digits of
// the whole part in threes with commas when `grouped`. `decimals` digits of v are the fraction:
// (3375, 2) is "33.75". INT64_MIN is handled through its unsigned magnitude.
template <std::size_t N>
constexpr bool append_decimal(fixed_string<N>& out, std::int64_t v, int decimals, bool grouped) noexcept {
    std::uint64_t u = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    char digits[24]{};
    int len = 0;
    do {
        digits[len++] = static_cast<char>('0' + static_cast<int>(u % 10));
        u /= 10;
    } while (u != 0);
    while (len <= decimals) digits[len++] = '0';  // 8 tenths is "0.8", not ".8"
    fixed_string<48> written;
    if (v < 0) written.push_back('-');
    for (int i = len - 1; i >= 0; --i) {
        written.push_back(digits[i]);
        const int whole_left = i - decimals;  // whole-part digits still to come
        if (grouped && whole_left > 0 && whole_left % 3 == 0) written.push_back(',');
        if (decimals > 0 && i == decimals) written.push_back('.');
    }
    return out.append(written.view());
}

// Drops trailing zeros of a fraction, and the point if nothing is left after it: "30.0" -> "30".
template <std::size_t N>
constexpr fixed_string<N> trim_fraction(const fixed_string<N>& in) noexcept {
    bool has_point = false;
    for (const char c : in) has_point = has_point || c == '.';
    if (!has_point) return in;
    std::size_t keep = in.size();
    while (keep > 0 && in.data()[keep - 1] == '0') --keep;
    if (keep > 0 && in.data()[keep - 1] == '.') --keep;
    fixed_string<N> out;
    out.append(in.view().first(keep));
    return out;
}

inline constexpr std::int64_t powers_of_ten[] = {
    1, 10, 100, 1'000, 10'000, 100'000, 1'000'000, 10'000'000, 100'000'000, 1'000'000'000,
};

// How many decimal digits a scale's unit has below 1億円 (0 for 億円, 1 for tenths of 億円), or -1
// for a scale that is no such power of ten.
template <money_scale S>
constexpr int decimals_below_oku() noexcept {
    if (S::yen > scale::oku::yen) return -1;
    for (int d = 0; d <= 8; ++d) {
        if (S::yen * powers_of_ten[d] == scale::oku::yen) return d;
    }
    return -1;
}

// An amount of a scale counted in 億円 or tenths of 億円, printed as the release prints 億円:
// "338億円", "0.8億円".
template <money_scale S>
constexpr short_text oku_text_ja(std::int64_t count) noexcept {
    short_text out;
    append_decimal(out, count, decimals_below_oku<S>(), true);
    out.append("億円");
    return out;
}

// The same amount in English, exactly, in billions of yen (1億円 = 0.1 billion): "JPY 33.8 billion".
template <money_scale S>
constexpr short_text oku_text_en(std::int64_t count) noexcept {
    short_text number;
    append_decimal(number, count, decimals_below_oku<S>() + 1, true);
    short_text out{"JPY "};
    out.append(trim_fraction(number).view());
    out.append(" billion");
    return out;
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// Amounts.

/// An amount as the release prints it: digits grouped in threes, then its unit.
/// `nisc::text_ja(nisc::thousand_yen{33'750'112}) == "33,750,112千円"`,
/// `nisc::text_ja(nisc::million_yen{33'750}) == "33,750百万円"`, `nisc::text_ja(nisc::oku_yen{338}) == "338億円"`,
/// `nisc::text_ja(nisc::tenth_oku_yen{8}) == "0.8億円"` (tenths keep their one decimal).
template <money_scale S>
[[nodiscard]] constexpr short_text text_ja(money<S> m) noexcept {
    if constexpr (detail::decimals_below_oku<S>() >= 0 && detail::decimals_below_oku<S>() <= 1) {
        return detail::oku_text_ja<S>(m.count());
    } else {
        short_text out;
        detail::append_decimal(out, m.count(), 0, true);
        out.append(S::label_ja);
        return out;
    }
}

/// An amount in English, exact, in the unit that keeps it exact:
/// `nisc::text_en(nisc::thousand_yen{33'750'112}) == "JPY 33,750,112 thousand"`,
/// `nisc::text_en(nisc::million_yen{33'750}) == "JPY 33,750 million"`; 億円 amounts in billions
/// (1億円 = 0.1 billion yen), with no trailing zeros: `nisc::text_en(nisc::oku_yen{338}) == "JPY 33.8 billion"`.
/// For a rounded figure such as "JPY 33.75 billion" see nisc::text_en_billions.
[[nodiscard]] constexpr short_text text_en(thousand_yen m) noexcept {
    short_text out{"JPY "};
    detail::append_decimal(out, m.count(), 0, true);
    out.append(" thousand");
    return out;
}
[[nodiscard]] constexpr short_text text_en(million_yen m) noexcept {
    short_text out{"JPY "};
    detail::append_decimal(out, m.count(), 0, true);
    out.append(" million");
    return out;
}
[[nodiscard]] constexpr short_text text_en(oku_yen m) noexcept {
    return detail::oku_text_en<scale::oku>(m.count());
}
[[nodiscard]] constexpr short_text text_en(tenth_oku_yen m) noexcept {
    return detail::oku_text_en<scale::tenth_oku>(m.count());
}

/// An amount in billions of yen with exactly `decimals` decimals (0 to 6), rounded half up, away
/// from zero on a tie (四捨五入, the rule of the release): the amount is rounded to a whole number of
/// 10^(9 - decimals) yen. `nisc::text_en_billions(nisc::thousand_yen{33'750'112}, 2) == "JPY 33.75 billion"`,
/// `nisc::text_en_billions(nisc::million_yen{505}, 1) == "JPY 0.5 billion"`. Empty for `decimals`
/// outside 0..6 or an amount that would not fit in 64 bits.
template <money_scale S>
[[nodiscard]] constexpr short_text text_en_billions(money<S> m, int decimals) noexcept {
    if (decimals < 0 || decimals > 6) return {};
    const std::int64_t step = detail::powers_of_ten[9 - decimals];  // yen per last printed digit
    std::int64_t scaled = 0;
    if (step % S::yen == 0) {
        scaled = detail::div_round_half_up(m.count(), step / S::yen);
    } else if (S::yen % step == 0) {
        const std::int64_t factor = S::yen / step;
        if (m.count() > detail::int64_max / factor || m.count() < -(detail::int64_max / factor)) return {};
        scaled = m.count() * factor;
    } else {
        return {};
    }
    short_text out{"JPY "};
    detail::append_decimal(out, scaled, decimals, true);
    out.append(" billion");
    return out;
}

/// A 億円 figure with the decimals it was printed with: `nisc::text_ja(nisc::oku_figure::tenths(8)) == "0.8億円"`,
/// `nisc::text_ja(nisc::oku_figure::whole(190)) == "190億円"`.
[[nodiscard]] constexpr short_text text_ja(oku_figure f) noexcept {
    if (f.decimals() == 1) return text_ja(f.amount());
    return text_ja(oku_yen{f.amount().count() / 10});
}
/// A 億円 figure in English billions, exact: `nisc::text_en(nisc::oku_figure::tenths(8)) == "JPY 0.08 billion"`.
[[nodiscard]] constexpr short_text text_en(oku_figure f) noexcept {
    return text_en(f.amount());
}

/// The figure alone, as a data file carries it: no separators, no unit, printed decimals kept.
/// `nisc::text_plain(nisc::thousand_yen{33'750'112}) == "33750112"`, `nisc::text_plain(nisc::oku_figure::tenths(8)) == "0.8"`.
template <money_scale S>
[[nodiscard]] constexpr short_text text_plain(money<S> m) noexcept {
    const int d = detail::decimals_below_oku<S>();
    short_text out;
    detail::append_decimal(out, m.count(), d == 1 ? 1 : 0, false);
    return out;
}
[[nodiscard]] constexpr short_text text_plain(oku_figure f) noexcept {
    if (f.decimals() == 1) return text_plain(f.amount());
    return text_plain(oku_yen{f.amount().count() / 10});
}

/// A count with its digits grouped in threes and no unit, as the release's tables print figures
/// under a unit heading: `nisc::text_grouped(nisc::thousand_yen{33'750'112}.count()) == "33,750,112"`,
/// `nisc::text_grouped(-1'234) == "-1,234"`.
[[nodiscard]] constexpr short_text text_grouped(std::int64_t n) noexcept {
    short_text out;
    detail::append_decimal(out, n, 0, true);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Percentages and ratios.

/// `nisc::text_ja(nisc::percent{13}) == "13%"` (the release prints a half-width %).
[[nodiscard]] constexpr short_text text_ja(percent p) noexcept {
    short_text out;
    detail::append_decimal(out, p.value(), 0, true);
    out.push_back('%');
    return out;
}
/// `nisc::text_en(nisc::percent{13}) == "13%"`.
[[nodiscard]] constexpr short_text text_en(percent p) noexcept {
    return text_ja(p);
}
/// `nisc::text_plain(nisc::percent{250}) == "250"`.
[[nodiscard]] constexpr short_text text_plain(percent p) noexcept {
    short_text out;
    detail::append_decimal(out, p.value(), 0, false);
    return out;
}

/// An exact ratio as a reduced fraction: `nisc::text_ja(*nisc::make_ratio(38, 300)) == "19/150"`.
[[nodiscard]] constexpr short_text text_plain(ratio r) noexcept {
    short_text out;
    detail::append_decimal(out, r.numerator(), 0, false);
    out.push_back('/');
    detail::append_decimal(out, r.denominator(), 0, false);
    return out;
}
[[nodiscard]] constexpr short_text text_ja(ratio r) noexcept {
    return text_plain(r);
}
[[nodiscard]] constexpr short_text text_en(ratio r) noexcept {
    return text_plain(r);
}

// ---------------------------------------------------------------------------------------------
// Fiscal years.

namespace detail {
// A Gregorian year with at least four digits (FY0999, not FY999), the form parse_fiscal_year reads.
constexpr bool append_year(short_text& out, int year) noexcept {
    if (year >= 0 && year < 1000) out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    return append_decimal(out, year, 0, false);
}
}  // namespace detail

/// A fiscal year as the release names it: `nisc::text_ja(nisc::fiscal_year{2008}) == "平成20年度"`,
/// `nisc::text_ja(nisc::fiscal_year{1989}) == "平成元年度"`. A year outside 平成 (FY1989–FY2019) is
/// written by its Gregorian number: `"2020年度"`. Empty for a year that is not `ok()`.
[[nodiscard]] constexpr short_text text_ja(fiscal_year fy) noexcept {
    if (!fy.ok()) return {};
    short_text out;
    if (const auto h = to_heisei(fy)) {
        out.append("平成");
        if (h->number() == 1) {
            out.append("元");
        } else {
            detail::append_decimal(out, h->number(), 0, false);
        }
    } else {
        detail::append_year(out, fy.start_year());
    }
    out.append("年度");
    return out;
}
/// `nisc::text_en(nisc::fiscal_year{2008}) == "FY2008"`; years below 1000 get four digits (`FY0999`), so
/// that parse_fiscal_year reads every year back. Empty for a year that is not `ok()`.
[[nodiscard]] constexpr short_text text_en(fiscal_year fy) noexcept {
    if (!fy.ok()) return {};
    short_text out{"FY"};
    detail::append_year(out, fy.start_year());
    return out;
}
/// The Gregorian start year: `nisc::text_plain(nisc::fiscal_year{2008}) == "2008"`; empty when not `ok()`.
[[nodiscard]] constexpr short_text text_plain(fiscal_year fy) noexcept {
    if (!fy.ok()) return {};
    short_text out;
    detail::append_year(out, fy.start_year());
    return out;
}

/// A 平成 year as a fiscal-year name: `nisc::text_ja(nisc::heisei_year{20}) == "平成20年度"`;
/// empty outside 1..31.
[[nodiscard]] constexpr short_text text_ja(heisei_year h) noexcept {
    const auto fy = to_fiscal_year(h);
    return fy ? text_ja(*fy) : short_text{};
}
/// `nisc::text_en(nisc::heisei_year{20}) == "Heisei 20"`; empty outside 1..31.
[[nodiscard]] constexpr short_text text_en(heisei_year h) noexcept {
    if (!h.ok()) return {};
    short_text out{"Heisei "};
    detail::append_decimal(out, h.number(), 0, false);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Names, cells, sources, optional answers.

/// The name of any described enumeration (ministries, policy areas, statuses...), in Japanese as
/// printed or in English; empty for a value outside the enumeration.
/// `nisc::text_ja(nisc::ministry::defense) == "防衛省"`, `nisc::text_en(nisc::ministry::defense) == "Ministry of Defense"`
template <described_enum E>
[[nodiscard]] constexpr label text_ja(E e) noexcept {
    return name_ja(e);
}
template <described_enum E>
[[nodiscard]] constexpr label text_en(E e) noexcept {
    return name_en(e);
}

/// A printed cell: its figure's text, "-" for a dash, empty for a blank.
/// `nisc::text_ja(nisc::cell<nisc::percent>{nisc::dash}) == "-"`
template <class T>
[[nodiscard]] constexpr auto text_ja(const cell<T>& c) noexcept -> decltype(text_ja(T{})) {
    if (c.has_value()) return text_ja(*c.value());
    return c.is_dash() ? decltype(text_ja(T{})){"-"} : decltype(text_ja(T{})){};
}
template <class T>
[[nodiscard]] constexpr auto text_en(const cell<T>& c) noexcept -> decltype(text_en(T{})) {
    if (c.has_value()) return text_en(*c.value());
    return c.is_dash() ? decltype(text_en(T{})){"-"} : decltype(text_en(T{})){};
}

/// An optional answer: the value's text, or empty for nothing.
/// `nisc::text_ja(nisc::maybe<nisc::percent>{}) == ""`
template <class T>
[[nodiscard]] constexpr auto text_ja(const maybe<T>& m) noexcept -> decltype(text_ja(*m)) {
    if (m) return text_ja(*m);
    return {};
}
template <class T>
[[nodiscard]] constexpr auto text_en(const maybe<T>& m) noexcept -> decltype(text_en(*m)) {
    if (m) return text_en(*m);
    return {};
}

/// Where a datum stands: `"別紙3 §3 府省庁別予算額"`; in English the part is translated and the
/// section label kept as printed: `"Attachment 3, §3 府省庁別予算額"`.
[[nodiscard]] constexpr long_text text_ja(const source_ref& s) noexcept {
    long_text out;
    out.append(name_ja(s.part));
    if (!s.section.empty()) {
        out.push_back(' ');
        out.append(s.section);
    }
    return out;
}
[[nodiscard]] constexpr long_text text_en(const source_ref& s) noexcept {
    long_text out;
    out.append(name_en(s.part));
    if (!s.section.empty()) {
        out.append(", ");
        out.append(s.section);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Dates, with the precision they were printed with.

/// A date as a Japanese text prints it, in the 平成 era where the date lies in it:
/// `nisc::text_ja(nisc::date::on(2007, 10, 3)) == "平成19年10月3日"`, `"平成19年9月上旬"`, `"毎年2月2日"`.
/// Empty for a date that is not `ok()`.
[[nodiscard]] constexpr short_text text_ja(date d) noexcept {
    short_text out;
    if (d.ok()) out.append(to_japanese_text(d).view());
    return out;
}
/// A date in ISO 8601 form, its precision kept: `nisc::text_en(nisc::date::on(2007, 10, 3)) == "2007-10-03"`,
/// `"2007-07"` (a month), `"2007-09 early"`, `"2008-02~"` (about), `"--02-02"` (every year). Empty
/// for a date that is not `ok()`.
[[nodiscard]] constexpr short_text text_en(date d) noexcept {
    short_text out;
    if (d.ok()) out.append(to_iso_text(d).view());
    return out;
}
/// The ISO form, as a data file carries it: the same as text_en.
[[nodiscard]] constexpr short_text text_plain(date d) noexcept {
    return text_en(d);
}

/// The text of `x` in either language: `nisc::text(nisc::fiscal_year{2008}, nisc::language::en) == "FY2008"`.
template <class T>
[[nodiscard]] constexpr auto text(const T& x, language lang) noexcept -> decltype(text_ja(x)) {
    static_assert(std::is_same_v<decltype(text_ja(x)), decltype(text_en(x))>,
                  "nisc: text_ja and text_en of one type must return the same text type");
    if (lang == language::en) return text_en(x);
    return text_ja(x);
}

}  // namespace nisc

#endif  // NISC_TEXT_HPP
