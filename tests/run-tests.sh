#!/usr/bin/env bash
# Runs the whole test suite of a build folder: inside a private D-Bus session
# with an unlocked gnome-keyring (a real Secret Service for the keychain), on
# Qt's offscreen platform. Builds what the suites need first (the folder is
# configured if it is not yet), so it follows the README's first command.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target gilde_tests
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- sh -c "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
    ctest --test-dir '$build' --output-on-failure --timeout 300"
