#!/usr/bin/env python3
"""Checks that a translation unit including <nisc/nisc.hpp> and using its tables has no dynamic
initialisation: no global-constructor function and no guard variable in its object file.
Usage: static_init.py <c++ compiler> <nisc include dir> [extra flags...]"""
import os
import subprocess
import sys
import tempfile

SOURCE = r"""
#include <nisc/nisc.hpp>
// Odr-use the tables and the queries so that any initialiser they needed would be emitted.
const void* nisc_static_init_probe[] = {&nisc::budget_by_ministry, &nisc::budget_by_area, &nisc::budget_trend,
                                        &nisc::budget_summary, &nisc::errata, &nisc::values_of<nisc::ministry>};
long long nisc_static_init_total(int y) {
    const auto t = nisc::total_budget(nisc::fiscal_year{y});
    return t ? t->count() : -1;
}
"""
FORBIDDEN = ("_GLOBAL__sub_I", "__cxx_global_var_init", "_ZGV")


# A TU that does need dynamic initialisation: the detector must flag it, or it proves nothing.
DYNAMIC = "int nisc_probe_f();\nint nisc_probe_x = nisc_probe_f();\ninline int nisc_probe_y = nisc_probe_f();\n"


def dynamic_symbols(compiler, include_dir, flags, source):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "probe.cpp")
        obj = os.path.join(tmp, "probe.o")
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        subprocess.run([compiler, "-std=c++20", "-O0", "-c", "-I" + include_dir, *flags, src, "-o", obj], check=True)
        symbols = subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout
    return symbols, [line for line in symbols.splitlines() if any(s in line for s in FORBIDDEN)]


def main():
    compiler, include_dir, flags = sys.argv[1], sys.argv[2], sys.argv[3:]
    if not dynamic_symbols(compiler, include_dir, flags, DYNAMIC)[1]:
        print("FAIL: the detector did not flag a TU with dynamic initialisation")
        return 1
    symbols, found = dynamic_symbols(compiler, include_dir, flags, SOURCE)
    if found:
        print("FAIL: dynamic initialisation found:\n" + "\n".join(found))
        return 1
    print(f"{os.path.basename(compiler)}: no dynamic initialiser in a TU that uses nisc ({len(symbols.splitlines())} symbols)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
