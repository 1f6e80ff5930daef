"""What the one-folder bundle weighs and how long it takes to build, against a bare PySide6 hello-world
(a QMainWindow, bundled with PyInstaller's defaults), both built in this run with the same PyInstaller
into a throwaway folder. Goal: the app's bundle at most 150 MB.

    .venv/bin/python benchmarks/bench_bundle_size.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_MB = 150
HELLO = """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Hello")
window.show()
sys.exit(app.exec())
"""


def pyinstaller(arguments: list[str], work: Path) -> float:
    """Runs PyInstaller; returns the seconds it took."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR"]
    command += ["--distpath", str(work / "dist"), "--workpath", str(work / "build"), *arguments]
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - start


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as scratch:
        work = Path(scratch)
        script = work / "hello.py"
        script.write_text(HELLO)
        rows = [
            (
                "bare PySide6 hello-world",
                pyinstaller(["--onedir", "--name", "hello", "--specpath", str(work), str(script)], work),
                "hello",
            ),
            (
                "pingtower-desktop (pingtower.spec)",
                pyinstaller([str(ROOT / "pingtower.spec")], work),
                "pingtower-desktop",
            ),
        ]
        sizes = [(label, seconds, folder_bytes(work / "dist" / folder)) for label, seconds, folder in rows]
    print(f"{'bundle':<36} {'MB':>7} {'MiB':>7} {'build s':>8}")
    for label, seconds, size in sizes:
        print(f"{label:<36} {size / 1e6:>7.1f} {size / 2**20:>7.1f} {seconds:>8.1f}")
    ours = sizes[1][2] / 1e6
    print(
        f"ours / hello-world: {sizes[1][2] / sizes[0][2]:.2f}×; goal ≤ {GOAL_MB} MB: {'met' if ours <= GOAL_MB else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
