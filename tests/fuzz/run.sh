#!/usr/bin/env bash
# Runs one libFuzzer target for a while: tests/fuzz/run.sh TARGET SECONDS [BUILD]
# TARGET is a name like "feed" (or "fuzz_feed"); BUILD defaults to build-fuzz.
# The build folder is configured with clang and the target built when needed.
# The fuzzer works on a scratch copy of the seed corpus, so the checkout stays
# clean; findings are written to BUILD/fuzz-findings/TARGET/. Exit status is
# non-zero when the target found something.
# GILDE_FUZZ_RUNS stops after that many executions. GILDE_FUZZ_TIMEOUT (seconds,
# default 1) is when one input counts as a hang: the clock is the wall's, so a
# fuzzer starved by a busy machine may need more; inputs slower than 1 s are
# still kept, as slow-unit-* beside the findings, and named at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET SECONDS [BUILD]" >&2
    exit 2
fi
target="${1#fuzz_}"
seconds="$2"
build="${3:-build-fuzz}"
fixtures=tests/fixtures
fuzz=tests/fuzz

# Seeds and dictionary of each target: fixture folders where they fit,
# tests/fuzz/corpus/TARGET where no fixture does.
case "$target" in
    feed) seeds="$fixtures/feeds $fixtures/cli"; dict=xml.dict ;;
    xml_input) seeds="$fixtures/feeds $fixtures/opml"; dict=xml.dict ;;
    opml) seeds="$fixtures/opml"; dict=xml.dict ;;
    html_sanitizer) seeds="$fuzz/corpus/html_sanitizer"; dict=html.dict ;;
    feed_discovery) seeds="$fuzz/corpus/feed_discovery $fixtures/bookmarks/article.html"; dict=html.dict ;;
    page_text) seeds="$fixtures/bookmarks/article.html $fuzz/corpus/feed_discovery"; dict=html.dict ;;
    netscape_bookmarks) seeds="$fixtures/bookmarks"; dict=html.dict ;;
    url_normalizer) seeds="$fuzz/corpus/url_normalizer"; dict= ;;
    feed_dates) seeds="$fuzz/corpus/feed_dates"; dict= ;;
    shaarli_json) seeds="$fuzz/corpus/shaarli_json $fixtures/feeds/json11.json"; dict=json.dict ;;
    mastodon_json) seeds="$fixtures/mastodon/*.json $fuzz/corpus/mastodon_json"; dict=json.dict ;;
    discourse_json) seeds="$fuzz/corpus/discourse_json"; dict=json.dict ;;
    *)
        echo "unknown target '$target'; one of: $(ls $fuzz/fuzz_*.cpp | sed 's|.*/fuzz_||; s|\.cpp||' | tr '\n' ' ')" >&2
        exit 2
        ;;
esac

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGILDE_FUZZ=ON -DGILDE_BUILD_TESTS=OFF -DGILDE_BUILD_BENCH=OFF >/dev/null
fi
if ! cmake --build "$build" --target "fuzz_$target" >"$build/fuzz-build.log" 2>&1; then
    cat "$build/fuzz-build.log" >&2
    exit 1
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/corpus"
for seed in $seeds; do
    if [ -d "$seed" ]; then
        cp "$seed"/* "$scratch/corpus/"
    else
        cp "$seed" "$scratch/corpus/"
    fi
done
findings="$build/fuzz-findings/$target"
mkdir -p "$findings"
log="$build/fuzz-logs/$target.log"
mkdir -p "$(dirname "$log")"

args=("$scratch/corpus" -max_total_time="$seconds" -timeout="${GILDE_FUZZ_TIMEOUT:-1}" -report_slow_units=1
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/")
[ -n "$dict" ] && args+=(-dict="$fuzz/$dict")
[ -n "${GILDE_FUZZ_RUNS:-}" ] && args+=(-runs="$GILDE_FUZZ_RUNS")

status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    "$build/tests/fuzz/fuzz_$target" "${args[@]}" >"$log" 2>&1 || status=$?

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
coverage=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
printf '%-20s executions %-10s exec/s %-7s %s\n' "$target" "${execs:-?}" "${rate:-?}" "${coverage:-cov: ? ft: ?}"
grep -E '^Slowest unit: |Test unit written to .*/slow-unit-' "$log" >&2 || true
if [ "$status" -ne 0 ]; then
    echo "FINDING in $target (exit $status); log: $log" >&2
    grep -E '^== FINDING|ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -20 >&2 || true
fi
exit "$status"
