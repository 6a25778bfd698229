#!/usr/bin/env python3
"""Proof of identity for nisc-export: reads its output back with Python's csv and json modules and
compares every record with the records the typed API gives (tests/export/api_records.cpp, run as a
separate program). Exit status 0 when they agree, 1 with a list of differences when they do not.

usage: check_export.py --exporter EXE --api EXE --workdir DIR --format csv|json|datapackage
       check_export.py --api EXE --check-csv FILE       (check a given CSV file, e.g. a doctored one)
       check_export.py --api EXE --check-json FILE
       check_export.py --api EXE --check-package DIR
"""

import argparse
import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys

FIXED_COLUMNS = ["table", "code", "label_ja", "fiscal_year", "measure", "value", "unit"]
KEY = ("table", "code", "fiscal_year", "measure")
COMPARED = ("label_ja", "value", "unit", "label_en")
NUMERIC_MEASURES = {"amount", "change", "change_percent", "ratio_percent", "count", "share_percent"}
# Positive whole numbers: a meeting's number, an item's 1-based position in its printed list, the
# position of the direction an initiative belongs to.
ORDINAL_MEASURES = {"ordinal", "position", "direction"}
MEASURES = NUMERIC_MEASURES | ORDINAL_MEASURES | {"date", "completed", "phase", "expansion", "printed_en"}
# A date's value is nisc::to_iso_text of it; its unit names the precision, and the value must have
# exactly the form of that precision (and name a real day or month).
DATE_FORMS = {
    "date_day": r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})",
    "date_around_day": r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})~",
    "date_early_month": r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2}) early",
    "date_mid_month": r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2}) mid",
    "date_late_month": r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2}) late",
    "date_month": r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})",
    "date_about_month": r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})~",
    "date_fiscal_year": r"FY(?P<y>[0-9]{4})",
    "date_yearly_day": r"--(?P<m>[0-9]{2})-(?P<d>[0-9]{2})",
    "date_yearly_about_month": r"--(?P<m>[0-9]{2})~",
}
MONEY_FACTORS = {"thousand_yen": 1000, "million_yen": 1000000, "oku_yen": 100000000}

# A few figures typed here straight from the release, so that a change reaching both the exporter
# and the API (a figure edited in the headers) is noticed too, beyond the compile-time checks.
PRINTED = {
    ("budget_request_total", "request_total", "2008", "amount"): "33750",
    ("budget_trend", "initial_budget", "2004", "amount"): "267",
    ("budget_trend", "total", "2005", "amount"): "288",
    ("budget_by_area", "1-1", "2006", "amount"): "20715",
    ("budget_by_area", "1-1", "2008", "ratio_percent"): "111",
    ("budget_by_area", "7", "2008", "ratio_percent"): "77",
    ("budget_by_ministry", "defense", "2006", "amount"): "12796446",
    ("budget_by_ministry", "total", "2008", "amount"): "33750112",
    ("budget_summary", "e_local_government", "2007", "amount"): "0.8",
    ("budget_summary", "critical_infrastructure", "2008", "change"): "0.5",
    ("budget_summary", "businesses", "2008", "change_percent"): "8",
    ("budget_summary", "total", "2008", "change_percent"): "13",
    ("secure_japan_2007_progress", "implemented", "2007", "count"): "27",
    ("secure_japan_2007_progress", "under_way", "2007", "count"): "111",
    ("secure_japan_2007_progress", "uncertain", "2007", "share_percent"): "2",
    ("secure_japan_2007_progress", "total", "2007", "count"): "159",
    ("secure_japan_2007_progress_in_attachment", "not_started", "2007", "count"): "18",
    # Counts, dates and lists of the rest of the release (no fiscal year: blank).
    ("release_counts", "policy_council_meeting_number", "", "ordinal"): "14",
    ("release_counts", "jre_bodies_needing_update", "", "count"): "12",
    ("release_counts", "jre_systems_needing_update", "", "count"): "20",
    ("release_counts", "jre_bodies_heard", "", "count"): "19",
    ("release_counts", "jre_bodies_heard_in_attachment", "", "count"): "19",
    ("release_counts", "international_direction_count", "", "count"): "5",
    ("release_counts", "critical_infrastructure_sector_count", "", "count"): "10",
    ("release_counts", "evaluation_progress_survey_count", "", "count"): "2",
    ("release_dates", "release_date", "", "date"): "2007-10-03",
    ("release_dates", "policy_council_establishment", "", "date"): "2005-05-30",
    ("release_dates", "jre_findings", "", "date"): "2007-07-06",
    ("release_dates", "jre_announcement", "", "date"): "2007-07-20",
    ("release_dates", "mail_servers_inspection_start", "", "date"): "2007-09 early",
    ("release_dates", "information_security_day", "", "date"): "--02-02",
    ("release_dates", "security_day_awards", "", "date"): "2008-02-02~",
    ("release_dates", "evaluation_framework", "", "date"): "2007-02-02",
    ("release_dates", "evaluation_progress_survey_2", "", "date"): "2008-02~",
    ("release_dates", "evaluation_policy_drawn_up", "", "date"): "--09~",
    ("release_dates", "second_national_strategy_from", "", "date"): "FY2009",
    ("release_lists", "critical_infrastructure_sectors/aviation", "", "position"): "3",
    ("release_lists", "critical_infrastructure_sectors/logistics", "", "position"): "10",
    ("release_lists", "priority_inspections/mail_servers", "", "completed"): "false",
    ("release_lists", "glossary/dns", "", "expansion"): "Domain Name System",
}
# Labels typed from the release, slips included.
PRINTED_LABELS = {
    ("secure_japan_2007_progress_in_attachment", "implemented", "2007", "count"): "既の実施済み",
    ("release_lists", "critical_infrastructure_sectors/aviation", "", "position"): "航空",
    ("release_lists", "international_initiatives/ict_risk_free", "", "printed_en"): "リスクのないICT構想",
}
# Cells the release leaves blank or prints as "-": they must have no record.
NOT_FIGURES = [
    ("budget_by_area", "1-2", "2006", "amount"),
    ("budget_by_area", "2", "2006", "amount"),
    ("budget_by_area", "1-2", "2008", "ratio_percent"),
    ("budget_trend", "supplementary_budget", "2006", "amount"),
]


def expected_records(api_exe):
    out = subprocess.run([api_exe], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    records = {}
    for line in out.splitlines():
        table, code, label_ja, fy, measure, value, unit, label_en = line.split("\t")
        key = (table, code, fy, measure)
        if key in records:
            raise SystemExit(f"api_records: duplicate key {key}")
        records[key] = {"label_ja": label_ja, "value": value, "unit": unit, "label_en": label_en}
    if not records:
        raise SystemExit("api_records printed nothing")
    return records


def date_problem(value, unit):
    """None when `value` is a date of the precision `unit` names, in exactly its form; else why not."""
    form = DATE_FORMS.get(unit)
    if form is None:
        return f"unit {unit!r} is not a date precision"
    m = re.fullmatch(form, value)
    if not m:
        return f"value {value!r} is not a {unit}"
    parts = m.groupdict()
    year = int(parts.get("y") or 2000)  # a yearly date may be 29 February: check it in a leap year
    try:
        datetime.date(year, int(parts.get("m") or 4), int(parts.get("d") or 1))
    except ValueError:
        return f"value {value!r} is not a real {unit}"
    return None if year >= 1 else f"value {value!r}: year 0"


def value_problem(measure, value, unit):
    """None when the value has the form its measure requires; else what is wrong with it."""
    if measure not in MEASURES:
        return f"unknown measure {measure!r}"
    if measure in NUMERIC_MEASURES:
        ok = re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value)
        return None if ok else f"value {value!r} is not a bare figure"
    if measure in ORDINAL_MEASURES:
        return None if re.fullmatch(r"[1-9][0-9]*", value) else f"value {value!r} is not a positive whole number"
    if measure == "date":
        return date_problem(value, unit)
    if measure == "completed":
        return None if value in ("true", "false") and unit == "boolean" else f"value {value!r} is not a boolean"
    if measure == "phase":
        return None if re.fullmatch(r"[a-z_]+", value) else f"value {value!r} is not a code"
    return None if value.strip() == value and value and unit == "text" else f"value {value!r} is not a text"


def compare(records, expected, where):
    """Every record matches the API, each once, and nothing is missing or extra."""
    errors = []
    seen = {}
    for i, r in enumerate(records):
        key = tuple(r[k] for k in KEY)
        if key in seen:
            errors.append(f"{where}: record {i} repeats {key}")
            continue
        seen[key] = r
        problem = value_problem(r["measure"], r["value"], r["unit"])
        if problem:
            errors.append(f"{where}: record {i} {key}: {problem}")
        want = expected.get(key)
        if want is None:
            errors.append(f"{where}: record {i} {key} is not in the typed API")
            continue
        for field in COMPARED:
            if r[field] != want[field]:
                errors.append(f"{where}: {key} {field}: export {r[field]!r}, API {want[field]!r}")
    for key in expected:
        if key not in seen:
            errors.append(f"{where}: {key} is in the typed API but not in the export")
    for key, value in PRINTED.items():
        if key not in seen or seen[key]["value"] != value:
            got = seen[key]["value"] if key in seen else None
            errors.append(f"{where}: {key}: the release prints {value}, the export has {got!r}")
    for key, label in PRINTED_LABELS.items():
        if key not in seen or seen[key]["label_ja"] != label:
            got = seen[key]["label_ja"] if key in seen else None
            errors.append(f"{where}: {key}: the release prints the label {label}, the export has {got!r}")
    for key in NOT_FIGURES:
        if key in seen:
            errors.append(f"{where}: {key}: a blank or '-' cell has a record")
    return errors


def read_csv_bytes(data, where):
    errors = []
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{where}: starts with a byte-order mark")
    text = data.decode("utf-8")  # raises on anything but UTF-8
    if not text.endswith("\r\n") or re.search(r"(?<!\r)\n", text):
        errors.append(f"{where}: lines must end with CRLF (RFC 4180)")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header, body = rows[0], rows[1:]
    if header[: len(FIXED_COLUMNS)] != FIXED_COLUMNS:
        errors.append(f"{where}: columns start {header[:len(FIXED_COLUMNS)]}, not {FIXED_COLUMNS}")
    records = []
    for n, row in enumerate(body, start=2):
        if len(row) != len(header):
            errors.append(f"{where}: line {n} has {len(row)} fields, the header {len(header)}")
            continue
        records.append(dict(zip(header, row)))
    return records, errors


def check_csv(path, expected):
    with open(path, "rb") as f:
        records, errors = read_csv_bytes(f.read(), path)
    return errors + compare(records, expected, path)


def check_json(path, expected):
    with open(path, "rb") as f:
        # Numbers are kept as the text they were written with, so 0.8 stays "0.8".
        doc = json.loads(f.read().decode("utf-8"), parse_float=str, parse_int=str)
    errors = []
    for field in ("source", "tables", "errata", "records"):
        if field not in doc:
            errors.append(f"{path}: no {field!r}")
    if errors:
        return errors
    if doc["source"].get("date") != "2007-10-03":
        errors.append(f"{path}: source date {doc['source'].get('date')!r}")
    if not doc["errata"] or any("id" not in e or "printed" not in e for e in doc["errata"]):
        errors.append(f"{path}: errata missing or incomplete")
    records = []
    for r in doc["records"]:
        if not isinstance(r.get("source"), dict) or not r["source"].get("section"):
            errors.append(f"{path}: record without provenance: {r}")
        flat = {k: ("" if r.get(k) is None else str(r.get(k))) for k in KEY + COMPARED}
        records.append(flat)
    return errors + compare(records, expected, path)


def check_package(directory, expected, csv_bytes=None):
    errors = []
    with open(os.path.join(directory, "datapackage.json"), encoding="utf-8") as f:
        dp = json.load(f, parse_float=str)
    resources = {r["name"]: r for r in dp.get("resources", [])}
    if "records" not in resources:
        return [f"{directory}: no 'records' resource"]
    records_path = os.path.join(directory, resources["records"]["path"])
    errors += check_csv(records_path, expected)
    if csv_bytes is not None:
        with open(records_path, "rb") as f:
            if f.read() != csv_bytes:
                errors.append(f"{records_path}: differs from --format csv")
    with open(records_path, "rb") as f:
        records, _ = read_csv_bytes(f.read(), records_path)
    names = [fld["name"] for fld in resources["records"]["schema"]["fields"]]
    with open(records_path, encoding="utf-8", newline="") as f:
        if next(csv.reader(f)) != names:
            errors.append(f"{records_path}: header differs from the schema's fields")

    amounts = {}
    for r in records:
        if r["measure"] == "amount" and r["unit"] in MONEY_FACTORS and r["fiscal_year"]:
            amounts[(r["table"], r["code"], r["fiscal_year"])] = r
    measures = dp.get("model", {}).get("measures", {})
    if not measures or not dp.get("model", {}).get("dimensions"):
        errors.append(f"{directory}: no fiscal model")
    covered = set()
    for name, m in measures.items():
        table, column = m["resource"], m["source"]
        year = column[2:]
        res = resources.get(table)
        if res is None:
            errors.append(f"{directory}: measure {name} names no resource")
            continue
        if m.get("currency") != "JPY":
            errors.append(f"{directory}: measure {name}: currency {m.get('currency')!r}")
        if m.get("fiscalPeriod") != {"start": f"{year}-04-01", "end": f"{int(year) + 1}-03-31"}:
            errors.append(f"{directory}: measure {name}: fiscal period {m.get('fiscalPeriod')}")
        with open(os.path.join(directory, res["path"]), encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for row in rows:
            cell = row[column]
            key = (table, row["code"], year)
            if cell == "":
                if key in amounts:
                    errors.append(f"{directory}: {res['path']} {key}: empty, records.csv has {amounts[key]['value']}")
                continue
            covered.add(key)
            rec = amounts.get(key)
            if rec is None:
                errors.append(f"{directory}: {res['path']} {key}={cell} is not in records.csv")
                continue
            if cell != rec["value"]:
                errors.append(f"{directory}: {res['path']} {key}: {cell}, records.csv {rec['value']}")
            if int(m.get("factor", 0)) != MONEY_FACTORS[rec["unit"]]:
                errors.append(f"{directory}: measure {name}: factor {m.get('factor')} for {rec['unit']}")
            phase = {"initial_budget": "approved", "budget_request": "proposed"}[rec["basis"]]
            if m.get("phase") != phase:
                errors.append(f"{directory}: measure {name}: phase {m.get('phase')!r}, basis {rec['basis']}")
    for key in amounts:
        if key not in covered:
            errors.append(f"{directory}: amount {key} of records.csv is in no fiscal resource")
    return errors


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def export_and_check(args, expected):
    work = args.workdir
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    errors = []
    stdout_csv = run([args.exporter], check=True).stdout
    if args.format == "csv":
        path = os.path.join(work, "export.csv")
        run([args.exporter, "--format", "csv", "--output", path], check=True)
        with open(path, "rb") as f:
            if f.read() != stdout_csv:
                errors.append("--output FILE and standard output differ")
        errors += check_csv(path, expected)
    elif args.format == "json":
        path = os.path.join(work, "export.json")
        run([args.exporter, "--format", "json", "--output", path], check=True)
        errors += check_json(path, expected)
    else:
        path = os.path.join(work, "package")
        run([args.exporter, "--format", "datapackage", "--output", path], check=True)
        errors += check_package(path, expected, csv_bytes=stdout_csv)
        # Writing again over the existing package replaces it whole (with --force, docs/export.md).
        run([args.exporter, "--format", "datapackage", "--output", path, "--force"], check=True)
        errors += check_package(path, expected, csv_bytes=stdout_csv)
    leftovers = [n for n in os.listdir(work) if ".tmp-" in n or n.startswith(".nisc-")]
    if leftovers:
        errors.append(f"temporary files left behind: {leftovers}")
    return errors


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--api", required=True)
    p.add_argument("--exporter")
    p.add_argument("--workdir")
    p.add_argument("--format", choices=["csv", "json", "datapackage"])
    p.add_argument("--check-csv")
    p.add_argument("--check-json")
    p.add_argument("--check-package")
    args = p.parse_args()
    expected = expected_records(args.api)
    if args.check_csv:
        errors = check_csv(args.check_csv, expected)
    elif args.check_json:
        errors = check_json(args.check_json, expected)
    elif args.check_package:
        errors = check_package(args.check_package, expected)
    else:
        errors = export_and_check(args, expected)
    for e in errors:
        print(e)
    if errors:
        print(f"FAILED: {len(errors)} difference(s) between the export and the typed API")
        return 1
    print(f"OK: {len(expected)} records identical to the typed API")
    return 0


if __name__ == "__main__":
    sys.exit(main())
