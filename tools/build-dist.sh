#!/usr/bin/env bash
# `make dist`: builds the one-folder bundle dist/pingtower-desktop/ from pingtower.spec with PyInstaller
# (installed into the venv when missing), adds the Linux desktop entry and icons under share/, then says what
# it weighs and how long the build took. With --if-changed: only when the bundle is missing or older than
# its sources.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
app=dist/pingtower-desktop/pingtower-desktop
if [ "${1:-}" = "--if-changed" ] && [ -x "$app" ] && [ -z "$(find pingtower_desktop pingtower.spec tools/pyinstaller \
  tools/build-dist.sh resources pyproject.toml -type f -not -name '*.pyc' -newer "$app" -print -quit)" ]; then
  exit 0
fi
"$python" -c "import PyInstaller" 2>/dev/null || "$python" -m pip install -q "pyinstaller>=6.10"
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller pingtower.spec
# A library's RUNPATH that names a folder of the build machine (pyenv's lib/, say) is dropped; the bundle's own
# libraries are found in _internal/ (the bootloader points the loader there) or through $ORIGIN, which stays.
if command -v patchelf >/dev/null; then
  while IFS= read -r -d '' library; do
    rpath=$(patchelf --print-rpath "$library" 2>/dev/null) || continue
    kept=$(tr ':' '\n' <<< "$rpath" | grep '^\$ORIGIN' | paste -sd: -) || true
    [ "$rpath" = "$kept" ] || patchelf --set-rpath "$kept" "$library"
  done < <(find dist/pingtower-desktop -type f -name '*.so*' -print0)
else
  echo "note: patchelf is missing (make system-deps): RUNPATHs naming build-machine folders are left in the bundle"
fi
# The Linux desktop entry and icons, laid out as under ~/.local/share, for `cp -r share ~/.local/`.
mkdir -p dist/pingtower-desktop/share/applications dist/pingtower-desktop/share/icons
cp resources/pingtower-desktop.desktop dist/pingtower-desktop/share/applications/
cp -r resources/icons/hicolor dist/pingtower-desktop/share/icons/
echo "dist/pingtower-desktop: $(du -sm dist/pingtower-desktop | cut -f1) MiB, built in $(($(date +%s) - start)) s"
