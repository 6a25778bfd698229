#!/usr/bin/env python3
"""Shows that the identity check notices a drift between the export and the typed API: it exports
once, checks the untouched output (which must pass, so the harness is proven to say yes), then alters
one thing at a time in copies of the output (a figure, a row, a label, a line end, a fiscal cell, a
budget phase) and requires check_export.py to reject every copy, naming the altered record.

usage: doctor_test.py --exporter EXE --api EXE --workdir DIR
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = [sys.executable, os.path.join(HERE, "check_export.py")]


def check(api, flag, path):
    r = subprocess.run(CHECK + ["--api", api, flag, path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return r.returncode, r.stdout.decode("utf-8")


def replace_once(text, old, new):
    assert text.count(old) >= 1, f"doctor: {old!r} not found"
    return text.replace(old, new, 1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--exporter", required=True)
    p.add_argument("--api", required=True)
    p.add_argument("--workdir", required=True)
    a = p.parse_args()
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    csv_path = os.path.join(a.workdir, "export.csv")
    json_path = os.path.join(a.workdir, "export.json")
    pkg = os.path.join(a.workdir, "package")
    subprocess.run([a.exporter, "--output", csv_path], check=True)
    subprocess.run([a.exporter, "--format", "json", "--output", json_path], check=True)
    subprocess.run([a.exporter, "--format", "datapackage", "--output", pkg], check=True)
    with open(csv_path, "rb") as f:
        csv_text = f.read().decode("utf-8")
    with open(json_path, "rb") as f:
        json_text = f.read().decode("utf-8")

    failures = []
    # The untouched output passes: the check can say yes.
    for flag, path in (("--check-csv", csv_path), ("--check-json", json_path), ("--check-package", pkg)):
        rc, out = check(a.api, flag, path)
        if rc != 0:
            failures.append(f"untouched {path} was rejected:\n{out}")

    defense_2008 = "budget_by_ministry,defense,防衛省,2008,amount,10292493,thousand_yen"
    csv_cases = {
        "a figure changed (合計 FY2008 + 1千円)": (
            lambda t: replace_once(t, ",2008,amount,33750112,", ",2008,amount,33750113,"), "33750113"),
        "a decimal changed (0.8億円 -> 0.9)": (lambda t: replace_once(t, ",amount,0.8,", ",amount,0.9,"), "0.9"),
        "a percentage changed (13% -> 12%)": (
            lambda t: replace_once(t, ",change_percent,13,", ",change_percent,12,"), "'12'"),
        "a record dropped": (lambda t: "\r\n".join(l for l in t.split("\r\n") if not l.startswith(defense_2008)),
                             "not in the export"),
        "a record repeated": (lambda t: t + [l for l in t.split("\r\n") if l.startswith(defense_2008)][0] + "\r\n",
                              "repeats"),
        "a blank cell given a zero": (
            lambda t: t + "budget_by_area,1-2,x,2006,amount,0,million_yen,x,initial_budget,x\r\n", "not in the typed API"),
        "a label changed": (lambda t: replace_once(t, ",防衛省,", ",防衛庁,"), "label_ja"),
        "a unit changed": (lambda t: replace_once(t, ",33750,million_yen,", ",33750,thousand_yen,"), "unit"),
        "LF line ends": (lambda t: t.replace("\r\n", "\n"), "CRLF"),
        "a date changed (2007-07-20 -> 2007-07-21)": (
            lambda t: replace_once(t, ",date,2007-07-20,date_day,", ",date,2007-07-21,date_day,"), "2007-07-21"),
        "a date's precision dropped (2007-09 early -> 2007-09)": (
            lambda t: replace_once(t, ",date,2007-09 early,date_early_month,", ",date,2007-09,date_early_month,"),
            "is not a date_early_month"),
        "a yearly date given a year (--02-02 -> 2008-02-02)": (
            lambda t: replace_once(t, ",date,--02-02,date_yearly_day,", ",date,2008-02-02,date_yearly_day,"),
            "is not a date_yearly_day"),
        "a count changed (20 systems -> 21)": (
            lambda t: replace_once(t, ",count,20,systems,", ",count,21,systems,"), "'21'"),
        "a list reordered (sector 3 -> 4)": (
            lambda t: replace_once(t, "critical_infrastructure_sectors/aviation,航空,,position,3,",
                                   "critical_infrastructure_sectors/aviation,航空,,position,4,"), "aviation"),
    }
    for name, (doctor, needle) in csv_cases.items():
        path = os.path.join(a.workdir, "doctored.csv")
        with open(path, "wb") as f:
            f.write(doctor(csv_text).encode("utf-8"))
        rc, out = check(a.api, "--check-csv", path)
        if rc == 0 or needle not in out:
            failures.append(f"CSV, {name}: not detected (exit {rc}, looked for {needle!r}):\n{out}")
        else:
            print(f"detected in CSV: {name}")

    json_cases = {
        "a figure changed (FY2004 当初予算 267 -> 268)": (
            lambda t: replace_once(t, '"fiscal_year": 2004, "measure": "amount", "value": 267,',
                                   '"fiscal_year": 2004, "measure": "amount", "value": 268,'), "268"),
        "a decimal written as a float (0.8 -> 0.80)": (
            lambda t: replace_once(t, '"value": 0.8,', '"value": 0.80,'), "0.80"),
        "a date changed (2007-10-03 -> 2007-10-04)": (
            lambda t: replace_once(t, '"value": "2007-10-03"', '"value": "2007-10-04"'), "2007-10-04"),
    }
    for name, (doctor, needle) in json_cases.items():
        path = os.path.join(a.workdir, "doctored.json")
        with open(path, "wb") as f:
            f.write(doctor(json_text).encode("utf-8"))
        rc, out = check(a.api, "--check-json", path)
        if rc == 0 or needle not in out:
            failures.append(f"JSON, {name}: not detected (exit {rc}):\n{out}")
        else:
            print(f"detected in JSON: {name}")

    def doctor_fiscal(d):
        path = os.path.join(d, "data", "fiscal", "budget_by_ministry.csv")
        with open(path, "rb") as f:
            t = f.read().decode("utf-8")
        with open(path, "wb") as f:
            f.write(replace_once(t, ",10292493", ",10292494").encode("utf-8"))

    def doctor_phase(d):
        path = os.path.join(d, "datapackage.json")
        with open(path, encoding="utf-8") as f:
            dp = json.load(f)
        dp["model"]["measures"]["budget_by_ministry_fy2008"]["phase"] = "approved"
        with open(path, "w", encoding="utf-8") as f:
            json.dump(dp, f, ensure_ascii=False)

    for name, (doctor, needle) in {"a fiscal cell changed": (doctor_fiscal, "10292494"),
                                   "a budget phase changed": (doctor_phase, "phase")}.items():
        copy = os.path.join(a.workdir, "doctored-package")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(pkg, copy)
        doctor(copy)
        rc, out = check(a.api, "--check-package", copy)
        if rc == 0 or needle not in out:
            failures.append(f"data package, {name}: not detected (exit {rc}):\n{out}")
        else:
            print(f"detected in the data package: {name}")

    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
