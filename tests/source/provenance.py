#!/usr/bin/env python3
"""Provenance that can be checked (issue 10, point 3): for every record of the export, its label
and its value are found inside the part and section its `source` names.
  - source: the source names at least one section of the text (release_text.py reads the text's
    sections and the way a source names them); a page label it names (別紙1-1) must be a page those
    lines stand on (a page label closes its page in this text);
  - label: label_ja occurs verbatim in those lines, unless it is nisc's wording (label_ja_origin =
    nisc, or nisc_wording.tsv until the export has the column);
  - value, unless nisc infers it (value_origin = inferred, or inferred.tsv until then):
      a figure, count, percentage or ordinal: a numeral there carries it, as census.py reads them
        (value, unit, row and column, the label's line);
      a date: a date expression there carries it, the year included when the record has one (a
        year left to the context is nisc's reading: mark it inferred);
      a position in a list: the items' labels stand there in that order;
      a text value (the English 別紙1 prints, an expansion): verbatim there;
      completed (true/false): 実施済・完了・終了 or 実施中 printed with the item's label;
      a JRE response's phase: its key words stand under 当面の対応 or 今後の対応 there;
      an initiative's direction: its name stands under that direction's heading there;
  - basis (当初予算 or 概算要求 where the export gives one): the word is printed there, unless it
    is nisc's reading (basis_origin = inferred, or inferred.tsv with measure `basis`).
A record marked inferred whose value is found there after all, or a label marked nisc's that is
printed there, fails too (the mark is wrong). What the data gets wrong today is listed in
temporary.tsv (list `provenance`); an entry that no longer fails must go.
Usage: provenance.py <release text> <nisc-export> [--csv FILE] [--self-test]
Exit 77 (skipped) when the release text is not there."""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import census as census_module  # noqa: E402
import release_text as rt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NUMERIC_MEASURES = {"amount", "count", "share_percent", "ratio_percent", "change", "change_percent", "ordinal"}
BASIS_WORDS = {"initial_budget": "当初予算", "budget_request": "概算要求"}
PHASE_HEADINGS = {"interim": "当面の対応", "future": "今後の対応"}
COMPLETED_WORDS = {"true": r"実施済|完了|終了", "false": r"実施中"}


class Provenance:
    def __init__(self, text, csv_text):
        self.release = rt.Release(text)
        self.records = rt.load_records(csv_text)
        self.census = census_module.Census(self.release, self.records)
        self.nisc = rt.read_list(os.path.join(HERE, "nisc_wording.tsv"))
        self.inferred = rt.read_list(os.path.join(HERE, "inferred.tsv"))

    def lines(self, r):
        return self.release.lines_in(r["_places"])

    def where(self, r, text):
        """(line number, column) of the first occurrence of `text` (normalised) in the record's lines."""
        t = rt.normalise(text.translate(rt.FULL_WIDTH))
        for line in self.lines(r):
            i = line.norm.find(t) if t else -1
            if i >= 0:
                return line.number, i
        return None

    def locate(self, r):
        """Where a record's item stands: its label, or the key words of a label in nisc's words."""
        if not rt.label_is_nisc(r, self.nisc):
            return self.where(r, r["label_ja"])
        anchor = rt.anchor_of(r["label_ja"])
        return self.where(r, anchor) if anchor else None

    def value_found(self, r):
        """None when the value is found at the record's source, else why not."""
        measure, unit = r["measure"], r["unit"]
        lines = self.lines(r)
        numerals = [n for l in lines for n in self.census.by_line.get(l.number, [])]
        if measure in NUMERIC_MEASURES:
            if any(self.census.carriers(n, only=[r]) for n in numerals):
                return None
            return f"no numeral of {r['source']} carries {r['value']}"
        if unit.startswith("date"):
            carried = [n for n in numerals if self.census.carriers(n, only=[r])]
            if not carried:
                return f"no date printed in {r['source']} is {r['value']}"
            d = rt.parse_date_value(r["value"])
            if d and d.get("year") is not None:
                if not any(k == "date" and dd["year"] is not None for n in carried for k, dd in n.readings):
                    return f"{r['source']} prints the date of {r['value']} without its year"
            return None
        if measure == "position":
            return self.position_found(r)
        if unit == "text":
            return None if self.where(r, r["value"]) else f"{r['value']!r} is not printed in {r['source']}"
        if measure == "completed":
            anchor = rt.normalise(r["label_ja"])
            for line in lines:
                if anchor in line.norm and re.search(COMPLETED_WORDS.get(r["value"], "$^"), line.norm):
                    return None
            return f"{r['source']} does not print {anchor} as {'done' if r['value'] == 'true' else 'under way'}"
        if measure == "phase":
            return self.phase_found(r)
        if measure == "direction":
            return self.direction_found(r)
        return f"no check knows the measure {measure!r} (provenance.py must learn it)"

    def position_found(self, r):
        prefix = r["code"].split("/", 1)[0] + "/"
        items = sorted((x for x in self.records if x["table"] == r["table"] and x["code"].startswith(prefix)
                        and x["measure"] == "position"), key=lambda x: int(x["value"]))
        here = self.locate(r)
        if here is None:
            return f"its label stands nowhere in {r['source']}, so its position cannot be read there"
        i = next(k for k, x in enumerate(items) if x is r)
        if i > 0:
            before = self.locate(items[i - 1])
            if before is not None and not before < here:
                return f"printed before item {items[i - 1]['value']} ({items[i - 1]['label_ja']}), not after it"
        return None

    def phase_found(self, r):
        heading = PHASE_HEADINGS.get(r["value"])
        if heading is None:
            return f"unknown phase {r['value']!r}"
        headings = {v: next((l.number for l in self.lines(r) if l.norm.strip() == h), None)
                    for v, h in PHASE_HEADINGS.items()}
        here = self.locate(r)
        if headings[r["value"]] is None or here is None:
            return f"{r['source']} has no {heading} heading with the item under it"
        after = [n for n in headings.values() if n is not None and n > headings[r["value"]]]
        if here[0] > headings[r["value"]] and (not after or here[0] < min(after)):
            return None
        return f"the item does not stand under {heading}"

    def direction_found(self, r):
        directions = sorted((x for x in self.records if x["table"] == r["table"] and
                             x["code"].startswith("international_directions/") and x["measure"] == "position"),
                            key=lambda x: int(x["value"]))
        lines = self.lines(r)
        starts = []
        for d in directions:
            label = rt.normalise(d["label_ja"])
            starts.append(next((l.number for l in lines if l.norm.startswith(label)), None))
        k = int(r["value"]) - 1
        if not 0 <= k < len(starts) or starts[k] is None:
            return f"{r['source']} prints no heading of direction {r['value']}"
        end = next((s for s in starts[k + 1:] if s is not None), 10 ** 9)
        names = [r["label_ja"]] + [x["value"] for x in self.records
                                   if x["code"] == r["code"] and x["measure"] == "printed_en"]
        for line in lines:
            if starts[k] <= line.number < end and any(rt.normalise(nm) in line.norm for nm in names):
                return None
        return f"the initiative does not stand under direction {r['value']} in {r['source']}"

    def check(self):
        """{(table, code, measure, check): message} of every failing check, and counts."""
        failing = {}
        counts = {"records": len(self.records), "inferred": 0, "inferred_bases": 0, "nisc_labels": 0, "basis_checked": 0}
        for r in self.records:
            key = lambda check: (r["table"], r["code"], r["measure"], r["fiscal_year"], check)  # noqa: E731
            name = rt.record_id(r)
            if not r["_places"]:
                failing[key("source")] = f"{name}: source {r['source']!r} names no section of the text"
                continue
            if r["_page"] and not any(r["_page"] in l.pages for l in self.lines(r)):
                pages = sorted({p for l in self.lines(r) for p in l.pages})
                failing[key("page")] = f"{name}: source names page {r['_page']}, the section stands on {pages}"
            printed = self.where(r, r["label_ja"]) is not None
            if rt.label_is_nisc(r, self.nisc):
                counts["nisc_labels"] += 1
                if printed:
                    failing[key("label")] = f"{name}: label marked nisc's wording, printed in {r['source']}"
            elif not printed:
                failing[key("label")] = f"{name}: label {r['label_ja']!r} is not printed in {r['source']}"
            why = self.value_found(r)
            if rt.value_is_inferred(r, self.inferred):
                counts["inferred"] += 1
                if why is None:
                    failing[key("value")] = f"{name}: value marked inferred, but {r['source']} prints it"
            elif why is not None:
                failing[key("value")] = f"{name}: {why}"
            if r.get("basis"):
                word = BASIS_WORDS.get(r["basis"])
                found = word is not None and any(word in l.norm for l in self.lines(r))
                if rt.basis_is_inferred(r, self.inferred):
                    counts["inferred_bases"] += 1
                    if found:
                        failing[key("basis")] = f"{name}: basis marked inferred, but {r['source']} prints {word}"
                else:
                    counts["basis_checked"] += 1
                    if not found:
                        failing[key("basis")] = f"{name}: {r['source']} does not print {word or r['basis']}"
        return failing, counts


def run(text, csv_text):
    p = Provenance(text, csv_text)
    failing, counts = p.check()
    errors = []
    temporary = [e for e in rt.read_list(os.path.join(HERE, "temporary.tsv")) if e["list"] == "provenance"]
    expected = 0
    for e in temporary:
        keys = [k for k in failing if k[0] == e["table"] and k[1] == e["code"] and e["measure"] in ("*", k[2])
                and k[4] == e["check"]]
        if not keys:
            errors.append(f"temporary.tsv (TEMPORARY, provenance): {e['table']}/{e['code']} {e['measure']} "
                          f"{e['check']}: passes now (or no such record); remove the entry")
        for k in keys:
            failing.pop(k)
            expected += 1
    errors = sorted(failing.values()) + errors
    summary = (f"{counts['records']} records: source, label and value found where the source says, except "
               f"{counts['nisc_labels']} labels in nisc's words and {counts['inferred']} values nisc infers "
               f"(marked); bases: {counts['basis_checked']} printed, {counts['inferred_bases']} nisc's reading; "
               f"{expected} failures expected today (TEMPORARY, temporary.tsv)")
    return errors, summary


def self_test(text, csv_text):
    def swap_source(old, new):
        assert old in csv_text, old
        return csv_text.replace(old, new)

    trials = [
        ("a record sourced to the wrong section (evaluation_framework to 別紙6 評価方法)",
         text, swap_source("(a decision and an understanding),,別紙6 策定の根拠", "(a decision and an understanding),,別紙6 評価方法"),
         "release_dates/evaluation_framework date = 2007-02-02: no date printed in 別紙6 評価方法"),
        ("a value changed (27施策 -> 28)",
         text, csv_text.replace("既に実施済み,2007,count,27,", "既に実施済み,2007,count,28,"),
         "secure_japan_2007_progress/implemented count FY2007 = 28: no numeral"),
        ("a source naming no section",
         text, csv_text.replace(",本文 脚注3 重要インフラ\n", ",本文 脚注9\n", 1), "release_counts/critical_infrastructure_sector_count"),
        ("a list out of order (sectors 1 and 2 swapped in the text)",
         text.replace("情報通信、金融、", "金融、情報通信、"), csv_text, "release_lists/critical_infrastructure_sectors/finance position"),
        ("a year left to the context, not marked inferred (security_day_awards unlisted)",
         text, csv_text, "release_dates/security_day_awards date = 2008-02-02~: 本文 §4 prints the date"),
        ("a basis no longer printed (当初予算 removed from 本文 §3(2))",
         text.replace("(平成19年度当初予算 平成20年度概算要求)", "(平成19年度 平成20年度概算要求)"), csv_text,
         "budget_summary/e_government amount FY2007 = 190: 本文 §3(2) 施策の内訳 does not print 当初予算"),
    ]
    failures = []
    saved = rt.value_is_inferred
    for what, t, c, expect in trials:
        if "unlisted" in what:
            rt.value_is_inferred = lambda r, inferred: False if r["code"] == "security_day_awards" else saved(r, inferred)
        try:
            errors, _ = run(t, c)
        finally:
            rt.value_is_inferred = saved
        if not any(e.startswith(expect) for e in errors):
            failures.append(f"{what}: not reported as {expect!r} (errors: {errors[:3]})")
    for f in failures:
        print("FAIL:", f)
    print(f"self-test: {len(trials) - len(failures)} of {len(trials)} doctorings reported")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("release_text")
    parser.add_argument("exporter", nargs="?")
    parser.add_argument("--csv")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.release_text):
        print(f"SKIPPED: the release text is not at {args.release_text}")
        return 77
    with open(args.release_text, encoding="utf-8") as f:
        text = f.read()
    if args.csv:
        with open(args.csv, encoding="utf-8") as f:
            csv_text = f.read()
    else:
        csv_text = rt.export_csv(args.exporter)
    if args.self_test:
        return self_test(text, csv_text)
    errors, summary = run(text, csv_text)
    for e in errors:
        print("FAIL:", e)
    print(summary)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
