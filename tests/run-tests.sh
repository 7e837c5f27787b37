#!/usr/bin/env bash
# Runs the whole test suite of a build folder: inside a private D-Bus session
# with an unlocked gnome-keyring (a real Secret Service for the keychain), on
# Qt's offscreen platform.
set -euo pipefail
build="${1:-build}"
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- sh -c "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
    ctest --test-dir '$build' --output-on-failure --timeout 300"
