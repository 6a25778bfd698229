// timeline: every dated statement of the 2007-10-03 NISC press release, in chronological order,
// each with the precision the release printed it with and the place where it stands.
//
// The dates come from nisc's typed data; where the library holds a plain date rather than a named
// event, this program gives it a short label of its own. Sorting mixed precisions (a day, a month,
// early September, about February) uses nisc::compare_chronologically.
#include <nisc/date_text.hpp>  // to_iso_text, to_japanese_text (opt-in)
#include <nisc/nisc.hpp>

#include <algorithm>  // std::stable_sort
#include <cstdio>     // std::printf
#include <vector>     // std::vector

namespace {

struct line {
    nisc::date when;
    nisc::label what_ja;
    nisc::label what_en;
    nisc::source_ref source;
};

void add(std::vector<line>& lines, const nisc::event& e) {
    lines.push_back({e.when, e.name_ja, e.name_en, e.source});
}

template <class T>
void add(std::vector<line>& lines, nisc::date when, nisc::label ja, nisc::label en, const nisc::sourced<T>& from) {
    lines.push_back({when, ja, en, from.source});
}

std::vector<line> dated_statements() {
    using namespace nisc::literals;
    std::vector<line> lines;
    add(lines, nisc::policy_council_establishment.value.decided, "情報セキュリティ政策会議の設置"_label,
        "The Information Security Policy Council is set up by the IT Strategic Headquarters"_label,
        nisc::policy_council_establishment);
    add(lines, nisc::evaluation_framework);
    for (const auto& step : nisc::international_steps.value) add(lines, step);
    add(lines, nisc::international_strategy_deadline.value, "国際戦略の策定期限"_label,
        "Deadline set for the international strategy (by July)"_label, nisc::international_strategy_deadline);
    add(lines, nisc::jre_survey);
    add(lines, nisc::jre_findings);
    add(lines, nisc::jre_announcement);
    add(lines, nisc::jre_hearings);
    for (const auto& i : nisc::priority_inspections.value) {
        if (i.started) {
            add(lines, *i.started, "メールサーバの重点検査(開始)"_label,
                "Priority inspection of mail servers begins"_label, nisc::priority_inspections);
        }
    }
    add(lines, nisc::evaluation_progress_surveys.value[0], "進捗状況調査(1回目)"_label,
        "First progress survey of Secure Japan 2007"_label, nisc::evaluation_progress_surveys);
    add(lines, nisc::evaluation_progress_surveys.value[1], "進捗状況調査(2回目)"_label,
        "Second progress survey of Secure Japan 2007"_label, nisc::evaluation_progress_surveys);
    add(lines, nisc::policy_council_meeting.value.held, "第14回情報セキュリティ政策会議"_label,
        "14th meeting of the Information Security Policy Council; this release"_label, nisc::policy_council_meeting);
    add(lines, nisc::inspection_report_plan);
    add(lines, nisc::dns_standards_revision_plan);
    add(lines, nisc::security_day_awards.value.held, nisc::security_day_awards.value.name.ja,
        nisc::security_day_awards.value.name.en, nisc::security_day_awards);
    for (const auto& f : nisc::evaluation_feeds.value) {
        if (f.from) add(lines, *f.from, f.name.ja, f.name.en, nisc::evaluation_feeds);
    }
    add(lines, nisc::information_security_day);
    add(lines, nisc::evaluation_cycle.value.policy_drawn_up, "作業方針の策定"_label,
        "NISC draws up the evaluation work policy"_label, nisc::evaluation_cycle);
    add(lines, nisc::evaluation_cycle.value.work_until, "評価・補完調査・分析の作業(翌年まで)"_label,
        "Evaluation work runs until about March of the next year"_label, nisc::evaluation_cycle);
    return lines;
}

void print(nisc::label l) {
    std::printf("%.*s", static_cast<int>(l.size()), l.data());
}

}  // namespace

int main() {
    std::vector<line> lines = dated_statements();
    // compare_chronologically puts yearly dates first; list them last instead, in the order added
    // (the evaluation cycle runs from September to the following March).
    std::stable_sort(lines.begin(), lines.end(), [](const line& a, const line& b) {
        if (a.when.recurring() || b.when.recurring()) return !a.when.recurring() && b.when.recurring();
        return nisc::compare_chronologically(a.when, b.when) < 0;
    });

    std::printf("Dated statements of the NISC press release of ");
    print(nisc::to_japanese_text(nisc::release_date.value).view());
    std::printf(" (%s), in order\n\n", nisc::to_iso_text(nisc::release_date.value).data());
    std::printf("%-14s %-20s %s\n", "date", "as printed", "what, and where the release says so");
    for (const auto& l : lines) {
        const auto iso = nisc::to_iso_text(l.when);
        const auto ja = nisc::to_japanese_text(l.when);
        std::printf("%-14.*s ", static_cast<int>(iso.size()), iso.data());
        print(ja.view());
        // Pad the Japanese date by display columns: each 3-byte UTF-8 character takes two.
        int columns = 0;
        for (const char c : ja.view()) columns += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0 : 1;
        const int wide = static_cast<int>(ja.size() - static_cast<std::size_t>(columns)) / 2;
        std::printf("%*s ", 20 - columns - wide > 0 ? 20 - columns - wide : 0, "");
        print(l.what_en);
        std::printf("\n%36s", "");
        print(l.what_ja);
        std::printf("  [");
        print(nisc::name_ja(l.source.part));
        std::printf(" ");
        print(l.source.section);
        std::printf("]\n");
    }
    std::printf(
        "\nEvery date above is checked at compile time: each is a real day, month or fiscal year,\n"
        "and the release's own orderings (findings before announcement, steps before the\n"
        "decision, surveys within FY2007, awards on Information Security Day) hold.\n");
    return 0;
}
