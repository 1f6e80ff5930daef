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
# The Linux desktop entry and icons, laid out as under ~/.local/share, for `cp -r share ~/.local/`.
mkdir -p dist/pingtower-desktop/share/applications dist/pingtower-desktop/share/icons
cp resources/pingtower-desktop.desktop dist/pingtower-desktop/share/applications/
cp -r resources/icons/hicolor dist/pingtower-desktop/share/icons/
echo "dist/pingtower-desktop: $(du -sm dist/pingtower-desktop | cut -f1) MiB, built in $(($(date +%s) - start)) s"
