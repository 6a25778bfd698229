#!/usr/bin/env python3
"""The numeral census (issue 10, point 1): every numeral of the release text is either carried by
an exported record, at the place the record's `source` names, or listed on purpose, with a
reason. A numeral that is neither fails the test, with its line and column.

What counts as a numeral, and how the text's parts and sections are read: release_text.py.
How a record carries a numeral (value AND place; the record's source must name the numeral's
section, one that contains it, or one it contains):
  - a figure with its unit (338億円, 27施策, 13%増, 20のシステム): the record's value and unit, and
    change or not (増); where the record's Japanese label is printed in its section, on the same
    line; where the section prints a header of fiscal years (本文 §3(2)), in that year's column;
  - a table cell of 別紙3: the same row (row code or label), the same column (fiscal year, or 前年比
    for the ratio) and the same value; a row code (1-1) by the record's code;
  - a date expression (平成19年10月3日, 7月, 9月上旬, 2008年2月頃, 毎年概ね9月頃): a date record
    with the same month, day or part of the month, and year where one is printed;
  - a fiscal year (平成20年度, 2007年度): a record of that fiscal_year, or a date record FY2008;
  - an ordinal (第14回) or a count: the record's value;
  - a list marker at the start of a line ((1) 評価指標..., 1 JREとは): a `position` record of that
    value whose label is printed on the line;
  - a reference (別紙3参照): an agenda record whose code names that attachment;
  - a numeral inside a printed name or title (経済財政改革の基本方針2007, 平成20年度情報セキュリティ
    関連予算概算要求状況): a record whose label_ja (or text value) is printed there, verbatim.
Lists, all in tests/source/:
  - left_out.tsv: what is left out on purpose, one line per kind (places, pattern, reason);
  - restated.tsv: a fact printed twice, carried by a record whose source names its other place
    (the entry names the record, and the record must carry the same value, date or count);
  - temporary.tsv (list `census`): numerals the data does not carry yet but should (issue 10);
    each entry is TEMPORARY and fails once the data carries its numeral, so it gets removed.
An entry of any list that accounts for nothing fails too (a stale list hides nothing).
Usage: census.py <release text> <nisc-export> [--csv FILE] [--self-test]
Exit 77 (skipped) when the release text is not there."""
import argparse
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import release_text as rt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")]
    return rows


class Census:
    def __init__(self, release, records):
        self.release = release
        self.records = records
        self.numerals = rt.all_numerals(release)
        self.by_line = {}
        for n in self.numerals:
            self.by_line.setdefault(n.line.number, []).append(n)
        for r in records:
            r["_places"], r["_page"] = release.sections_named(r["source"])
            r["_label"] = rt.normalise(r["label_ja"].translate(rt.FULL_WIDTH))
            r["_value"] = rt.decimal_or_none(r["value"])
            r["_label_lines"] = {l.number for l in release.lines_in(r["_places"]) if r["_label"] and r["_label"] in l.norm}
        self._names = self._names_printed()
        self._prose_header = self._prose_headers()

    # A record's label (or text value) printed verbatim: the columns it covers, per line.
    def _names_printed(self):
        spans = {}
        for r in self.records:
            texts = [r["label_ja"]] + ([r["value"]] if r["unit"] == "text" else [])
            for t in texts:
                t = rt.normalise(t.translate(rt.FULL_WIDTH))
                if not re.search(r"\d", t):
                    continue
                for line in self.release.lines_in(r["_places"]):
                    for m in re.finditer(re.escape(t), line.norm):
                        start, end = line.norm_index[m.start()], line.norm_index[m.end() - 1] + 1
                        spans.setdefault(line.number, []).append((start, end, r))
        return spans

    # Per section, the fiscal years of a prose header such as (平成19年度当初予算 平成20年度概算要求).
    def _prose_headers(self):
        headers = {}
        for line in self.release.lines:
            place = (line.part, line.section)
            if place in headers or "\t" in line.text:
                continue
            ns = self.by_line.get(line.number, [])
            years = [d for n in ns for k, d in n.readings if k == "fiscal_year"]
            if len(years) >= 2 and not any(k == "unit" for n in ns for k, _ in n.readings):
                headers[place] = years
        return headers

    def _column_year(self, n):
        years = self._prose_header.get((n.line.part, n.line.section))
        if not years:
            return None
        amounts = [m for m in self.by_line[n.line.number]
                   if any(k == "unit" and not d[2] and d[1] == "億円" for k, d in m.readings)]
        if n not in amounts or len(amounts) != len(years):
            return None
        return years[amounts.index(n)]

    def _reading_carried(self, r, n, kind, d, waive_place):
        anchored = waive_place or not r["_label_lines"] or n.line.number in r["_label_lines"]
        if kind == "unit":
            value, word, increase = d
            if r["unit"] not in rt.UNIT_WORDS[word] or r["_value"] != value:
                return False
            if increase != (r["measure"] in rt.CHANGE_MEASURES) or not anchored:
                return False
            if not waive_place and r["measure"] == "amount" and r["fiscal_year"]:
                year = self._column_year(n)
                if year is not None and str(year) != r["fiscal_year"]:
                    return False
            return True
        if kind == "date":
            return r["unit"].startswith("date") and rt.date_carries(r["value"], d) and anchored
        if kind == "fiscal_year":
            return r["fiscal_year"] == str(d) or r["value"] == f"FY{d}"
        if kind == "ordinal":
            return r["measure"] == "ordinal" and r["_value"] == d[0]
        if kind == "marker":
            number, after = d
            return r["measure"] == "position" and r["_value"] == number and bool(r["_label"]) and after.startswith(r["_label"])
        if kind == "attachment":
            return re.search(rf"(?:^|/)attachment_{d}$", r["code"]) is not None
        if kind == "row_code":
            return r["code"] == d
        if kind == "cell":
            if r["_value"] != n.value():
                return False
            # A row's record, or (read as a cell merged over an area's rows, 1-1 to 1-3) its area's.
            row = (r["code"] in (d["code"], d["code"].split("-")[0]) if d["code"]
                   else r["_label"] == rt.normalise(d["label"]))
            if isinstance(d["column"], int):
                return row and r["fiscal_year"] == str(d["column"]) and r["measure"] == "amount"
            return row and d["column"] == "前年比" and r["measure"] == "ratio_percent"
        return False

    def carriers(self, n, only=None, waive_place=False):
        """The records that carry numeral n (only those in `only`, if given)."""
        place = (n.line.part, n.line.section)
        out = []
        for r in (only if only is not None else self.records):
            if not waive_place and not self.release.matches(place, r["_places"]):
                continue
            if any(self._reading_carried(r, n, k, d, waive_place) for k, d in n.readings):
                out.append(r)
        for start, end, r in self._names.get(n.line.number, []):
            if start <= n.start and n.end <= end and (only is None or any(r is o for o in only)) and r not in out:
                out.append(r)
        return out

    def run(self, left_out, restated, temporary):
        """Classifies every numeral; returns (errors, counts, classification per numeral)."""
        errors = []
        status = {}
        for n in self.numerals:
            c = self.carriers(n)
            if c:
                status[id(n)] = ("encoded", c)
        by_key = {(r["table"], r["code"]): r for r in self.records}

        def covered(entry, places_regex=None, place=None, lines="any"):
            out = []
            for n in self.numerals:
                if place is not None and n.line.place != place:
                    continue
                if places_regex is not None and not re.fullmatch(places_regex, n.line.place):
                    continue
                if lines == "headings" and n.line.number not in self.release.heading_lines:
                    continue
                for m in re.finditer(entry["pattern"], n.line.digits):
                    if m.start() <= n.start and n.end <= m.end():
                        out.append(n)
                        break
            return out

        for e in restated:
            label = f"restated.tsv: {e['place']} /{e['pattern']}/ -> {e['table']}/{e['code']}"
            record = by_key.get((e["table"], e["code"]))
            if record is None:
                errors.append(f"{label}: no such record in the export")
                continue
            if not any(self.carriers(n, only=[record]) for n in self.numerals):
                errors.append(f"{label}: the record carries nothing at its own source ({record['source']})")
            ns = covered(e, place=e["place"])
            if not ns:
                errors.append(f"{label}: matches no numeral (stale entry)")
            for n in ns:
                if id(n) in status:
                    errors.append(f"{label}: {n} is carried directly now; remove the entry")
                elif not self.carriers(n, only=[record], waive_place=True):
                    errors.append(f"{label}: {n} is not what {record['table']}/{record['code']} "
                                  f"({record['value']}) carries")
                else:
                    status[id(n)] = ("restated", [record])
        for e in temporary:
            label = f"temporary.tsv (TEMPORARY, census): {e['place']} /{e['pattern']}/"
            ns = covered(e, place=e["place"])
            if not ns:
                errors.append(f"{label}: matches no numeral (stale entry)")
            for n in ns:
                if id(n) in status:
                    errors.append(f"{label}: {n} is carried by a record now; remove the entry")
                else:
                    status[id(n)] = ("expected_missing", e)
        for e in left_out:
            ns = covered(e, places_regex=e["places"], lines=e["lines"])
            fresh = [n for n in ns if id(n) not in status]
            if not fresh:
                errors.append(f"left_out.tsv: kind {e['kind']} accounts for no numeral (stale line)")
            for n in fresh:
                status[id(n)] = ("left_out", e["kind"])
        for n in self.numerals:
            if id(n) not in status:
                errors.append(f"line {n.line.number}, column {n.column}: {n.printed!r} ({n.line.place}) is carried "
                              f"by no record and listed nowhere: ...{n.context()}...")
        counts = {}
        for n in self.numerals:
            kind = status.get(id(n), ("unaccounted",))[0]
            counts[kind] = counts.get(kind, 0) + 1
        return errors, counts, status


def summary(numerals, counts, status):
    left_out_kinds = {}
    for n in numerals:
        s = status.get(id(n))
        if s and s[0] == "left_out":
            left_out_kinds[s[1]] = left_out_kinds.get(s[1], 0) + 1
    encoded = counts.get("encoded", 0) + counts.get("restated", 0)
    lines = [f"{len(numerals)} numerals: {encoded} encoded, {counts.get('left_out', 0)} left out with a reason"]
    lines.append(f"  encoded: {counts.get('encoded', 0)} at the place the record's source names, "
                 f"{counts.get('restated', 0)} restating a record sourced to its other printing")
    lines.append("  left out: " + ", ".join(f"{k} {v}" for k, v in sorted(left_out_kinds.items())))
    if counts.get("expected_missing"):
        lines.append(f"  expected missing (TEMPORARY, the data must add them): {counts['expected_missing']}")
    if counts.get("unaccounted"):
        lines.append(f"  unaccounted: {counts['unaccounted']}")
    return "\n".join(lines)


def census_of(text, csv_text):
    release = rt.Release(text)
    records = rt.load_records(csv_text)
    c = Census(release, records)
    temporary = [e for e in read_tsv("temporary.tsv") if e["list"] == "census"]
    errors, counts, status = c.run(read_tsv("left_out.tsv"), read_tsv("restated.tsv"), temporary)
    return c, errors, counts, status


def self_test(text, csv_text):
    """Each doctoring must make the census fail, naming the place or the record."""
    lines = csv_text.splitlines(keepends=True)
    header = lines[0]

    def without(pred):
        return header + "".join(l for l in lines[1:] if not pred(l))

    def replaced(old, new):
        assert old in csv_text, old
        return csv_text.replace(old, new, 1)

    trials = [
        ("a table cell's record removed (防衛省 FY2008)",
         text, without(lambda l: l.startswith("budget_by_ministry,defense,") and ",2008,amount," in l), "line 286,"),
        ("a count's record removed (20のシステム)",
         text, without(lambda l: l.startswith("release_counts,jre_systems_needing_update,")), "line 213,"),
        ("a date's record removed (7月6日)",
         text, without(lambda l: l.startswith("release_dates,jre_findings,")), "line 213,"),
        ("a value changed (本文 §3(1) 338 -> 339)",
         text, replaced("budget_summary,total,合計,2008,amount,338,", "budget_summary,total,合計,2008,amount,339,"),
         "line 60,"),
        ("a record moved to another section (jre_findings to 本文 §2(1))",
         text, replaced("date_day,Findings as of this day: systems of 12 bodies need an update,,"
                        "別紙2 JRE問題への対応について 1 これまでの経緯",
                        "date_day,Findings as of this day: systems of 12 bodies need an update,,本文 §2(1)"),
         "line 213,"),
        ("two amounts of one year swapped (内閣官房 and 内閣法制局, FY2006)",
         text, replaced("cabinet_secretariat,内閣官房,2006,amount,353416,", "cabinet_secretariat,内閣官房,2006,amount,6832,")
         .replace("cabinet_legislation_bureau,内閣法制局,2006,amount,6832,",
                  "cabinet_legislation_bureau,内閣法制局,2006,amount,353416,", 1), "line 279,"),
        ("an ASCII numeral added to the text",
         text.replace("(別紙4参照)", "(別紙4参照、全7件)", 1), csv_text, "line 80,"),
        ("a full-width numeral added to the text",
         text.replace("情報セキュリティの日にあわせて各種行事を", "情報セキュリティの日にあわせて３件の行事を", 1), csv_text, "line 78,"),
        ("a kanji numeral added to the text",
         text.replace("情報セキュリティの日にあわせて各種行事を", "情報セキュリティの日にあわせて三つの行事を", 1), csv_text, "line 78,"),
        ("a line with a numeral inserted (later lines move down)",
         text.replace("(別紙5参照)\n", "(別紙5参照)\n\n計画は12項目。\n", 1), csv_text, "line 95,"),
    ]
    failures = []
    for what, t, c, expect in trials:
        _, errors, _, _ = census_of(t, c)
        if not any(e.startswith(expect) for e in errors):
            failures.append(f"{what}: not reported at {expect!r} (errors: {errors[:3]})")
    for f in failures:
        print("FAIL:", f)
    print(f"self-test: {len(trials) - len(failures)} of {len(trials)} doctorings reported")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("release_text")
    parser.add_argument("exporter", nargs="?")
    parser.add_argument("--csv", help="read the records from this CSV instead of running the exporter")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--list", action="store_true", help="print every numeral with what accounts for it")
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
    c, errors, counts, status = census_of(text, csv_text)
    if args.list:
        for n in c.numerals:
            s = status.get(id(n), ("unaccounted",))
            what = ", ".join(f"{r['table']}/{r['code']}" for r in s[1]) if s[0] in ("encoded", "restated") else \
                (s[1] if s[0] == "left_out" else (s[1]["proposal"] if s[0] == "expected_missing" else ""))
            print(f"{n.line.number}:{n.column}\t{n.printed}\t{n.line.place}\t{s[0]}\t{what}")
    for e in errors:
        print("FAIL:", e)
    print(summary(c.numerals, counts, status))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
