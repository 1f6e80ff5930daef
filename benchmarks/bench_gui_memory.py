"""Resident memory of the app with 10,000 stored channels, next to a bare PySide6 QMainWindow.

    .venv/bin/python benchmarks/bench_gui_memory.py [--channels 10000]

Each figure comes from a fresh interpreter: RSS once the window is painted and idle, and for the
app also after a filter was typed and a channel opened in the editor.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_support import ROOT, channel_wire, write_config

PRELUDE = """
import sys
sys.path.insert(0, {benchmarks!r})
from gui_support import rss_mib, use_memory_keyring
use_memory_keyring()
from PySide6.QtCore import QTimer
"""

BARE = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello, world"))
window.resize(1280, 800)
window.show()
def report():
    print(f"{rss_mib():.1f}")
    app.quit()
QTimer.singleShot(500, report)
app.exec()
"""

APP = """
from pingtower_desktop.ui.application import Shell, make_application
from pingtower_desktop.ui.context import AppContext
from pingtower_desktop.ui.i18n import Translations
app = make_application(sys.argv[:1])
context = AppContext.open()
shell = Shell(context, Translations(), "en")
shell.window.show()
figures = []
def idle():
    figures.append(rss_mib())
    shell.window.channel_list.filter.setText("webhook channel 1")
    shell.window.select_channel(shell.window.model.channel(0).id)
    QTimer.singleShot(300, used)
def used():
    figures.append(rss_mib())
    print(shell.window.model.total, *(f"{f:.1f}" for f in figures))
    shell.window.close()
QTimer.singleShot(500, idle)
app.exec()
"""


def run(code: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return done.stdout.split()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder)
        write_config(config, [channel_wire(i) for i in range(args.channels)])
        env = dict(os.environ, PYTHONPATH=str(ROOT), LANGUAGE="en")
        env.update(PINGTOWER_DESKTOP_CONFIG_DIR=str(config), PINGTOWER_DESKTOP_DATA_DIR=str(config))
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        prelude = PRELUDE.format(benchmarks=str(Path(__file__).resolve().parent))
        bare = float(run(prelude + BARE, env)[0])
        shown, idle, used = run(prelude + APP, env)
    assert int(shown) == args.channels, f"the app listed {shown} channels"
    print(f"bare QMainWindow hello-world: {bare:.0f} MiB resident")
    print(
        f"PingTower Desktop with {args.channels:,} channels: {float(idle):.0f} MiB idle, {float(used):.0f} MiB after filtering and opening one"
    )
    print(
        f"the app's own share: {float(used) - bare:.0f} MiB (~{(float(used) - bare) * 1024 / args.channels:.1f} KiB a channel, all code included)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
