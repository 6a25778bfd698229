#!/usr/bin/env python3
"""Looks for every label, count and date the library holds beyond the budget (the records printed
by dump_release) in the release text itself:
  - a label must occur in the text, once footnote markers such as (3), the quotation marks 「」 and
    the bold marks ** are taken out of both (the library drops the markers, and keeps 「」 only
    where they stand inside a label);
  - a count must occur as the number followed by its printed unit (27施策, 12府省庁, 20のシステム,
    10分野, 17%, 第14回...), not inside a longer number;
  - a date must occur in one of the ways the release writes dates of its precision: with its year
    (平成19年4月20日, 2008年2月頃, 平成21年度) or, where the release leaves the year to the context
    (7月20日, 9月上旬, 毎年概ね9月頃), without it. The years of those come from the context, which
    the unit tests and the compile-time checks cover; this test counts how many dates it found with
    and without their year.
Usage: compare_rest_with_release.py <release text> <dump_release executable> [--self-test]
With --self-test, it changes one label, one count and one date of the dump and passes only if each
change is reported (the comparison can fail).
Exit 77 (skipped) when the release text is not there (it is not part of nisc's own tree)."""
import os
import re
import subprocess
import sys

# What follows the number of a count, by the export code of its printed_unit.
COUNT_SUFFIX = {
    "measures": "施策",
    "percent": "%",
    "bodies": "(?:府省庁|機関)",
    "systems": "の?システム",
    "sectors": "分野",
    "items": "つの",
    "times": "回",
}
# Fewest records of each kind dump_release must print: a dump that lost a table fails here.
MINIMUM = {"text": 60, "count": 15, "date": 25}


def normalise(text):
    text = re.sub(r"\([0-9]\)", "", text)
    return text.replace("「", "").replace("」", "").replace("**", "")


def heisei(year):
    return f"平成{year - 1988}" if 1989 <= year <= 2019 else None


def date_forms(y, m, d, precision):
    """(forms with the year, forms without it) for a date of nisc::date_precision `precision`."""
    era = heisei(y)
    with_year = lambda tails: [f"{p}年{t}" for p in ([era] if era else []) + [str(y)] for t in tails]
    if precision in (0, 1):  # day, around_day
        tails = [f"{m}月{d}日"]
    elif precision in (2, 3, 4):  # early, mid, late month
        tails = [f"{m}月" + ["上旬", "中旬", "下旬"][precision - 2]]
    elif precision == 5:  # month
        tails = [f"{m}月"]
    elif precision == 6:  # about a month
        tails = [f"{m}月頃"]
    elif precision == 7:  # a whole fiscal year
        return ([f"{era}年度"] if era else []) + [f"{y}年度"], []
    elif precision == 8:  # every year on a day
        return [], [f"{m}月{d}日"]
    elif precision == 9:  # every year about a month
        return [], [f"{m}月頃"]
    else:
        return [], []
    return with_year(tails), tails


def occurs(form, text):
    return re.search(r"(?<![0-9])" + re.escape(form) + r"(?![0-9])", text) is not None


# The changes of --self-test: (a line's start, its replacement, the record id the report must name).
DOCTORED = [
    ("count\tjre_systems_needing_update\t20\t", "count\tjre_systems_needing_update\t21\t", "jre_systems_needing_update"),
    ("date\tjre_announcement\t2007\t7\t20\t", "date\tjre_announcement\t2007\t7\t21\t", "jre_announcement"),
    ("text\tsecure_japan_status.long.Already implemented\t既の", "text\tsecure_japan_status.long.Already implemented\t既を",
     "secure_japan_status.long.Already implemented"),
]


def compare(release, out):
    errors = []
    kinds = {"text": 0, "count": 0, "date": 0}
    dated_with_year = dated_without_year = 0
    for line in out.splitlines():
        kind, ident, *fields = line.split("\t")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind == "text":
            if normalise(fields[0]) not in release:
                errors.append(f"{ident}: {fields[0]!r} is not in the release")
        elif kind == "count":
            number, unit = fields
            pattern = "第" + number + "回" if unit == "ordinal_meeting" else number + COUNT_SUFFIX[unit]
            if not re.search(r"(?<![0-9,.])" + pattern, release):
                errors.append(f"{ident}: {number} {unit} is not in the release")
        elif kind == "date":
            y, m, d, precision = map(int, fields)
            full, short = date_forms(y, m, d, precision)
            if any(occurs(f, release) for f in full):
                dated_with_year += 1
            elif any(occurs(f, release) for f in short):
                dated_without_year += 1
            else:
                errors.append(f"{ident}: {full + short} not in the release")
        else:
            errors.append(f"unknown record kind {kind!r}")
    for kind, least in MINIMUM.items():
        if kinds.get(kind, 0) < least:
            errors.append(f"dump_release printed {kinds.get(kind, 0)} {kind} records, fewer than {least}")
    summary = (f"records: {kinds['text']} labels, {kinds['count']} counts, {kinds['date']} dates "
               f"({dated_with_year} found with their year, {dated_without_year} as printed without it)")
    return errors, summary


def main():
    text_path, dump = sys.argv[1], sys.argv[2]
    if not os.path.exists(text_path):
        print(f"SKIPPED: the release text is not at {text_path}")
        return 77
    with open(text_path, encoding="utf-8") as f:
        release = normalise(f.read())
    out = subprocess.run([dump], capture_output=True, text=True, check=True).stdout
    if sys.argv[3:] == ["--self-test"]:
        failures = []
        for start, replacement, ident in DOCTORED:
            if start not in out:
                failures.append(f"the dump has no line starting {start!r}")
                continue
            errors, _ = compare(release, out.replace(start, replacement, 1))
            if not any(e.startswith(ident + ":") for e in errors):
                failures.append(f"a changed {ident} went unnoticed")
        for f in failures:
            print("FAIL:", f)
        print(f"self-test: {len(DOCTORED) - len(failures)} of {len(DOCTORED)} changes reported")
        return 1 if failures else 0
    errors, summary = compare(release, out)
    for e in errors:
        print("FAIL:", e)
    print(summary)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
