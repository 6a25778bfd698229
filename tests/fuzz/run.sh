#!/usr/bin/env bash
# Longer fuzzing than CI does: tests/fuzz/run.sh [seconds per target (default 600)] [targets at once (default 1)]
# Configures and builds the `fuzz` preset, then runs every fuzz target on its corpus (the seeds of
# tests/fuzz/corpus/<name>/ plus what earlier runs kept in build/fuzz/tests/fuzz/corpus/<name>/).
# A failing input is written to build/fuzz/tests/fuzz/findings/. Prints one line per target, the
# figures docs/fuzzing.md records, and exits non-zero if any target found something.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
parallel=${2:-1}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
bin=build/fuzz/tests/fuzz
mkdir -p "$bin/findings" "$bin/logs"
"$bin/nisc_fuzz_seed_names" "$bin/corpus/from_name" >/dev/null

run_one() {
    local exe=$1 name=${1##*/nisc_fuzz_}
    mkdir -p "$bin/corpus/$name"
    if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$bin/findings/$name-" "$bin/corpus/$name" "tests/fuzz/corpus/$name" \
        >"$bin/logs/$name.log" 2>&1; then
        result="no finding"
    else
        result="FINDING (see $bin/logs/$name.log)"
    fi
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$bin/logs/$name.log")
    printf '%-14s %12s executions in %ss, corpus %s files: %s\n' "$name" "${runs:-?}" "$seconds" \
        "$(find "$bin/corpus/$name" -type f | wc -l)" "$result"
}
export -f run_one
export bin seconds

targets=$(find "$bin" -maxdepth 1 -name 'nisc_fuzz_*' -type f ! -name '*seed_names' | sort)
echo "fuzzing $(echo "$targets" | wc -l) targets for ${seconds}s each, $parallel at a time ($(date -u +%F))"
echo "$targets" | xargs -P "$parallel" -I{} bash -c 'run_one {}' | tee "$bin/logs/summary.txt"
! grep -q FINDING "$bin/logs/summary.txt"
