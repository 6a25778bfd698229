// Prints what the library holds of the release beyond the budget, as neutral records that
// tests/source/compare_rest_with_release.py looks for in the release text itself:
//     text  <TAB> id <TAB> a Japanese label the release prints (footnote markers removed)
//     count <TAB> id <TAB> the count <TAB> its printed_unit's code
//     date  <TAB> id <TAB> year <TAB> month <TAB> day <TAB> precision (nisc::date_precision, as a number)
// Only labels the release prints are listed: an event named with nisc's own words for a printed
// sentence (e.g. "JRE緊急調査") is checked by its date alone.
#include <nisc/nisc.hpp>

#include <cstdio>
#include <string>

namespace {

std::string str(nisc::label l) {
    return {l.data(), l.size()};
}

void text(const std::string& id, nisc::label ja) {
    std::printf("text\t%s\t%s\n", id.c_str(), str(ja).c_str());
}

template <class T>
void count(const std::string& id, const nisc::sourced<T>& c) {
    std::printf("count\t%s\t%lld\t%s\n", id.c_str(), static_cast<long long>(c.value),
                str(nisc::name_en(c.source.unit)).c_str());
}

void date(const std::string& id, nisc::date d) {
    std::printf("date\t%s\t%d\t%d\t%d\t%d\n", id.c_str(), d.year(), d.month(), d.day(),
                static_cast<int>(d.precision()));
}

template <class List, class Each>
void each(const std::string& id, const List& list, Each f) {
    int i = 0;
    for (const auto& item : list) f(id + "[" + std::to_string(i++) + "]", item);
}

}  // namespace

int main() {
    // The heading of the release and its meeting.
    date("release_date", nisc::release_date.value);
    date("budget_attachment_date", nisc::budget_attachment_date.value);
    text("release_issuer", nisc::release_issuer.value.name.ja);
    text("release_issuer.abbreviation", nisc::release_issuer.value.abbreviation);
    text("release_title", nisc::release_title.value.ja);
    text("release_subtitle", nisc::release_subtitle.value.ja);
    const auto& meeting = nisc::policy_council_meeting.value;
    text("meeting.council", meeting.council.ja);
    text("meeting.chair", meeting.chair.ja);
    std::printf("count\tmeeting.number\t%d\tordinal_meeting\n", meeting.number);
    date("meeting.held", meeting.held);
    date("establishment.decided", nisc::policy_council_establishment.value.decided);
    text("establishment.decided_by", nisc::policy_council_establishment.value.decided_by.ja);
    each("agenda", nisc::agenda.value, [](const std::string& id, const auto& a) { text(id, a.heading.ja); });

    // 本文 §1 and 別紙1.
    text("international_decision", nisc::international_decision.value.ja);
    each("international_directions", nisc::international_directions.value,
         [](const std::string& id, const auto& d) { text(id, d.ja); });
    count("international_direction_count", nisc::international_direction_count);
    each("international_initiatives", nisc::international_initiatives.value, [](const std::string& id, const auto& i) {
        text(id, i.name.ja);
        text(id + ".printed_en", i.printed_en);
    });
    each("international_steps", nisc::international_steps.value, [](const std::string& id, const nisc::event& e) {
        date(id, e.when);
        text(id + ".name", e.name_ja);
    });
    date("international_strategy_deadline", nisc::international_strategy_deadline.value);

    // 本文 §2 and 別紙2.
    date("jre_survey", nisc::jre_survey.when);
    date("jre_findings", nisc::jre_findings.when);
    text("jre_findings.name", nisc::jre_findings.name_ja);
    date("jre_announcement", nisc::jre_announcement.when);
    text("jre_announcement.name", nisc::jre_announcement.name_ja);
    date("jre_hearings", nisc::jre_hearings.when);
    count("jre_bodies_needing_update", nisc::jre_bodies_needing_update);
    count("jre_systems_needing_update", nisc::jre_systems_needing_update);
    count("jre_bodies_heard", nisc::jre_bodies_heard);
    count("jre_bodies_heard_in_attachment", nisc::jre_bodies_heard_in_attachment);
    for (const auto phase : nisc::values_of<nisc::jre_response_phase>) {
        text("jre_response_phase." + str(nisc::name_en(phase)), nisc::name_ja(phase));
    }
    each("priority_inspections", nisc::priority_inspections.value, [](const std::string& id, const auto& i) {
        if (i.started) date(id + ".started", *i.started);
    });
    date("inspection_report_plan", nisc::inspection_report_plan.when);
    date("dns_standards_revision_plan", nisc::dns_standards_revision_plan.when);

    // 本文 footnote 3: the sectors, and the glossary of all three footnotes.
    for (const auto s : nisc::values_of<nisc::critical_infrastructure_sector>) {
        text("critical_infrastructure_sector." + str(nisc::name_en(s)), nisc::name_ja(s));
    }
    count("critical_infrastructure_sector_count", nisc::critical_infrastructure_sector_count);
    each("glossary", nisc::glossary.value, [](const std::string& id, const auto& g) {
        text(id + ".term", g.term);
        text(id + ".expansion", g.expansion);
    });

    // 本文 §4 and 別紙4.
    date("information_security_day", nisc::information_security_day.when);
    text("information_security_day.name", nisc::information_security_day.name_ja);
    text("security_day_awards", nisc::security_day_awards.value.name.ja);
    date("security_day_awards.held", nisc::security_day_awards.value.held);

    // 本文 §5(1) and 別紙5: both label sets, slips kept.
    for (const auto s : nisc::values_of<nisc::secure_japan_status>) {
        const auto* row = nisc::row_of(s);
        text("secure_japan_status." + str(row->name_en), row->name_ja);
        text("secure_japan_status.long." + str(row->name_en), row->long_name_ja);
    }
    each("secure_japan_2007_progress", nisc::secure_japan_2007_progress, [](const std::string& id, const auto& r) {
        std::printf("count\t%s\t%lld\tmeasures\n", id.c_str(), static_cast<long long>(r.measures));
        std::printf("count\t%s.percent\t%lld\tpercent\n", id.c_str(),
                    static_cast<long long>(r.printed_percent.value()));
    });
    count("secure_japan_2007_total", nisc::secure_japan_2007_total);

    // 本文 §5(2) and 別紙6.
    each("evaluation_work_policy_contents", nisc::evaluation_work_policy_contents.value,
         [](const std::string& id, const auto& c) { text(id, c.ja); });
    each("evaluation_progress_surveys", nisc::evaluation_progress_surveys.value,
         [](const std::string& id, nisc::date d) { date(id, d); });
    count("evaluation_progress_survey_count", nisc::evaluation_progress_survey_count);
    date("evaluation_cycle.policy_drawn_up", nisc::evaluation_cycle.value.policy_drawn_up);
    date("evaluation_cycle.work_until", nisc::evaluation_cycle.value.work_until);
    date("evaluation_framework", nisc::evaluation_framework.when);
    text("evaluation_framework.name", nisc::evaluation_framework.name_ja);
    each("evaluation_feeds", nisc::evaluation_feeds.value, [](const std::string& id, const auto& f) {
        text(id, f.name.ja);
        if (f.from) date(id + ".from", *f.from);
    });
    return 0;
}
