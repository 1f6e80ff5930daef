#!/usr/bin/env bash
# `make deb`: dist/pingtower-desktop_<version>_<arch>.deb from the one-folder bundle (built first when it is
# missing or older than its sources), with dpkg-deb and no network:
#   /opt/pingtower-desktop/                     the bundle
#   /usr/bin/pingtower-desktop{,-cli}           links to its two executables
#   /usr/share/applications, icons/hicolor      the desktop entry and icons
#   /usr/share/metainfo                         the AppStream metainfo (checked with appstreamcli)
#   /usr/share/man/man1                         man pages generated from the programs' argparse
#   /usr/share/bash-completion/completions      bash completion, generated the same way (shtab)
#   /usr/share/zsh/vendor-completions           zsh completion, likewise
# Depends: what dpkg-shlibdeps finds the bundle's ELF files need from the system (the bundle's own
# libraries are private to it).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
bundle=dist/pingtower-desktop
package=pingtower-desktop
metainfo=io.github.team_taxisty.PingTowerDesktop.metainfo.xml

for tool in dpkg-deb dpkg-shlibdeps appstreamcli desktop-file-validate; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (make system-deps installs it)" >&2; exit 1; }
done
bash tools/build-dist.sh --if-changed

version=$("$python" -c 'import pingtower_desktop; print(pingtower_desktop.__version__)')
arch=$(dpkg --print-architecture)
grep -q "<release version=\"$version\"" "resources/$metainfo" || {
  echo "build-deb: resources/$metainfo has no <release> for version $version" >&2
  exit 1
}
# The date of the last commit: the same sources give the same package.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

work=build/deb
root=$work/${package}_${version}_$arch
rm -rf "$work"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/metainfo" "$root/usr/share/man/man1" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" "$root/usr/share/doc/$package"
cp -a "$bundle" "$root/opt/$package"
mv "$root/opt/$package/share/applications" "$root/opt/$package/share/icons" "$root/usr/share/"
rmdir "$root/opt/$package/share"
find "$root/opt/$package" -type f -name '*.so*' -exec chmod 0644 {} +  # loaded, never run
for exe in pingtower-desktop pingtower-desktop-cli; do
  ln -s "/opt/$package/$exe" "$root/usr/bin/$exe"
done
cp "resources/$metainfo" "$root/usr/share/metainfo/"
"$python" tools/cli_docs.py man-cli --date "$date" | gzip -9n > "$root/usr/share/man/man1/pingtower-desktop-cli.1.gz"
"$python" tools/cli_docs.py man-app --date "$date" | gzip -9n > "$root/usr/share/man/man1/pingtower-desktop.1.gz"
"$python" tools/cli_docs.py bash > "$root/usr/share/bash-completion/completions/pingtower-desktop-cli"
"$python" tools/cli_docs.py zsh > "$root/usr/share/zsh/vendor-completions/_pingtower-desktop-cli"
cat <<EOF | gzip -9n > "$root/usr/share/doc/$package/changelog.gz"
$package ($version) unstable; urgency=medium

  * Built from commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown) of PingTower Desktop.

 -- The PingTower team <pingtower@example.com>  $(date -u -R -d "@$SOURCE_DATE_EPOCH")
EOF
cat > "$root/usr/share/doc/$package/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: PingTower Desktop
Source: https://github.com/Team-taxisty/PingTower

Files: *
Copyright: 2026 The PingTower team
License: MIT
 The bundle under /opt/$package also holds Python, Qt (PySide6, LGPL-3.0) and the Python libraries the
 app uses (httpx, pydantic, keyring, platformdirs …); their licences travel with their metadata there.
EOF

appstreamcli validate --no-net "$root/usr/share/metainfo/$metainfo" >/dev/null
desktop-file-validate "$root/usr/share/applications/pingtower-desktop.desktop"
bash -n "$root/usr/share/bash-completion/completions/pingtower-desktop-cli"
if command -v zsh >/dev/null; then zsh -n "$root/usr/share/zsh/vendor-completions/_pingtower-desktop-cli"; fi

# dpkg-shlibdeps reads a debian/control; the bundle's folders are private library paths.
elves=()
while IFS= read -r -d '' file; do
  [ "$(head -c4 "$file" | od -An -c | tr -d ' ')" = "177ELF" ] && elves+=("$file")
done < <(find "$PWD/$root/opt/$package" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0)
mapfile -t private < <(printf '%s\n' "${elves[@]}" | xargs -n1 dirname | sort -u | sed 's/^/-l/')
mkdir -p "$work/shlibs/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" > "$work/shlibs/debian/control"
depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O --ignore-missing-info "${private[@]}" -e "${elves[@]}" 2>/dev/null |
  sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

cat > "$root/DEBIAN/control" <<EOF
Package: $package
Version: $version
Architecture: $arch
Maintainer: The PingTower team <pingtower@example.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Recommends: gnome-keyring | keepassxc | kwalletmanager
Section: net
Priority: optional
Homepage: https://github.com/Team-taxisty/PingTower
Description: manage PingTower notification channels from the desktop
 A desktop app and a command line (pingtower-desktop-cli) for PingTower's
 notification channels: Telegram, e-mail, Slack, webhooks and the PingTower
 Python bot. A form per channel type, a one-click test, every secret in the
 desktop keyring (the Secret Service), delivery straight from this computer
 or two-way sync with a PingTower server, and scheduled checks.
EOF

deb=dist/${package}_${version}_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb: $(du -m "$deb" | cut -f1) MiB ($(dpkg-deb -c "$deb" | wc -l) entries), Depends on $(tr ',' '\n' <<< "$depends" | wc -l) packages"
