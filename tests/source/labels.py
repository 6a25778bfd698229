#!/usr/bin/env python3
"""Labels as printed (issue 10, point 2): every Japanese label of the export (label_ja) occurs
verbatim in the release text, in the part its record's source names (footnote markers, 「」 and **
aside, as release_text.normalise does), or is nisc's own wording: marked so by the export's column
label_ja_origin = nisc when it has one, else listed in nisc_wording.tsv. A label marked as nisc's
that the part does print verbatim fails as well (the mark would be wrong).
Where the export has a column label_en_origin (printed | official | translation), an English label
marked printed must occur verbatim in the part too; without the column the English is not checked
(and the summary says so).
What the data gets wrong today is listed in temporary.tsv (list `labels`): such a label must fail,
and the entry fails once it no longer does (the data was fixed: remove the entry).
Usage: labels.py <release text> <nisc-export> [--csv FILE] [--self-test]
Exit 77 (skipped) when the release text is not there."""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import release_text as rt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def check(text, csv_text):
    release = rt.Release(text)
    records = rt.load_records(csv_text)
    nisc = rt.read_list(os.path.join(HERE, "nisc_wording.tsv"))
    temporary = [e for e in rt.read_list(os.path.join(HERE, "temporary.tsv")) if e["list"] == "labels"]
    part_text = {}
    for line in release.lines:
        part_text.setdefault(line.part, []).append(line.norm)
    failing, errors = {}, []
    seen = set()
    counts = {"printed": 0, "nisc": 0, "en_printed": 0}
    for r in records:
        key = (r["table"], r["code"], r["label_ja"])
        if key in seen:
            continue
        seen.add(key)
        part = r["source"].split(" ", 1)[0]
        label = rt.normalise(r["label_ja"].translate(rt.FULL_WIDTH))
        printed = bool(label) and any(label in line for line in part_text.get(part, []))
        name = f"{r['table']}/{r['code']} {r['label_ja']!r}"
        if rt.label_is_nisc(r, nisc):
            counts["nisc"] += 1
            if printed:
                failing[key] = f"{name}: marked as nisc's wording, but {part} prints it verbatim"
        elif printed:
            counts["printed"] += 1
        else:
            failing[key] = f"{name}: not printed in {part} and not marked as nisc's wording"
        if "label_en_origin" in r and r["label_en_origin"] == "printed":
            counts["en_printed"] += 1
            if rt.normalise(r["label_en"]) not in "\n".join(part_text.get(part, [])):
                failing[(r["table"], r["code"], r["label_en"])] = \
                    f"{r['table']}/{r['code']} {r['label_en']!r}: English marked printed, not in {part}"
    for e in temporary:
        key = (e["table"], e["code"], e["pattern"])
        label = f"temporary.tsv (TEMPORARY, labels): {e['table']}/{e['code']} {e['pattern']!r}"
        if key not in seen:
            errors.append(f"{label}: no such label in the export any more (fixed? remove the entry)")
        elif key not in failing:
            errors.append(f"{label}: passes now; remove the entry")
        else:
            failing.pop(key)
            counts.setdefault("expected", 0)
            counts["expected"] += 1
    errors = list(failing.values()) + errors
    en = (f"{counts['en_printed']} English labels marked printed found" if any("label_en_origin" in r for r in records)
          else "English labels not checked (the export has no label_en_origin column yet)")
    summary = (f"{len(seen)} Japanese labels: {counts['printed']} printed verbatim in their part, {counts['nisc']} "
               f"nisc's wording, {counts.get('expected', 0)} wrong today (TEMPORARY, temporary.tsv); {en}")
    return errors, summary


def self_test(text, csv_text):
    trials = [
        ("a printed label changed (防衛省 -> 防衛庁)",
         text, csv_text.replace(",defense,防衛省,", ",defense,防衛庁,"), "budget_by_ministry/defense '防衛庁'"),
        ("a label listed as nisc's wording changed (it is checked again)",
         text, csv_text.replace("JRE緊急調査", "JRE緊急検査"), "release_dates/jre_survey 'JRE緊急検査'"),
        ("the printed label removed from the text",
         text.replace("横断的な基盤の形成", "横断的な基盤の整備"), csv_text, "budget_by_area/7 '横断的な基盤の形成'"),
        ("a nisc-worded label that the text prints (a wrong mark)",
         text.replace("緊急調査を行ったJRE", "JRE緊急調査を行ったJRE"), csv_text, "release_dates/jre_survey 'JRE緊急調査'"),
        ("the column label_ja_origin marks a printed label nisc's: fails; a nisc label printed: passes",
         text, _with_origin_column(csv_text), "budget_trend/initial_budget '当初予算': marked as nisc's"),
    ]
    failures = []
    for what, t, c, expect in trials:
        errors, _ = check(t, c)
        if not any(e.startswith(expect) for e in errors):
            failures.append(f"{what}: not reported as {expect!r} (errors: {errors[:3]})")
    for f in failures:
        print("FAIL:", f)
    print(f"self-test: {len(trials) - len(failures)} of {len(trials)} doctorings reported")
    return 1 if failures else 0


def _with_origin_column(csv_text):
    """The export with a label_ja_origin column: nisc for what nisc_wording.tsv lists and, wrongly, for
    budget_trend/initial_budget; printed for the rest."""
    import csv
    import io
    nisc = rt.read_list(os.path.join(HERE, "nisc_wording.tsv"))
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0].keys()) + ["label_ja_origin"], lineterminator="\n")
    w.writeheader()
    for r in rows:
        wrong = r["table"] == "budget_trend" and r["code"] == "initial_budget"
        r["label_ja_origin"] = "nisc" if rt.label_is_nisc(r, nisc) or wrong else "printed"
        w.writerow(r)
    return out.getvalue()


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
    errors, summary = check(text, csv_text)
    for e in errors:
        print("FAIL:", e)
    print(summary)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
