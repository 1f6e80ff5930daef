#!/usr/bin/env bash
# `make dist`: builds the one-folder bundle dist/pingtower-desktop/ from pingtower.spec with PyInstaller
# (installed into the venv when missing), then says what it weighs and how long the build took.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -c "import PyInstaller" 2>/dev/null || "$python" -m pip install -q "pyinstaller>=6.10"
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller pingtower.spec
echo "dist/pingtower-desktop: $(du -sm dist/pingtower-desktop | cut -f1) MiB, built in $(($(date +%s) - start)) s"
