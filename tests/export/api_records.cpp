// The records the export must contain, emitted through a second code path: the typed queries of
// <nisc/nisc.hpp> (budget_of, total_budget, printed_ratio_to_previous_year, progress_of, find_term,
// agenda_item_for, values_of...) asked item by item, numbers written with std::to_string and dates
// spelt out here from their year, month, day and precision, not with nisc's text functions
// (to_iso_text). check_export.py compares every record of nisc-export's output with these lines.
//
// Output: one record per line, tab-separated: table, code, label_ja, fiscal_year, measure, value, unit, label_en.
#include <nisc/nisc.hpp>

#include "codes.hpp"

#include <cstddef>
#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>
#include <tuple>

namespace {

std::string number(std::int64_t n) {
    return std::to_string(n);
}

// A 億円 figure with the decimals it was printed with, from its count of tenths.
std::string number(nisc::oku_figure f) {
    const std::int64_t tenths = f.amount().count();
    if (f.decimals() == 0) return std::to_string(tenths / 10);
    const std::int64_t magnitude = tenths < 0 ? -tenths : tenths;
    return std::string{tenths < 0 ? "-" : ""} + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

// A date as the export writes it, built from the date's fields: 2007-10-03, 2008-02-02~ (around a
// day), 2007-09 early, 2007-07, 2008-02~ (about a month), FY2009, --02-02 and --09~ (every year).
// (Digits set one by one: g++ 12 at -O3 warns -Wrestrict, wrongly, on "0" + std::to_string(n).)
std::string two_digits(int n) {
    std::string s(2, '0');
    s[0] = static_cast<char>('0' + n / 10 % 10);
    s[1] = static_cast<char>('0' + n % 10);
    return s;
}
std::string iso(nisc::date d) {
    using p = nisc::date_precision;
    const std::string year = d.recurring() ? "-" : std::to_string(d.year());
    const std::string month = year + "-" + two_digits(d.month());
    const std::string day = month + "-" + two_digits(d.day());
    switch (d.precision()) {
        case p::day:
        case p::yearly_day:
            return day;
        case p::around_day:
            return day + "~";
        case p::early_month:
            return month + " early";
        case p::mid_month:
            return month + " mid";
        case p::late_month:
            return month + " late";
        case p::month:
            return month;
        case p::about_month:
        case p::yearly_about_month:
            return month + "~";
        case p::whole_fiscal_year:
            return "FY" + std::to_string(d.year());
    }
    return "?";
}
// The unit of a date record: its printed precision.
std::string_view precision_unit(nisc::date_precision precision) {
    using p = nisc::date_precision;
    switch (precision) {
        case p::day:
            return "date_day";
        case p::around_day:
            return "date_around_day";
        case p::early_month:
            return "date_early_month";
        case p::mid_month:
            return "date_mid_month";
        case p::late_month:
            return "date_late_month";
        case p::month:
            return "date_month";
        case p::about_month:
            return "date_about_month";
        case p::whole_fiscal_year:
            return "date_fiscal_year";
        case p::yearly_day:
            return "date_yearly_day";
        case p::yearly_about_month:
            return "date_yearly_about_month";
    }
    return "?";
}

void line(std::string_view table, std::string_view code, std::string_view label_ja, int fy, std::string_view measure,
          const std::string& value, std::string_view unit, std::string_view label_en) {
    std::cout << table << '\t' << code << '\t' << label_ja << '\t' << (fy ? std::to_string(fy) : std::string{}) << '\t'
              << measure << '\t' << value << '\t' << unit << '\t' << label_en << '\n';
}

void date_line(std::string_view code, std::string_view label_ja, std::string_view label_en, nisc::date d) {
    line("release_dates", code, label_ja, 0, "date", iso(d), precision_unit(d.precision()), label_en);
}
void event_line(std::string_view code, const nisc::event& e) {
    date_line(code, e.name_ja, e.name_en, e.when);
}
void count_line(std::string_view code, std::string_view label_ja, std::string_view label_en, std::string_view measure,
                int value, std::string_view unit) {
    line("release_counts", code, label_ja, 0, measure, number(value), unit, label_en);
}
void item(std::string_view list, std::string_view code, std::string_view measure, std::string_view label_ja,
          std::string_view label_en, const std::string& value, std::string_view unit) {
    line("release_lists", std::string{list} + "/" + std::string{code}, label_ja, 0, measure, value, unit, label_en);
}
void position(std::string_view list, std::string_view code, std::string_view label_ja, std::string_view label_en,
              std::size_t i) {
    item(list, code, "position", label_ja, label_en, std::to_string(i + 1), "position");
}

template <class E>
void named(std::string_view table, E e, int fy, std::string_view measure, const std::string& value,
           std::string_view unit) {
    line(table, nisc_export::code_of(e), nisc::name_ja(e), fy, measure, value, unit, nisc::name_en(e));
}

}  // namespace

int main() {
    using nisc::fiscal_year;

    // 別紙3 §1 予算額推移, 億円: every line, every year that has a figure.
    for (const auto l : nisc::values_of<nisc::trend_line>) {
        for (int y = 2004; y <= 2008; ++y) {
            if (const auto v = nisc::budget_of(l, fiscal_year{y}))
                named("budget_trend", l, y, "amount", number(v->count()), "oku_yen");
        }
    }

    // 別紙3 §1 要求額, 百万円.
    line("budget_request_total", "request_total", "平成20年度予算概算要求額", 2008, "amount",
         number(nisc::budget_request_total.value.count()), "million_yen", "FY2008 budget request");

    // 別紙3 §2, 百万円, and the 前年比 printed on the first row of each area.
    for (const auto r : nisc::values_of<nisc::policy_area_row>) {
        const std::string_view code = nisc::code(r);
        for (int y = 2006; y <= 2008; ++y) {
            if (const auto v = nisc::budget_of(r, fiscal_year{y})) {
                line("budget_by_area", code, nisc::name_ja(r), y, "amount", number(v->count()), "million_yen",
                     nisc::name_en(r));
            }
        }
        const auto area = *nisc::area_of(r);
        if (*nisc::rows_of(area).begin() == r) {
            if (const auto p = nisc::printed_ratio_to_previous_year(area)) {
                line("budget_by_area", code, nisc::name_ja(r), 2008, "ratio_percent", number(p->value()), "percent",
                     nisc::name_en(r));
            }
        }
    }

    // 別紙3 §3, 千円, and the printed 合計.
    for (const auto m : nisc::values_of<nisc::ministry>) {
        for (int y = 2006; y <= 2008; ++y) {
            named("budget_by_ministry", m, y, "amount", number(nisc::budget_of(m, fiscal_year{y})->count()),
                  "thousand_yen");
        }
    }
    for (int y = 2006; y <= 2008; ++y) {
        line("budget_by_ministry", "total", "合計", y, "amount", number(nisc::total_budget(fiscal_year{y})->count()),
             "thousand_yen", "Total");
    }

    // 本文 §3(2) by heading, then §3(1) as the 合計.
    for (const auto h : nisc::values_of<nisc::summary_heading>) {
        for (int y = 2007; y <= 2008; ++y) {
            named("budget_summary", h, y, "amount", number(*nisc::budget_of(h, fiscal_year{y})), "oku_yen");
        }
        const auto& printed = nisc::budget_summary.rows[*nisc::index_of(h)];
        named("budget_summary", h, 2008, "change", number(printed.increase), "oku_yen");
        named("budget_summary", h, 2008, "change_percent", number(printed.increase_percent.value()), "percent");
    }
    const auto& headline = nisc::budget_headline.value;
    line("budget_summary", "total", "合計", 2007, "amount", number(headline.previous_initial.count()), "oku_yen",
         "Total");
    line("budget_summary", "total", "合計", 2008, "amount", number(headline.request.count()), "oku_yen", "Total");
    line("budget_summary", "total", "合計", 2008, "change", number(headline.increase.count()), "oku_yen", "Total");
    line("budget_summary", "total", "合計", 2008, "change_percent", number(headline.increase_percent.value()),
         "percent", "Total");

    // 本文 §5(1), FY2007: each status through progress_of, then the printed 全159施策.
    for (const auto s : nisc::values_of<nisc::secure_japan_status>) {
        const auto* p = nisc::progress_of(s);
        named("secure_japan_2007_progress", s, 2007, "count", number(p->measures), "measures");
        named("secure_japan_2007_progress", s, 2007, "share_percent", number(p->printed_percent.value()), "percent");
    }
    line("secure_japan_2007_progress", "total", "合計", 2007, "count", number(nisc::secure_japan_2007_total.value),
         "measures", "Total");

    // 別紙5: the same, under the long labels.
    for (const auto s : nisc::values_of<nisc::secure_japan_status>) {
        const auto& r = nisc::secure_japan_2007_progress_in_attachment.rows[*nisc::index_of(s)];
        for (const auto& [measure, value, unit] :
             {std::tuple{"count", number(r.measures), "measures"},
              std::tuple{"share_percent", number(r.printed_percent.value()), "percent"}}) {
            line("secure_japan_2007_progress_in_attachment", nisc_export::code_of(s), nisc::long_name_ja(s), 2007,
                 measure, value, unit, nisc::long_name_en(s));
        }
    }

    // Counts, each in the unit the release counts it in.
    count_line("policy_council_meeting_number", "第14回情報セキュリティ政策会議 回次",
               "Number of the council's meeting", "ordinal", nisc::policy_council_meeting.value.number, "times");
    count_line("jre_bodies_needing_update", "JRE 改修が必要なシステムを持つ府省庁",
               "JRE: bodies with systems needing an update", "count", nisc::jre_bodies_needing_update.value, "bodies");
    count_line("jre_systems_needing_update", "JRE 改修が必要なシステム", "JRE: systems needing an update", "count",
               nisc::jre_systems_needing_update.value, "systems");
    count_line("jre_bodies_heard", "JRE 全府省庁ヒアリング(本文)", "JRE: bodies heard (main text)", "count",
               nisc::jre_bodies_heard.value, "bodies");
    count_line("jre_bodies_heard_in_attachment", "JRE 全府省庁ヒアリング(別紙2)", "JRE: bodies heard (attachment 2)",
               "count", nisc::jre_bodies_heard_in_attachment.value, "bodies");
    count_line("international_direction_count", "取組みの方向性", "Directions of the international efforts", "count",
               nisc::international_direction_count.value, "items");
    count_line("critical_infrastructure_sector_count", "重要インフラ分野", "Critical-infrastructure sectors", "count",
               nisc::critical_infrastructure_sector_count.value, "sectors");
    count_line("evaluation_progress_survey_count", "セキュア・ジャパン2007 進捗状況調査",
               "Progress surveys of Secure Japan 2007", "count", nisc::evaluation_progress_survey_count.value, "times");

    // Dates, in the release's order.
    date_line("release_date", "報道発表日", "Date of the release", nisc::release_date.value);
    date_line("budget_attachment_date", "別紙3 日付", "Date of attachment 3", nisc::budget_attachment_date.value);
    date_line("policy_council_meeting", "第14回情報セキュリティ政策会議",
              "14th meeting of the Information Security Policy Council", nisc::policy_council_meeting.value.held);
    date_line("policy_council_establishment", "情報セキュリティ政策会議 設置(IT戦略本部決定)",
              "Establishment of the council by the IT Strategic Headquarters",
              nisc::policy_council_establishment.value.decided);
    int step = 0;
    for (const auto& e : nisc::international_steps.value) event_line("international_step_" + std::to_string(++step), e);
    date_line("international_strategy_deadline", "国際的な情報セキュリティ戦略 策定期限",
              "Deadline set for the international strategy", nisc::international_strategy_deadline.value);
    event_line("jre_survey", nisc::jre_survey);
    event_line("jre_findings", nisc::jre_findings);
    event_line("jre_announcement", nisc::jre_announcement);
    event_line("jre_hearings", nisc::jre_hearings);
    const auto& mail = nisc::priority_inspections.value[2];
    date_line("mail_servers_inspection_start", std::string{mail.target.ja} + " 重点検査開始",
              std::string{mail.target.en} + ": inspections begun", *mail.started);
    date_line("mail_servers_inspection_start_in_main_text", "メールサーバ 重点検査開始(本文)",
              "Mail servers: inspections begun (main text)", nisc::mail_server_inspection_start_in_main_text.value);
    event_line("inspection_report_plan", nisc::inspection_report_plan);
    event_line("dns_standards_revision_plan", nisc::dns_standards_revision_plan);
    event_line("information_security_day", nisc::information_security_day);
    const auto& awards = nisc::security_day_awards.value;
    const std::string awards_ja{awards.name.ja}, awards_en{awards.name.en};
    date_line("security_day_awards", awards_ja, awards_en, awards.held);
    date_line("security_day_awards_fiscal_year", awards_ja + " 実施年度", awards_en + ": fiscal year",
              nisc::date::in_fiscal_year(awards.year));
    date_line("security_day_awards_previous_fiscal_year", awards_ja + " 前回実施年度",
              awards_en + ": previous fiscal year", nisc::date::in_fiscal_year(awards.continues_from));
    int survey = 0;
    for (const auto d : nisc::evaluation_progress_surveys.value) {
        const auto n = std::to_string(++survey);
        date_line("evaluation_progress_survey_" + n, "セキュア・ジャパン2007 進捗状況調査 " + n + "回目",
                  "Progress survey of Secure Japan 2007, number " + n, d);
    }
    date_line("evaluation_policy_drawn_up", "作業方針 策定時期(毎年)", "Work policy drawn up (every year)",
              nisc::evaluation_cycle.value.policy_drawn_up);
    date_line("evaluation_work_until", "評価等の作業 終了時期(翌年)", "Evaluation work runs until (the next year)",
              nisc::evaluation_cycle.value.work_until);
    event_line("evaluation_framework", nisc::evaluation_framework);
    const auto& strategy = nisc::evaluation_feeds.value[1];
    date_line("second_national_strategy_from", std::string{strategy.name.ja} + " 開始",
              std::string{strategy.name.en} + ": first year", *strategy.from);

    // Named lists: positions, and the facts their items carry.
    for (const auto part : nisc::values_of<nisc::document_part>) {
        if (const auto* a = nisc::agenda_item_for(part)) {
            position("agenda", nisc_export::code_of(part), a->heading.ja, a->heading.en,
                     static_cast<std::size_t>(a - nisc::agenda.value.data()));
        }
    }
    for (std::size_t i = 0; i < std::size(nisc_export::international_direction_codes); ++i) {
        const auto& d = nisc::international_directions.value[i];
        position("international_directions", nisc_export::international_direction_codes[i], d.ja, d.en, i);
    }
    for (std::size_t i = 0; i < std::size(nisc_export::international_initiative_codes); ++i) {
        const auto& in = nisc::international_initiatives.value[i];
        const auto code = nisc_export::international_initiative_codes[i];
        position("international_initiatives", code, in.name.ja, in.name.en, i);
        item("international_initiatives", code, "direction", in.name.ja, in.name.en, std::to_string(in.direction + 1),
             "position");
        item("international_initiatives", code, "printed_en", in.name.ja, in.name.en, std::string{in.printed_en},
             "text");
    }
    for (std::size_t i = 0; i < std::size(nisc_export::jre_response_codes); ++i) {
        const auto& r = nisc::jre_responses.value[i];
        const auto code = nisc_export::jre_response_codes[i];
        position("jre_responses", code, r.name_ja, r.name_en, i);
        item("jre_responses", code, "phase", r.name_ja, r.name_en,
             r.phase == nisc::jre_response_phase::interim ? "interim" : "future", "jre_response_phase");
    }
    for (std::size_t i = 0; i < std::size(nisc_export::priority_inspection_codes); ++i) {
        const auto& in = nisc::priority_inspections.value[i];
        const auto code = nisc_export::priority_inspection_codes[i];
        position("priority_inspections", code, in.target.ja, in.target.en, i);
        item("priority_inspections", code, "completed", in.target.ja, in.target.en, in.completed ? "true" : "false",
             "boolean");
    }
    for (const auto s : nisc::values_of<nisc::critical_infrastructure_sector>) {
        position("critical_infrastructure_sectors", nisc_export::code_of(s), nisc::name_ja(s), nisc::name_en(s),
                 *nisc::index_of(s));
    }
    for (std::size_t i = 0; i < std::size(nisc_export::evaluation_content_codes); ++i) {
        const auto& c = nisc::evaluation_work_policy_contents.value[i];
        position("evaluation_work_policy_contents", nisc_export::evaluation_content_codes[i], c.ja, c.en, i);
    }
    for (std::size_t i = 0; i < std::size(nisc_export::evaluation_feed_codes); ++i) {
        const auto& f = nisc::evaluation_feeds.value[i];
        position("evaluation_feeds", nisc_export::evaluation_feed_codes[i], f.name.ja, f.name.en, i);
    }
    // The glossary through find_term, by the terms the footnotes define; the position is the footnote's number.
    for (const std::string_view term : {"JRE", "DNS", "重要インフラ"}) {
        const auto* g = nisc::find_term(term);
        const auto code = nisc_export::glossary_codes[static_cast<std::size_t>(g->footnote - 1)];
        item("glossary", code, "position", g->term, g->meaning_en, std::to_string(g->footnote), "position");
        item("glossary", code, "expansion", g->term, g->meaning_en, std::string{g->expansion}, "text");
    }
    return 0;
}
