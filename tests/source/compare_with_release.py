#!/usr/bin/env python3
"""Reads the budget figures straight out of the release text and compares them, cell by cell, with
what the library holds (the records printed by dump_budget). Every cell of 別紙3 §1-§3 and every
figure of 本文 §3 must agree, blanks and dashes included; nothing may be missing on either side.
Usage: compare_with_release.py <release text> <dump_budget executable>
Exit 77 (skipped) when the release text is not there (it is not part of nisc's own tree)."""
import os
import re
import subprocess
import sys

FY = {"平成16年度": "FY2004", "平成17年度": "FY2005", "平成18年度": "FY2006", "平成19年度": "FY2007",
      "平成20年度": "FY2008"}


def from_release(lines):
    records = set()
    # 別紙3 §1: the request, then the trend table (a header row of fiscal years, three lines).
    for line in lines:
        m = re.search(r"平成20年度予算概算要求額\s+([\d,]+百万円)", line)
        if m:
            records.add(("budget_request_total", "request", "FY2008", m.group(1)))
    header = next(i for i, l in enumerate(lines) if l.startswith("\t平成16年度\t"))
    years = [FY[c] for c in lines[header].split("\t")[1:]]
    for line in lines[header + 1:header + 4]:
        cells = line.split("\t")
        for year, value in zip(years, cells[1:] + [""] * (len(years) - len(cells) + 1)):
            records.add(("budget_trend", cells[0], year, value))
    # 別紙3 §2: rows that start with their printed number; columns FY2006-FY2008 and 前年比.
    for line in lines:
        m = re.match(r"^(\d(?:-\d)?) (\S+)\t(.*)$", line)
        if not m:
            continue
        cells = m.group(3).split("\t")
        cells += [""] * (4 - len(cells))
        key = f"{m.group(1)} {m.group(2)}"
        for column, value in zip(["FY2006", "FY2007", "FY2008", "前年比"], cells):
            records.add(("budget_by_area", key, column, value))
    # 別紙3 §3: from the header row (府省庁名) to the 合計 row.
    start = next(i for i, l in enumerate(lines) if l.startswith("府省庁名\t"))
    for line in lines[start + 1:]:
        cells = line.split("\t")
        for column, value in zip(["FY2006", "FY2007", "FY2008"], cells[1:]):
            records.add(("budget_by_ministry", cells[0], column, value))
        if cells[0] == "合計":
            break
    # 本文 §3(1) and §3(2): the figures in their lines.
    for line in lines:
        m = re.search(r"概算要求額は([\d,]+)億円.*?当初予算\(([\d,]+)億円\).*?([\d,]+)億円、(\d+)%増", line)
        if m:
            for column, value in zip(["FY2008", "FY2007", "increase", "percent"], m.groups()):
                records.add(("budget_headline", "合計", column, value))
        m = re.match(r"^- ・ (\S+) ([\d.,]+)億円 ([\d.,]+)億円\(([\d.,]+)億円増、(\d+)%増\)$", line)
        if m:
            label = re.sub(r"\(\d\)", "", m.group(1))  # footnote markers such as (3)
            for column, value in zip(["FY2007", "FY2008", "increase", "percent"], m.groups()[1:]):
                records.add(("budget_summary", label, column, value))
    return records


def main():
    text_path, dump = sys.argv[1], sys.argv[2]
    if not os.path.exists(text_path):
        print(f"SKIPPED: the release text is not at {text_path}")
        return 77
    with open(text_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    expected = from_release(lines)
    out = subprocess.run([dump], capture_output=True, text=True, check=True).stdout
    actual = {tuple(line.split("\t")) for line in out.splitlines()}
    counts = {}
    for r in expected:
        counts[r[0]] = counts.get(r[0], 0) + 1
    missing = sorted(expected - actual)
    extra = sorted(actual - expected)
    for r in missing:
        print("in the release, not in nisc:", "\t".join(r))
    for r in extra:
        print("in nisc, not in the release:", "\t".join(r))
    print("records per table:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    minimum = {"budget_request_total": 1, "budget_trend": 15, "budget_by_area": 36, "budget_by_ministry": 60,
               "budget_headline": 4, "budget_summary": 20}
    short = [k for k, n in minimum.items() if counts.get(k, 0) != n]
    if short:
        print("FAIL: the release text was not read as expected for:", ", ".join(short))
        return 1
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main())
