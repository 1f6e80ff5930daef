#!/usr/bin/env bash
# `make deb-check` (part of `make test`): builds the .deb, then — as root, with apt-get — installs it with
# apt, runs both programs from /usr/bin (--version; the app's --self-test without a display), checks the
# man pages and bash and zsh completion are found, removes the package (purge) and checks that nothing of it is
# left. Without root, the package is built and its contents checked only; without the Debian tools that
# build it (a machine that is not Debian's, or a developer without root), it says so and checks nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
package=pingtower-desktop
for tool in dpkg-deb dpkg-shlibdeps appstreamcli desktop-file-validate; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then  # make system-deps ran as root: it should be there
      echo "deb-check: $tool is missing although make system-deps ran as root" >&2
      exit 1
    fi
    echo "note: $tool is missing (make system-deps installs it, as root): the .deb was not built or checked"
    exit 0
  fi
done
bash tools/build-deb.sh
version=$("$python" -c 'import pingtower_desktop; print(pingtower_desktop.__version__)')
deb=dist/${package}_${version}_$(dpkg --print-architecture).deb

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for wanted in ./usr/bin/pingtower-desktop ./usr/bin/pingtower-desktop-cli ./opt/$package/pingtower-desktop \
  ./usr/share/applications/pingtower-desktop.desktop ./usr/share/icons/hicolor/scalable/apps/pingtower-desktop.svg \
  ./usr/share/metainfo/io.github.team_taxisty.PingTowerDesktop.metainfo.xml \
  ./usr/share/man/man1/pingtower-desktop-cli.1.gz ./usr/share/man/man1/pingtower-desktop.1.gz \
  ./usr/share/bash-completion/completions/pingtower-desktop-cli ./usr/share/zsh/vendor-completions/_pingtower-desktop-cli; do
  grep -qx "$wanted" <<< "$contents" || { echo "deb-check: $deb lacks $wanted" >&2; exit 1; }
done
echo "ok    $deb holds the bundle, the launchers, the desktop entry, icons, metainfo, man pages and completion"

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "note: not root (or no apt-get): the package was built, not installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
  echo "note: $package was installed on this machine; it is removed first (this check installs and removes it)"
  apt-get purge -y -qq "$package" >/dev/null
fi
apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
home=$(mktemp -d)
cleanup() {
  rm -rf "$home"
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
    apt-get purge -y -qq "$package" >/dev/null || true
  fi
}
trap cleanup EXIT

installed=$(dpkg-query -L "$package")
for exe in pingtower-desktop pingtower-desktop-cli; do
  [ "$(command -v "$exe")" = "/usr/bin/$exe" ] || { echo "deb-check: $exe is not /usr/bin/$exe on the PATH" >&2; exit 1; }
  said=$(cd / && "$exe" --version)
  [ "$said" = "$exe $version" ] || { echo "deb-check: '$exe --version' said '$said'" >&2; exit 1; }
done
echo "ok    installed: $(pingtower-desktop-cli --version), $(wc -l <<< "$installed") paths"
(cd / && HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_STATE_HOME=$home/.local/state \
  env -u DISPLAY -u WAYLAND_DISPLAY pingtower-desktop --self-test)
if command -v man >/dev/null; then
  for page in pingtower-desktop pingtower-desktop-cli; do
    [ "$(man -w "$page")" = "/usr/share/man/man1/$page.1.gz" ] || { echo "deb-check: man $page not found" >&2; exit 1; }
  done
fi
bash -c 'source /usr/share/bash-completion/completions/pingtower-desktop-cli
  COMP_WORDS=(pingtower-desktop-cli te) COMP_CWORD=1; _shtab_pingtower_desktop_cli; [ "${COMPREPLY[*]}" = test ]' ||
  { echo "deb-check: the bash completion does not complete 'te' to 'test'" >&2; exit 1; }
if command -v zsh >/dev/null; then  # the installed file, on zsh's own default fpath
  said=$(zsh -f tests/zsh_complete.zsh /usr/share/zsh/vendor-completions "pingtower-desktop-cli te")
  [ "$said" = test ] || { echo "deb-check: the zsh completion does not complete 'te' to 'test' ($said)" >&2; exit 1; }
fi
echo "ok    self-test, man pages, bash and zsh completion from the installed package"

apt-get purge -y -qq "$package" >/dev/null
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
  echo "deb-check: $package is still installed after purge" >&2
  exit 1
fi
left=()
while IFS= read -r path; do
  case $path in /. | /opt | /usr | /usr/bin | /usr/share | /usr/share/man | /usr/share/man/man1 | \
    /usr/share/icons | /usr/share/icons/hicolor | /usr/share/icons/hicolor/* | /usr/share/applications | \
    /usr/share/metainfo | /usr/share/doc | /usr/share/bash-completion | /usr/share/bash-completion/completions | \
    /usr/share/zsh | /usr/share/zsh/vendor-completions)
    [ -d "$path" ] && continue ;;
  esac
  [ -e "$path" ] || [ -L "$path" ] && left+=("$path")
done <<< "$installed"
if [ ${#left[@]} -ne 0 ]; then
  echo "deb-check: left after purge: ${left[*]:0:10}" >&2
  exit 1
fi
echo "deb-check passed: installed with apt, self-tested from /usr/bin, purged, nothing left ($(du -m "$deb" | cut -f1) MiB .deb)"
