#!/usr/bin/env python3
"""Checks that `#include <nisc/nisc.hpp>` costs the compiler fewer instructions than `#include <string>`.

Instruction counts (valgrind's cachegrind, summed over the compiler driver and its children) are
exact and repeatable, unlike wall-clock time. Usage:
    include_cost.py <c++ compiler> <nisc include dir> [extra flags...]
Exit 0 when nisc is cheaper, 1 when not, 77 (skipped) when valgrind is not installed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def instructions(compiler, source, flags):
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
           "--cachegrind-out-file=/dev/null", compiler, "-std=c++20", "-fsyntax-only", *flags, source]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"compiling {source} failed:\n{run.stderr}")
    counts = [int(m.replace(",", "")) for m in re.findall(r"I\s+refs:\s+([\d,]+)", run.stderr)]
    if not counts:
        sys.exit("valgrind printed no instruction count")
    return sum(counts)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    compiler, include_dir, flags = sys.argv[1], sys.argv[2], sys.argv[3:]
    if shutil.which("valgrind") is None:
        print("SKIPPED: valgrind is not installed (apt-get install valgrind)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for name, text in {"empty": "", "string": "#include <string>\n",
                           "nisc": "#include <nisc/nisc.hpp>\n"}.items():
            files[name] = os.path.join(tmp, name + ".cpp")
            with open(files[name], "w", encoding="utf-8") as f:
                f.write(text)
        empty = instructions(compiler, files["empty"], flags)
        string = instructions(compiler, files["string"], flags) - empty
        nisc = instructions(compiler, files["nisc"], ["-I" + include_dir, *flags]) - empty
    print(f"{os.path.basename(compiler)}: <nisc/nisc.hpp> {nisc / 1e6:.0f}M instructions, "
          f"<string> {string / 1e6:.0f}M ({100 * nisc / string:.0f}%)")
    if nisc >= string:
        print("FAIL: including nisc must cost less than including <string>")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
