#!/usr/bin/env python3
"""nisc-export's command line: bad arguments get a usage message and exit status 2 with nothing
written; a failed write leaves no partial file and keeps an existing one; --help and --version work.

usage: check_cli.py --exporter EXE --workdir DIR
"""

import argparse
import os
import shutil
import subprocess
import sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--exporter", required=True)
    p.add_argument("--workdir", required=True)
    a = p.parse_args()
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    failures = []

    def run(*args):
        r = subprocess.run([a.exporter, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")

    target = os.path.join(a.workdir, "out.csv")
    bad = [
        ["--format", "xml", "--output", target],
        ["--format"],
        ["--output"],
        ["--output", ""],
        ["--frmat", "csv"],
        ["extra"],
        ["--format", "datapackage"],
    ]
    for args in bad:
        rc, out, err = run(*args)
        if rc != 2 or "usage: nisc-export" not in err or out:
            failures.append(f"{args}: exit {rc}, stdout {out[:60]!r}, stderr {err[:120]!r}")
        if os.path.exists(target):
            failures.append(f"{args}: wrote {target}")

    # A write that fails (the directory does not exist) reports it and leaves nothing behind.
    missing = os.path.join(a.workdir, "no-such-dir", "out.csv")
    rc, out, err = run("--output", missing)
    if rc == 0 or "nisc-export:" not in err or os.path.exists(os.path.dirname(missing)):
        failures.append(f"write into a missing directory: exit {rc}, stderr {err!r}")

    # An existing file survives a failed run and is replaced whole by a good one.
    with open(target, "w") as f:
        f.write("old\n")
    run("--format", "nope", "--output", target)
    with open(target) as f:
        if f.read() != "old\n":
            failures.append("a failed run changed the existing output file")
    rc, _, _ = run("--output", target)
    with open(target, "rb") as f:
        if rc != 0 or not f.read().startswith(b"table,code,label_ja,fiscal_year,measure,value,unit"):
            failures.append("a good run did not replace the existing output file")

    # A directory as --output of csv is refused; a file as --output of datapackage too.
    rc, _, err = run("--output", a.workdir)
    if rc == 0:
        failures.append("csv into a directory was accepted")
    rc, _, err = run("--format", "datapackage", "--output", target)
    if rc == 0:
        failures.append("a data package into a file was accepted")

    rc, out, _ = run("--help")
    if rc != 0 or "usage: nisc-export" not in out:
        failures.append(f"--help: exit {rc}")
    rc, out, _ = run("--version")
    if rc != 0 or not out.startswith("nisc-export "):
        failures.append(f"--version: exit {rc}, {out!r}")
    leftovers = [n for n in os.listdir(a.workdir) if ".tmp-" in n or n.startswith(".nisc-")]
    if leftovers:
        failures.append(f"temporary files left behind: {leftovers}")

    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
