// Generates the export's records from the typed tables. Each exported table is one short function
// that walks its nisc table and hands each printed figure to a `table_writer`, which turns the typed
// value into the record's value and unit; adding a table is one function and one line in `tables`.
#include "records.hpp"

#include "codes.hpp"

#include <nisc/text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nisc_export {
namespace {

// The value and unit of a typed figure, as the export writes them.
struct figure {
    std::string value;
    std::string unit;
};

template <nisc::money_scale S>
figure figure_of(nisc::money<S> m) {
    return {std::string{nisc::text_plain(m).view()}, std::string{S::code}};
}
figure figure_of(nisc::oku_figure f) {
    return {std::string{nisc::text_plain(f).view()}, std::string{nisc::scale::oku::code}};
}
figure figure_of(nisc::percent p) {
    return {std::string{nisc::text_plain(p).view()}, "percent"};
}

// A printed count (施策, 府省庁, ...) in the unit the release prints it with.
struct count_figure {
    std::int64_t count;
    nisc::printed_unit unit;
};
figure figure_of(count_figure c) {
    return {std::to_string(c.count), std::string{nisc::name_en(c.unit)}};
}

// A date: its ISO text (nisc::to_iso_text, which keeps the precision: 2007-09 early, 2008-02~,
// FY2009, --02-02) and, as unit, the precision it was printed with (date_day, date_early_month, ...).
figure figure_of(nisc::date d) {
    return {std::string{nisc::to_iso_text(d).view()}, std::string{code_of(d.precision())}};
}

// The 1-based position of an item in a printed list (0-based `index`).
struct position_figure {
    std::size_t index;
};
figure figure_of(position_figure p) {
    return {std::to_string(p.index + 1), "position"};
}

// A yes/no fact the release states (an inspection reported done or not).
struct flag_figure {
    bool yes;
};
figure figure_of(flag_figure f) {
    return {f.yes ? "true" : "false", "boolean"};
}

// A code standing for one of a few printed categories (a JRE response's phase), with the
// categories' name as unit.
struct code_figure {
    std::string_view code;
    std::string_view unit;
};
figure figure_of(code_figure c) {
    return {std::string{c.code}, std::string{c.unit}};
}

// Printed text that is itself the datum (a glossary expansion, English printed beside a name).
struct text_figure {
    nisc::label text;
};
figure figure_of(text_figure t) {
    return {std::string{t.text}, "text"};
}

// The names of a row: its code and its labels in both languages.
struct row_names {
    std::string code;
    std::string label_ja;
    std::string label_en;
};

template <class E>
row_names names_of(E e) {
    return {std::string{code_of(e)}, std::string{nisc::name_ja(e)}, std::string{nisc::name_en(e)}};
}

row_names total_row() {
    return {std::string{total_code}, "合計", "Total"};
}

std::string basis_code(nisc::fiscal_year fy) {
    const auto b = nisc::basis_of(fy);
    return b ? std::string{code_of(*b)} : std::string{};
}

// Appends the records of one exported table.
class table_writer {
public:
    table_writer(std::vector<record>& out, std::string_view table, nisc::source_ref source)
        : out_{out}, table_{table}, source_{source} {}

    // Where the following figures stand, when it differs from the table's own source.
    void set_source(nisc::source_ref s) { source_ = s; }

    // One printed figure. Budget amounts carry the basis of their year.
    template <class T>
    void add(const row_names& row, std::optional<nisc::fiscal_year> fy, std::string_view measure, const T& value) {
        figure f = figure_of(value);
        record r;
        r.table = std::string{table_};
        r.code = row.code;
        r.label_ja = row.label_ja;
        r.label_en = row.label_en;
        if (fy) r.fiscal_year = fy->start_year();
        r.measure = std::string{measure};
        r.value = std::move(f.value);
        r.unit = std::move(f.unit);
        if (fy && measure == "amount") r.basis = basis_code(*fy);
        r.source = source_;
        out_.push_back(std::move(r));
    }

    // A printed cell: a record for a figure, none for a blank or a dash.
    template <class T>
    void add_cell(const row_names& row, std::optional<nisc::fiscal_year> fy, std::string_view measure,
                  const nisc::cell<T>& c) {
        if (const auto v = c.value()) add(row, fy, measure, *v);
    }

    // A row of cells (or values), one per year column of `years`.
    template <class Cells, std::size_t Y>
    void add_years(const row_names& row, nisc::year_columns<Y> years, std::string_view measure, const Cells& cells) {
        std::size_t i = 0;
        for (const auto& c : cells) {
            const auto fy = years.at(i++);
            if constexpr (requires {
                              c.has_value();
                              c.is_dash();
                          }) {
                add_cell(row, *fy, measure, c);
            } else {
                add(row, *fy, measure, c);
            }
        }
    }

private:
    std::vector<record>& out_;
    std::string_view table_;
    nisc::source_ref source_;
};

// ---------------------------------------------------------------------------------------------
// The tables. Each function walks one typed table in printed order.

void budget_trend(table_writer& w) {
    for (const auto& line : nisc::budget_trend) {
        w.add_years(names_of(line.line), nisc::budget_trend.years, "amount", line.amounts);
    }
}

void budget_request_total(table_writer& w) {
    const row_names row{"request_total", "平成20年度予算概算要求額", "FY2008 budget request"};
    w.add(row, nisc::fiscal_year{2008}, "amount", nisc::budget_request_total.value);
}

void budget_by_area(table_writer& w) {
    const auto last = nisc::budget_by_area.years.last();
    for (const auto& r : nisc::budget_by_area) {
        const row_names row{std::string{nisc::code(r.row)}, std::string{nisc::name_ja(r.row)},
                            std::string{nisc::name_en(r.row)}};
        w.add_years(row, nisc::budget_by_area.years, "amount", r.amounts);
        w.add_cell(row, last, "ratio_percent", r.ratio_to_previous_year);
    }
}

void budget_by_ministry(table_writer& w) {
    for (const auto& r : nisc::budget_by_ministry) {
        w.add_years(names_of(r.body), nisc::budget_by_ministry.years, "amount", r.amounts);
    }
    w.set_source(nisc::budget_by_ministry_total.source);
    w.add_years(total_row(), nisc::budget_by_ministry.years, "amount", nisc::budget_by_ministry_total.value);
}

void budget_summary(table_writer& w) {
    const auto& years = nisc::budget_summary.years;
    for (const auto& r : nisc::budget_summary) {
        const auto row = names_of(r.heading);
        w.add_years(row, years, "amount", r.amounts);
        w.add(row, years.last(), "change", r.increase);
        w.add(row, years.last(), "change_percent", r.increase_percent);
    }
    // 本文 §3(1), the headline, is the 合計 of the headings' table.
    const auto& h = nisc::budget_headline.value;
    w.set_source(nisc::budget_headline.source);
    const auto row = total_row();
    w.add(row, years.first, "amount", h.previous_initial);
    w.add(row, years.last(), "amount", h.request);
    w.add(row, years.last(), "change", h.increase);
    w.add(row, years.last(), "change_percent", h.increase_percent);
}

// 本文 §5(1): the four statuses with their short labels, measures and printed percentages, and the
// 全159施策 as the 合計. The progress is that of FY2007.
void secure_japan_2007_progress(table_writer& w) {
    const auto& t = nisc::secure_japan_2007_progress;
    const auto fy = t.years.first;
    for (const auto& r : t) {
        const auto row = names_of(r.status);
        w.add(row, fy, "count", count_figure{r.measures, t.source.unit});
        w.add(row, fy, "share_percent", r.printed_percent);
    }
    const auto& total = nisc::secure_japan_2007_total;
    w.set_source(total.source);
    w.add(total_row(), fy, "count", count_figure{total.value, total.source.unit});
}

// 別紙5: the same counts and percentages under the long labels it prints (slips kept as printed).
void secure_japan_2007_progress_in_attachment(table_writer& w) {
    const auto& t = nisc::secure_japan_2007_progress_in_attachment;
    const auto fy = t.years.first;
    for (const auto& r : t) {
        const row_names row{std::string{code_of(r.status)}, std::string{nisc::long_name_ja(r.status)},
                            std::string{nisc::long_name_en(r.status)}};
        w.add(row, fy, "count", count_figure{r.measures, t.source.unit});
        w.add(row, fy, "share_percent", r.printed_percent);
    }
}

// ---------------------------------------------------------------------------------------------
// The rest of the release: counts, dates and named lists. None is a figure by fiscal year, so their
// fiscal_year is blank (a date carries its own year in its value); each record's source is the
// datum's own.

template <class T>
void add_sourced(table_writer& w, const row_names& row, std::string_view measure, const nisc::sourced<T>& s) {
    w.set_source(s.source);
    w.add(row, std::nullopt, measure, count_figure{s.value, s.source.unit});
}

// Every count the release prints outside the budget and Secure Japan tables, and the meeting's number.
void release_counts(table_writer& w) {
    const auto& meeting = nisc::policy_council_meeting;
    w.set_source(meeting.source);
    w.add({"policy_council_meeting_number", "第14回情報セキュリティ政策会議 回次", "Number of the council's meeting"},
          std::nullopt, "ordinal", count_figure{meeting.value.number, meeting.source.unit});
    add_sourced(w,
                {"jre_bodies_needing_update", "JRE 改修が必要なシステムを持つ府省庁",
                 "JRE: bodies with systems needing an update"},
                "count", nisc::jre_bodies_needing_update);
    add_sourced(w, {"jre_systems_needing_update", "JRE 改修が必要なシステム", "JRE: systems needing an update"},
                "count", nisc::jre_systems_needing_update);
    add_sourced(w, {"jre_bodies_heard", "JRE 全府省庁ヒアリング(本文)", "JRE: bodies heard (main text)"}, "count",
                nisc::jre_bodies_heard);
    add_sourced(w,
                {"jre_bodies_heard_in_attachment", "JRE 全府省庁ヒアリング(別紙2)", "JRE: bodies heard (attachment 2)"},
                "count", nisc::jre_bodies_heard_in_attachment);
    add_sourced(w, {"international_direction_count", "取組みの方向性", "Directions of the international efforts"},
                "count", nisc::international_direction_count);
    add_sourced(w, {"critical_infrastructure_sector_count", "重要インフラ分野", "Critical-infrastructure sectors"},
                "count", nisc::critical_infrastructure_sector_count);
    add_sourced(w,
                {"evaluation_progress_survey_count", "セキュア・ジャパン2007 進捗状況調査",
                 "Progress surveys of Secure Japan 2007"},
                "count", nisc::evaluation_progress_survey_count);
}

void add_date(table_writer& w, const row_names& row, nisc::date d, nisc::source_ref source) {
    w.set_source(source);
    w.add(row, std::nullopt, "date", d);
}
void add_event(table_writer& w, std::string_view code, const nisc::event& e) {
    add_date(w, {std::string{code}, std::string{e.name_ja}, std::string{e.name_en}}, e.when, e.source);
}

// Every date the release prints, as printed (its precision in the unit), in the order of the release.
void release_dates(table_writer& w) {
    add_date(w, {"release_date", "報道発表日", "Date of the release"}, nisc::release_date.value,
             nisc::release_date.source);
    add_date(w, {"budget_attachment_date", "別紙3 日付", "Date of attachment 3"}, nisc::budget_attachment_date.value,
             nisc::budget_attachment_date.source);
    const auto& meeting = nisc::policy_council_meeting;
    add_date(w,
             {"policy_council_meeting", "第14回情報セキュリティ政策会議",
              "14th meeting of the Information Security Policy Council"},
             meeting.value.held, meeting.source);
    const auto& council = nisc::policy_council_establishment;
    add_date(w,
             {"policy_council_establishment", "情報セキュリティ政策会議 設置(IT戦略本部決定)",
              "Establishment of the council by the IT Strategic Headquarters"},
             council.value.decided, council.source);
    for (std::size_t i = 0; i < nisc::international_steps.value.size(); ++i) {
        add_event(w, "international_step_" + std::to_string(i + 1), nisc::international_steps.value[i]);
    }
    add_date(w,
             {"international_strategy_deadline", "国際的な情報セキュリティ戦略 策定期限",
              "Deadline set for the international strategy"},
             nisc::international_strategy_deadline.value, nisc::international_strategy_deadline.source);
    add_event(w, "jre_survey", nisc::jre_survey);
    add_event(w, "jre_findings", nisc::jre_findings);
    add_event(w, "jre_announcement", nisc::jre_announcement);
    add_event(w, "jre_hearings", nisc::jre_hearings);
    const auto& inspections = nisc::priority_inspections;
    for (std::size_t i = 0; i < inspections.value.size(); ++i) {
        const auto& in = inspections.value[i];
        if (!in.started) continue;
        add_date(w,
                 {std::string{priority_inspection_codes[i]} + "_inspection_start",
                  std::string{in.target.ja} + " 重点検査開始", std::string{in.target.en} + ": inspections begun"},
                 *in.started, inspections.source);
    }
    add_date(w,
             {"mail_servers_inspection_start_in_main_text", "メールサーバ 重点検査開始(本文)",
              "Mail servers: inspections begun (main text)"},
             nisc::mail_server_inspection_start_in_main_text.value,
             nisc::mail_server_inspection_start_in_main_text.source);
    add_event(w, "inspection_report_plan", nisc::inspection_report_plan);
    add_event(w, "dns_standards_revision_plan", nisc::dns_standards_revision_plan);
    add_event(w, "information_security_day", nisc::information_security_day);
    const auto& awards = nisc::security_day_awards;
    const row_names awards_row{"security_day_awards", std::string{awards.value.name.ja},
                               std::string{awards.value.name.en}};
    add_date(w, awards_row, awards.value.held, awards.source);
    add_date(w,
             {"security_day_awards_fiscal_year", std::string{awards.value.name.ja} + " 実施年度",
              std::string{awards.value.name.en} + ": fiscal year"},
             nisc::date::in_fiscal_year(awards.value.year), awards.source);
    add_date(w,
             {"security_day_awards_previous_fiscal_year", std::string{awards.value.name.ja} + " 前回実施年度",
              std::string{awards.value.name.en} + ": previous fiscal year"},
             nisc::date::in_fiscal_year(awards.value.continues_from), awards.source);
    const auto& surveys = nisc::evaluation_progress_surveys;
    for (std::size_t i = 0; i < surveys.value.size(); ++i) {
        add_date(w,
                 {"evaluation_progress_survey_" + std::to_string(i + 1),
                  "セキュア・ジャパン2007 進捗状況調査 " + std::to_string(i + 1) + "回目",
                  "Progress survey of Secure Japan 2007, number " + std::to_string(i + 1)},
                 surveys.value[i], surveys.source);
    }
    const auto& cycle = nisc::evaluation_cycle;
    add_date(w, {"evaluation_policy_drawn_up", "作業方針 策定時期(毎年)", "Work policy drawn up (every year)"},
             cycle.value.policy_drawn_up, cycle.source);
    add_date(w, {"evaluation_work_until", "評価等の作業 終了時期(翌年)", "Evaluation work runs until (the next year)"},
             cycle.value.work_until, cycle.source);
    add_event(w, "evaluation_framework", nisc::evaluation_framework);
    const auto& feeds = nisc::evaluation_feeds;
    for (std::size_t i = 0; i < feeds.value.size(); ++i) {
        const auto& f = feeds.value[i];
        if (!f.from) continue;
        add_date(w,
                 {std::string{evaluation_feed_codes[i]} + "_from", std::string{f.name.ja} + " 開始",
                  std::string{f.name.en} + ": first year"},
                 *f.from, feeds.source);
    }
}

// A printed list, in printed order: for each item a `position` record (1-based) coded `list/item`,
// then whatever `more` adds for that item under the same names. `names(i, item)` gives the item's
// code and labels.
template <class List, class Names, class More>
void add_list(table_writer& w, std::string_view list, const nisc::sourced<List>& items, Names names, More more) {
    w.set_source(items.source);
    for (std::size_t i = 0; i < items.value.size(); ++i) {
        row_names row = names(i, items.value[i]);
        row.code = std::string{list} + "/" + row.code;
        w.add(row, std::nullopt, "position", position_figure{i});
        more(row, items.value[i]);
    }
}
template <class List, class Names>
void add_list(table_writer& w, std::string_view list, const nisc::sourced<List>& items, Names names) {
    add_list(w, list, items, names, [](const row_names&, const auto&) {});
}

row_names pair_names(std::string_view code, const nisc::name_pair& n) {
    return {std::string{code}, std::string{n.ja}, std::string{n.en}};
}

// The release's named lists: their items' positions, and a few more facts the lists carry (an
// inspection done, a response's phase, an initiative's direction, printed English, a term's expansion).
void release_lists(table_writer& w) {
    add_list(w, "agenda", nisc::agenda,
             [](std::size_t, const auto& a) { return pair_names(code_of(a.attachment), a.heading); });
    add_list(w, "international_directions", nisc::international_directions,
             [](std::size_t i, const auto& d) { return pair_names(international_direction_codes[i], d); });
    add_list(
        w, "international_initiatives", nisc::international_initiatives,
        [](std::size_t i, const auto& in) { return pair_names(international_initiative_codes[i], in.name); },
        [&w](const row_names& row, const auto& in) {
            w.add(row, std::nullopt, "direction", position_figure{in.direction});
            w.add(row, std::nullopt, "printed_en", text_figure{in.printed_en});
        });
    add_list(
        w, "jre_responses", nisc::jre_responses,
        [](std::size_t i, const auto& r) {
            return row_names{std::string{jre_response_codes[i]}, std::string{r.name_ja}, std::string{r.name_en}};
        },
        [&w](const row_names& row, const auto& r) {
            w.add(row, std::nullopt, "phase", code_figure{code_of(r.phase), "jre_response_phase"});
        });
    add_list(
        w, "priority_inspections", nisc::priority_inspections,
        [](std::size_t i, const auto& in) { return pair_names(priority_inspection_codes[i], in.target); },
        [&w](const row_names& row, const auto& in) {
            w.add(row, std::nullopt, "completed", flag_figure{in.completed});
        });
    add_list(w, "critical_infrastructure_sectors", nisc::critical_infrastructure_sectors,
             [](std::size_t, nisc::critical_infrastructure_sector s) { return names_of(s); });
    add_list(w, "evaluation_work_policy_contents", nisc::evaluation_work_policy_contents,
             [](std::size_t i, const auto& c) { return pair_names(evaluation_content_codes[i], c); });
    add_list(w, "evaluation_feeds", nisc::evaluation_feeds,
             [](std::size_t i, const auto& f) { return pair_names(evaluation_feed_codes[i], f.name); });
    // Each footnote is a source of its own: the glossary's records cite theirs.
    add_list(
        w, "glossary", nisc::glossary,
        [&w](std::size_t i, const auto& g) {
            w.set_source(g.source);
            return row_names{std::string{glossary_codes[i]}, std::string{g.term}, std::string{g.meaning_en}};
        },
        [&w](const row_names& row, const auto& g) { w.add(row, std::nullopt, "expansion", text_figure{g.expansion}); });
}

struct table_entry {
    table_info info;
    void (*emit)(table_writer&);
};

constexpr table_entry tables[] = {
    {{"budget_trend", "Information-security budget, FY2004-FY2008 (100 million yen)", nisc::budget_trend.source},
     budget_trend},
    {{"budget_request_total", "FY2008 budget request, total (million yen)", nisc::budget_request_total.source},
     budget_request_total},
    {{"budget_by_area", "Budget by policy area, FY2006-FY2008 (million yen), with the ratio to the previous year",
      nisc::budget_by_area.source},
     budget_by_area},
    {{"budget_by_ministry", "Budget by ministry, FY2006-FY2008 (thousand yen), with the printed total",
      nisc::budget_by_ministry.source},
     budget_by_ministry},
    {{"budget_summary", "The main text's summary of the request (100 million yen), with its headline as total",
      nisc::budget_summary.source},
     budget_summary},
    {{"secure_japan_2007_progress", "Secure Japan 2007: measures by status at mid-year, with the printed percentages",
      nisc::secure_japan_2007_progress.source},
     secure_japan_2007_progress},
    {{"secure_japan_2007_progress_in_attachment",
      "Secure Japan 2007 at mid-year as attachment 5 prints it, under its long labels",
      nisc::secure_japan_2007_progress_in_attachment.source},
     secure_japan_2007_progress_in_attachment},
    {{"release_counts",
      "Every other count the release prints (bodies, systems, sectors, directions, surveys)",
      {nisc::document_part::main_text, "本文, 別紙1, 別紙2, 別紙6", nisc::printed_unit::none}},
     release_counts},
    {{"release_dates",
      "Every date the release prints, with its printed precision",
      {nisc::document_part::main_text, "本文, 別紙1-別紙6", nisc::printed_unit::none}},
     release_dates},
    {{"release_lists",
      "The release's named lists, item by item in printed order",
      {nisc::document_part::main_text, "本文, 別紙1, 別紙2, 別紙6", nisc::printed_unit::items}},
     release_lists},
};

}  // namespace

std::vector<table_info> exported_tables() {
    std::vector<table_info> out;
    for (const auto& t : tables) out.push_back(t.info);
    return out;
}

std::vector<record> release_records() {
    std::vector<record> out;
    for (const auto& t : tables) {
        table_writer w{out, t.info.name, t.info.source};
        t.emit(w);
    }
    return out;
}

namespace {
constexpr std::string_view column_names[] = {
    "table", "code", "label_ja", "fiscal_year", "measure", "value", "unit", "label_en", "basis", "source",
};
}  // namespace

std::span<const std::string_view> columns() {
    return column_names;
}

std::string cell_text(const record& r, std::size_t column) {
    switch (column) {
        case 0:
            return r.table;
        case 1:
            return r.code;
        case 2:
            return r.label_ja;
        case 3:
            return r.fiscal_year ? std::to_string(*r.fiscal_year) : std::string{};
        case 4:
            return r.measure;
        case 5:
            return r.value;
        case 6:
            return r.unit;
        case 7:
            return r.label_en;
        case 8:
            return r.basis;
        case 9:
            return std::string{nisc::text_ja(r.source).view()};
        default:
            return {};
    }
}

release_info release() {
    return {
        "内閣官房情報セキュリティセンター",
        "National Information Security Center (NISC), Cabinet Secretariat",
        "第14回情報セキュリティ政策会議の開催について",
        "The 14th meeting of the Information Security Policy Council",
        "2007-10-03",
    };
}

}  // namespace nisc_export
