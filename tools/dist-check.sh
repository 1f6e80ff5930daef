#!/usr/bin/env bash
# `make dist-check`: builds the bundle when it is missing or older than its sources, then runs what it holds:
# both executables' --version, and the app's --self-test without a display (offscreen). When Xvfb and
# gnome-keyring are installed, the self-test runs once more under Xvfb (the xcb plugin and its libraries)
# inside a private D-Bus session with an unlocked gnome-keyring, where the bundled SecretService backend
# must find a usable keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
bundle=dist/pingtower-desktop
app=$bundle/pingtower-desktop

bash tools/build-dist.sh --if-changed

version=$("$python" -c 'import pingtower_desktop; print(pingtower_desktop.__version__)')
for exe in "$app" "$bundle/pingtower-desktop-cli"; do
  said=$("$exe" --version)
  if [ "$said" != "$(basename "$exe") $version" ]; then
    echo "dist-check: '$exe --version' said '$said', expected version $version" >&2
    exit 1
  fi
  echo "ok    $said"
done

echo "--- self-test without a display"
env -u DISPLAY -u WAYLAND_DISPLAY "$app" --self-test

if command -v xvfb-run >/dev/null && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  echo "--- self-test under Xvfb, with gnome-keyring as the Secret Service"
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  HOME=$home XDG_DATA_HOME=$home/.local/share PINGTOWER_DESKTOP_SELFTEST_REQUIRE_KEYRING=1 dbus-run-session -- bash -c '
    printf dist-check | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec xvfb-run -a "$0" --self-test' "$app"
else
  echo "note: xvfb-run, dbus-run-session or gnome-keyring-daemon missing (make system-deps): skipped the Xvfb and keyring run"
fi
echo "dist-check passed: $bundle weighs $(du -sm "$bundle" | cut -f1) MiB"
