#!/usr/bin/env python3
"""The export in the tools people load data with: SQLite, pandas and a Frictionless validator.

Each recipe is read from docs/export.md (between `<!-- recipe:NAME -->` and `<!-- /recipe:NAME -->`),
so the page shows exactly what is tested. The test exports the release with nisc-export, runs the
recipe with the real tool and compares what it prints with figures typed below from the release
itself (別紙3 §2 and §3), not taken from nisc. It then doctors the export (one amount changed, a
cell that is not a number, a broken schema) and requires the recipe's result to change or the
validator to refuse it, so a check that cannot fail is seen.

usage: data_tools.py {sqlite,pandas,frictionless} --exporter EXE --doc docs/export.md --workdir DIR
                     [--python PY ...] [--node NODE] [--node-modules DIR]

Exit 0 when the tool reproduces the figures, 1 when not, 77 (CTest: skipped) when the tool is not
installed; but with the environment variable CI set, a missing tool is a failure (exit 1).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

SKIPPED = 77

# 別紙3 §3 府省庁別予算額 (千円): the FY2008 合計 and one body, 内閣官房, FY2007 and FY2008.
FY2008_TOTAL = 33_750_112
CABINET_SECRETARIAT = {"2007": 867_606, "2008": 1_423_189}
# 別紙3 §2 施策の内訳 (百万円), FY2008: every row; area 1 is rows 1-1, 1-2 and 1-3.
AREAS_FY2008 = {"1-1": 19_156, "1-2": 557, "1-3": 386, "2": 2_767, "3": 276, "4": 505, "5": 1_639,
                "6": 2_654, "7": 5_809}


def expected_figures():
    """The three answers, computed here from the typed figures: the FY2008 total; 内閣官房's change
    FY2007 -> FY2008 in 千円 and in % (one decimal); area 1's FY2008 amount, the sum of all rows and
    its share in % (one decimal)."""
    before, after = CABINET_SECRETARIAT["2007"], CABINET_SECRETARIAT["2008"]
    area1 = sum(v for k, v in AREAS_FY2008.items() if k.startswith("1-"))
    rows = sum(AREAS_FY2008.values())
    return [(FY2008_TOTAL,), (after - before, round(100 * (after - before) / before, 1)),
            (area1, rows, round(100 * area1 / rows, 1))]


def unavailable(what):
    """A tool that is not there: skipped on a user's machine, a failure in CI."""
    if os.environ.get("CI"):
        print(f"FAIL: {what} (CI is set: every tool of this test must be installed; see .ci/run)")
        sys.exit(1)
    print(f"skipped: {what}")
    sys.exit(SKIPPED)


def recipe(doc, name):
    """The fenced code block between the recipe's markers in docs/export.md."""
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    m = re.search(rf"<!-- recipe:{name} -->\s*```[a-z]*\n(.*?)```\s*<!-- /recipe:{name} -->", text, re.S)
    if not m:
        sys.exit(f"FAIL: {doc} has no `<!-- recipe:{name} -->` block")
    return m.group(1)


def run(cmd, cwd, env=None, stdin=None):
    r = subprocess.run(cmd, cwd=cwd, env=env, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def export(exporter, workdir, *args):
    rc, out, err = run([exporter, *args], cwd=workdir)
    if rc != 0:
        sys.exit(f"FAIL: nisc-export {' '.join(args)}: exit {rc}\n{err}")


def numbers(output):
    """What a recipe printed: one tuple of numbers per line (separated by blanks or `|`)."""
    lines = [line for line in output.splitlines() if line.strip()]
    return [tuple(float(x) for x in re.split(r"[|\s]+", line.strip())) for line in lines]


def compare(tool, output, expected):
    try:
        got = numbers(output)
    except ValueError:
        return [f"{tool} printed something that is not numbers:\n{output}"]
    if got != [tuple(float(x) for x in row) for row in expected]:
        return [f"{tool} printed\n{output}but the release gives\n" +
                "\n".join(" ".join(str(x) for x in row) for row in expected)]
    return []


def doctor_csv(path):
    """内閣官房's FY2008 amount one 千円 higher: the total and the growth must change."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    doctored, n = re.subn(r"(,内閣官房,2008,amount,)1423189,", r"\g<1>1423190,", text)
    if n != 1:
        sys.exit("FAIL: the export has no single row for 内閣官房 FY2008 to doctor")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(doctored)


def table_recipe(a, name, command, script_name):
    """SQLite and pandas: the recipe reads nisc-2007-10-03.csv in its working folder."""
    script = os.path.join(a.workdir, script_name)
    with open(script, "w", encoding="utf-8") as f:
        f.write(recipe(a.doc, name))
    csv = os.path.join(a.workdir, "nisc-2007-10-03.csv")
    export(a.exporter, a.workdir, "--format", "csv", "--output", csv)
    rc, out, err = command(script)
    if rc != 0:
        return [f"{name} recipe failed (exit {rc}):\n{err}"]
    failures = compare(name, out, expected_figures())
    if not failures:
        print(f"{name}:\n{out}", end="")
    doctor_csv(csv)
    rc, out_doctored, err = command(script)
    if rc != 0 or out_doctored == out:
        failures.append(f"{name}: the recipe did not notice 内閣官房 FY2008 changed by one 千円 "
                        f"(exit {rc}, printed {out_doctored!r})")
    return failures


def sqlite(a):
    tool = shutil.which("sqlite3")
    if not tool:
        unavailable("sqlite3 not found (Debian: apt-get install sqlite3)")
    return table_recipe(a, "sqlite", lambda script: run([tool, "-bail", "-batch", ":memory:"], a.workdir,
                                                          stdin=open(script, "rb").read()), "budget.sql")


def pandas(a):
    for candidate in [*a.python, "/usr/bin/python3", sys.executable]:
        if candidate and os.path.exists(candidate) and run([candidate, "-c", "import pandas"], a.workdir)[0] == 0:
            python = candidate
            break
    else:
        unavailable("no Python 3 with pandas (Debian: apt-get install python3-pandas, run with /usr/bin/python3)")
    print(f"pandas through {python}")
    return table_recipe(a, "pandas", lambda script: run([python, script], a.workdir), "budget.py")


def frictionless(a):
    node = shutil.which(a.node) if a.node else None
    if not node:
        unavailable("node not found (Debian: apt-get install nodejs npm)")
    modules = os.path.abspath(a.node_modules)
    if not os.path.isfile(os.path.join(modules, "datapackage", "package.json")):
        unavailable(f"the npm package datapackage is not in {modules} "
                    f"(npm install --prefix {os.path.dirname(modules)} datapackage@1.1.10)")
    env = dict(os.environ, NODE_PATH=modules)
    script = os.path.join(a.workdir, "validate.js")
    with open(script, "w", encoding="utf-8") as f:
        f.write(recipe(a.doc, "frictionless"))

    def validate(package):
        return run([node, script, package], a.workdir, env=env)

    failures = []
    export(a.exporter, a.workdir, "--format", "datapackage", "--output", "nisc-package")
    rc, out, err = validate("nisc-package")
    if rc != 0:
        failures.append(f"the validator rejects the data package (exit {rc}):\n{out}{err}")
    else:
        print(out, end="")
        # The validator read and cast every resource; its counts and the figures it printed must be the release's.
        rows = dict(re.findall(r"^(\w+): (\d+) rows", out, re.M))
        if rows.get("budget_by_ministry") != "20" or rows.get("budget_by_area") != "9":
            failures.append(f"rows read: {rows} (the release prints 19 bodies and a 合計, 9 area rows)")
        m = re.search(r"^内閣官房 FY2008: (\S+)$", out, re.M)
        if not m or float(m.group(1)) != CABINET_SECRETARIAT["2008"]:
            failures.append(f"内閣官房 FY2008 as read by the validator: {m.group(1) if m else None}")
        m = re.search(r"^FY2008 total of the bodies: (\S+)$", out, re.M)
        if not m or float(m.group(1)) != FY2008_TOTAL:
            failures.append(f"the bodies' FY2008 total as read by the validator: {m.group(1) if m else None}")

    # Doctored copies the validator must refuse.
    def doctored(name, path, old, new):
        copy = os.path.join(a.workdir, name)
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(os.path.join(a.workdir, "nisc-package"), copy)
        target = os.path.join(copy, path)
        with open(target, encoding="utf-8", newline="") as f:
            text = f.read()
        if old not in text:
            sys.exit(f"FAIL: {path} has no {old!r} to doctor")
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(text.replace(old, new, 1))
        rc, out, err = validate(name)
        if rc == 0:
            failures.append(f"the validator accepts a package whose {path} has {new!r} for {old!r}:\n{out}")

    doctored("doctored-cell", "data/fiscal/budget_by_ministry.csv", ",1423189", ",1423189x")
    doctored("doctored-schema", "datapackage.json", '"type": "number"', '"type": "numeric"')
    doctored("doctored-path", "datapackage.json", '"data/fiscal/budget_by_area.csv"', '"data/fiscal/no_such.csv"')
    return failures


def main():
    p = argparse.ArgumentParser()
    p.add_argument("tool", choices=["sqlite", "pandas", "frictionless"])
    p.add_argument("--exporter", required=True)
    p.add_argument("--doc", required=True)
    p.add_argument("--workdir", required=True)
    p.add_argument("--python", action="append", default=[])
    p.add_argument("--node", default="node")
    p.add_argument("--node-modules", default="node_modules")
    a = p.parse_args()
    a.exporter = os.path.abspath(a.exporter)
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    failures = {"sqlite": sqlite, "pandas": pandas, "frictionless": frictionless}[a.tool](a)
    for f in failures:
        print(f"FAIL: {f}")
    if failures:
        return 1
    print(f"OK: {a.tool} reproduces the release's figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
