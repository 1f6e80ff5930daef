#!/usr/bin/env bash
# Installs the Debian packages the tests and screenshots need (a real X server, the Secret
# Service, Qt's xcb/EGL libraries, Postfix and Dovecot as a real mail server, the accessibility bus and
# Debian's pyatspi (the screen-reader test), tinyproxy and microsocks (the proxy tests), what `make deb` builds and
# checks the package with), when they are
# missing and we may: as root with apt-get.
set -euo pipefail
packages=(
  xvfb xauth xdotool imagemagick dbus dbus-x11 gnome-keyring desktop-file-utils trayer
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0
  postfix dovecot-core
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  tinyproxy microsocks libglib2.0-bin gsettings-desktop-schemas zsh
  dpkg-dev appstream man-db patchelf
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "note: missing Debian packages (${missing[*]}); install them as root for the Secret Service tests and screenshots" >&2
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Postfix is only a test peer here: installed without a system configuration, started by the tests
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# tinyproxy is only a test peer too: the tests start their own; the system's own one (where a service manager
# started it) is stopped
if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
  systemctl disable --now tinyproxy >/dev/null 2>&1 || true
fi
