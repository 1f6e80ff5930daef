#!/usr/bin/env bash
# Runs pytest inside a private D-Bus session with an unlocked gnome-keyring in a throwaway HOME,
# so the Secret Service tests talk to the real thing; without them those tests skip and say why
# (unless PINGTOWER_DESKTOP_REQUIRE_SECRET_SERVICE=1, as in CI, makes that a failure).
set -euo pipefail
python=${PYTHON:-.venv/bin/python}
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  exec "$python" -m pytest "$@"
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export PINGTOWER_TEST_KEYRING_HOME="$keyring_home"
dbus-run-session -- bash -c '
  export HOME="$PINGTOWER_TEST_KEYRING_HOME" XDG_DATA_HOME="$PINGTOWER_TEST_KEYRING_HOME/.local/share"
  printf "ci-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$0" -m pytest "$@"
' "$python" "$@"
