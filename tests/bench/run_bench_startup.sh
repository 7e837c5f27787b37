#!/bin/sh
# Runs the start-up benchmark under a virtual X server.
#   tests/bench/run_bench_startup.sh [BUILD_DIR] [CACHE_DIR] [extra bench arguments]
set -eu
build="${1:-build}"
cache="${2:-${TMPDIR:-/tmp}/gilde-bench}"
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
exec xvfb-run -a -s '-screen 0 1920x1080x24' "$build/tests/bench/bench_startup" "$build/app/gilde" "$cache" "$@"
