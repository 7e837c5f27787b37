#!/usr/bin/env bash
# Refresh benchmark: serves a generated corpus (RSS 2.0 and Atom, 50 items of
# 1-2 KB HTML per feed) with nginx on 127.0.0.1, then times, for 500 and
# FEEDS feeds, a cold refresh (empty profile) and a warm one (all 304) with
#   - `gilde refresh --all` (the whole program: start, open, refresh, exit),
#   - bench_refresh (one SyncEngine round inside a running process),
#   - Newsboat (`newsboat -x reload`, reload-threads 4), on the same corpus,
# and prints a table with wall time and peak resident memory.
#
# usage: tests/bench/refresh_bench.sh [BUILD_DIR]
#   env: FEEDS (default 2000), PORTS (nginx ports the feeds are spread over,
#        default 8: real feeds live on many hosts), GZIP (on|off, default on),
#        NEWSBOAT (0 to skip it), KEEP (1 to keep the scratch folder),
#        PRIORITY (0 to run as is; see below)
#
# On a machine shared with other work (builds, other sessions), the kernel's
# autogroup scheduling splits the CPU between sessions and plain `nice` does
# not help: the figures then measure the neighbours. Where it may (root), the
# script runs in a session of its own with a raised autogroup priority, so
# every program measured (nginx, gilde, Newsboat alike) gets the CPU as on an
# idle machine. The table says which way it ran.
set -euo pipefail

if [[ "${PRIORITY:-1}" != 0 && -z "${GILDE_BENCH_SESSION:-}" && -w /proc/self/autogroup ]] \
    && command -v setsid > /dev/null; then
    export GILDE_BENCH_SESSION=1
    exec setsid -w "$0" "$@"
fi
priority="as is"
if [[ -n "${GILDE_BENCH_SESSION:-}" ]] && echo -15 2> /dev/null > /proc/$$/autogroup; then
    priority="own session, autogroup nice -15"
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
bench="$build/tests/bench/bench_refresh"
gilde="$build/app/gilde"
feeds=${FEEDS:-2000}
ports=${PORTS:-8}
gzip=${GZIP:-on}
with_newsboat=${NEWSBOAT:-1}

[[ -x "$bench" ]] || { echo "missing $bench (build the bench_refresh target)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is not installed" >&2; exit 1; }

tmp=$(mktemp -d /tmp/gilde-refresh-bench.XXXXXX)
nginx_pid=""
cleanup() {
    if [[ -n "$nginx_pid" ]]; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    [[ "${KEEP:-0}" == 1 ]] && echo "kept $tmp" || rm -rf "$tmp"
}
trap cleanup EXIT

# Free consecutive loopback ports.
first_port=0
for _ in $(seq 1 50); do
    # Below the kernel's ephemeral range, so no outgoing connection holds one.
    candidate=$(shuf -i 20000-32000 -n 1)
    busy=0
    for ((p = candidate; p < candidate + ports; p++)); do
        if [[ -n "$(ss -Htan "sport = :$p")" ]]; then busy=1; break; fi
    done
    if [[ $busy == 0 ]]; then first_port=$candidate; break; fi
done
[[ $first_port != 0 ]] || { echo "no free ports" >&2; exit 1; }

listen=""
bases=""
for ((p = first_port; p < first_port + ports; p++)); do
    listen+="listen 127.0.0.1:$p; "
    bases+="${bases:+,}http://127.0.0.1:$p"
done

"$bench" generate "$tmp/corpus" "$feeds" "$bases"
# nginx started as root serves through an unprivileged worker: let it read the corpus.
chmod 755 "$tmp"
chmod -R a+rX "$tmp/corpus"
sed -e "s|@TMP@|$tmp|g" -e "s|@ROOT@|$tmp/corpus|g" -e "s|@LISTEN@|$listen|" -e "s|@GZIP@|$gzip|" \
    "$here/nginx.conf" > "$tmp/nginx.conf"
nginx -p "$tmp" -c "$tmp/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 100); do
    up=0
    if (exec 3<>"/dev/tcp/127.0.0.1/$first_port") 2>/dev/null; then up=1; fi
    [[ $up == 1 ]] && break
    sleep 0.1
done
sleep 0.2
if [[ $up != 1 ]] || ! kill -0 "$nginx_pid" 2>/dev/null; then
    echo "nginx did not start:" >&2; cat "$tmp/nginx-error.log" >&2; exit 1
fi

# One measured command: prints "seconds peak_MiB", its output in $tmp/last.out.
measure() {
    /usr/bin/time -f "%e %M" -o "$tmp/time.out" "$@" > "$tmp/last.out" 2>&1 || {
        echo "failed: $*" >&2; tail -5 "$tmp/last.out" >&2; }
    tail -1 "$tmp/time.out" | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }'
}

rows=()
row() { rows+=("$(printf '| %-26s | %5s | %-4s | %8s | %8s | %s' "$@")"); }

sizes=(500)
[[ $feeds -gt 500 ]] && sizes+=("$feeds")
for n in "${sizes[@]}"; do
    urls="$tmp/corpus/urls-$n.txt"

    if [[ -x "$gilde" ]]; then
        profile="$tmp/gilde-$n"
        "$gilde" --profile "$profile" import-opml "$tmp/corpus/feeds-$n.opml" > /dev/null
        for run in cold warm; do
            read -r secs mib < <(measure "$gilde" --profile "$profile" refresh --all)
            row "gilde refresh --all" "$n" "$run" "$secs" "$mib" "$(tail -1 "$tmp/last.out")"
        done
    fi

    profile="$tmp/bench-$n"
    for run in cold warm; do
        read -r secs mib < <(measure "$bench" run "$profile" "$urls")
        line=$(tail -1 "$tmp/last.out")
        ms=$(sed -n 's/.*refresh_ms=\([0-9]*\).*/\1/p' <<< "$line")
        row "SyncEngine round (bench)" "$n" "$run" "$(awk -v m="$ms" 'BEGIN { printf "%.2f", m / 1000 }')" \
            "$mib" "$line"
    done

    if [[ $with_newsboat != 0 ]] && command -v newsboat > /dev/null; then
        mkdir -p "$tmp/newsboat-$n"
        printf 'reload-threads 4\n' > "$tmp/newsboat-$n/config"
        cp "$urls" "$tmp/newsboat-$n/urls"
        for run in cold warm; do
            read -r secs mib < <(measure env HOME="$tmp/newsboat-$n" newsboat -C "$tmp/newsboat-$n/config" \
                -u "$tmp/newsboat-$n/urls" -c "$tmp/newsboat-$n/cache.db" -x reload)
            row "newsboat -x reload (4 thr)" "$n" "$run" "$secs" "$mib" ""
        done
    fi
done

echo
echo "Corpus: $feeds feeds x 50 items (RSS 2.0 / Atom), nginx on $ports loopback ports, gzip $gzip, $(nproc) cores"
echo "Load average at start: $load; CPU priority: $priority"
printf '| %-26s | %5s | %-4s | %8s | %8s | %s\n' "what" "feeds" "run" "wall s" "peak MiB" "detail"
printf '|%s|\n' "----------------------------|-------|------|----------|----------|-------"
printf '%s\n' "${rows[@]}"
