#!/usr/bin/env bash
# First command of the README: install the build dependencies (Debian 12),
# build Gilde in ./build and open it. Only the program is built here; the
# test command builds the suites when it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(cat packaging/build-deps.txt)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target gilde
exec build/app/gilde "$@"
