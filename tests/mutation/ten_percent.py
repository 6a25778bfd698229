#!/usr/bin/env python3
"""The 10% rule: changing any printed figure of the budget tables by about 10% must make
`#include <nisc/nisc.hpp>` fail to compile. The FY2004 and FY2005 trend totals are tied only to
their own initial-budget figures (合計 = 当初予算 without a supplementary budget): changing one
of the pair fails, changing both together still compiles, and that is checked too.

Each figure written in the budget headers (amounts, percentages, 億円 figures, also the typed
erratum's figures) is changed, one at a time, up by about 10% and down by about 10%, in a copy of
include/; the copy is compiled with -fsyntax-only.
Usage: ten_percent.py <c++ compiler> <nisc include dir> [--jobs N]"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HEADERS = ["nisc/release_2007_10_03/budget.hpp", "nisc/release_2007_10_03/summary.hpp"]
FIGURE = re.compile(r"\b(thousand_yen|million_yen|oku_yen|percent)\{([\d']+)\}|oku_figure::(whole|tenths)\((\d+)\)")
TREND_EXEMPT = {0, 1}  # FY2004, FY2005 columns of budget_trend


def figures(text):
    """(offset, length, value, exempt) of every figure literal inside the tables' initialisers."""
    out = []
    for start_marker in ("inline constexpr sourced<", "inline constexpr table<", "inline constexpr fixed_array<summary"):
        for m in re.finditer(re.escape(start_marker), text):
            end = text.index("};\n", m.start())
            block = text[m.start():end]
            is_trend = "budget_trend" in block.split("{", 1)[0]
            for line_offset, line in _lines(block):
                column = 0
                for f in FIGURE.finditer(line):
                    digits = f.group(2) if f.group(2) is not None else f.group(4)
                    start = f.start(2) if f.group(2) is not None else f.start(4)
                    exempt = is_trend and "trend_line::supplementary_budget" not in line and column in TREND_EXEMPT
                    out.append((m.start() + line_offset + start, len(digits), int(digits.replace("'", "")), exempt))
                    column += 1
    return sorted(set(out))


def _lines(block):
    offset = 0
    for line in block.splitlines(keepends=True):
        yield offset, line
        offset += len(line)


def compiles(compiler, include_dir):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "probe.cpp")
        with open(src, "w", encoding="utf-8") as f:
            f.write("#include <nisc/nisc.hpp>\n")
        run = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-I" + include_dir, src],
                             capture_output=True, text=True)
    return run.returncode == 0, run.stderr


def trial(args):
    compiler, include_dir, header, offset, length, new_value = args
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "include")
        shutil.copytree(include_dir, copy)
        path = os.path.join(copy, header)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = text[:offset] + str(new_value) + text[offset + length:]
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        ok, err = compiles(compiler, copy)
        message = next((line for line in err.splitlines() if "nisc:" in line), "")
        return ok, message


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("compiler")
    parser.add_argument("include_dir")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    ok, err = compiles(args.compiler, args.include_dir)
    if not ok:
        print("FAIL: the unmodified headers do not compile:\n" + err)
        return 1
    jobs, labels = [], []
    for header in HEADERS:
        with open(os.path.join(args.include_dir, header), encoding="utf-8") as f:
            text = f.read()
        found = figures(text)
        if len(found) < 10:
            print(f"FAIL: found only {len(found)} figures in {header}: the scanner is out of date")
            return 1
        for offset, length, value, exempt in found:
            for new_value in (max(value + 1, round(value * 1.1)), min(value - 1, round(value * 0.9))):
                if new_value < 0:
                    continue
                jobs.append((args.compiler, args.include_dir, header, offset, length, new_value))
                labels.append((header, text.count("\n", 0, offset) + 1, value, new_value, exempt))
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for (header, line, value, new_value, exempt), (ok, message) in zip(labels, pool.map(trial, jobs)):
            if ok:
                print(f"FAIL {header}:{line}: {value} -> {new_value} still compiles: no check guards it")
                failures += 1
    # FY2004 and FY2005: initial budget and total changed together take part in no other relation.
    with open(os.path.join(args.include_dir, HEADERS[0]), encoding="utf-8") as f:
        text = f.read()
    pair = [fig for fig in figures(text) if fig[3]]
    if len(pair) != 4:
        print(f"FAIL: expected the 4 FY2004/FY2005 trend figures, found {len(pair)}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "include")
        shutil.copytree(args.include_dir, copy)
        for offset, length, value, _ in sorted(pair, reverse=True):
            text = text[:offset] + str(round(value * 1.1)) + text[offset + length:]
        with open(os.path.join(copy, HEADERS[0]), "w", encoding="utf-8") as f:
            f.write(text)
        ok, err = compiles(args.compiler, copy)
        if not ok:
            print("FAIL: FY2004/FY2005 initial budget and total changed together should compile:\n" + err)
            failures += 1
    print(f"{len(jobs)} single-figure changes tried, each must break the build; FY2004/FY2005 pair changes "
          f"compile as they should; {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
