#!/usr/bin/env bash
# Runs every libFuzzer target for an equal share of SECONDS_TOTAL:
# tests/fuzz/run-all.sh SECONDS_TOTAL [BUILD]. Every target runs even when one
# finds something; the exit status is non-zero when any did.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ $# -lt 1 ]; then
    echo "usage: $0 SECONDS_TOTAL [BUILD]" >&2
    exit 2
fi
total="$1"
build="${2:-build-fuzz}"
targets=$(ls tests/fuzz/fuzz_*.cpp | sed 's|.*/fuzz_||; s|\.cpp$||')
count=$(echo "$targets" | wc -l)
share=$(( total / count ))
[ "$share" -ge 1 ] || share=1

# run.sh configures and builds: the first call pays for the build, not for
# its share of the time.
failed=""
for target in $targets; do
    tests/fuzz/run.sh "$target" "$share" "$build" || failed="$failed $target"
done
if [ -n "$failed" ]; then
    echo "fuzz targets with findings:$failed" >&2
    exit 1
fi
