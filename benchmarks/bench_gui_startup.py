"""Start to the first painted main window: the app with 1,000 stored channels vs a bare PySide6
QMainWindow hello-world. Each start is a fresh interpreter; both run alternately in the same run,
on the same machine and Qt platform. Prints the medians and the ratio (goal: at most 1.5×).

    .venv/bin/python benchmarks/bench_gui_startup.py [--rounds 9] [--channels 1000]

The time runs from just before the interpreter is started to the first paint event of the window.
Under no display, Qt's offscreen platform is used (it paints into memory like a real window).
Bytecode is cached, as an installed app's is: the untimed first starts write it into the run's
temporary folder. The app's secrets live in memory (a keyring backend chosen by environment variable,
so that the app imports the keyring library no earlier than it would on a desktop).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_support import MEMORY_KEYRING, ROOT, channel_wire, write_config

BENCHMARKS = Path(__file__).resolve().parent

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time_ns(), flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Hello")
window.setCentralWidget(QLabel("Hello, world"))
window.resize(1280, 800)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""

#: The floor for any window over this core: the bare window after importing the core (first, as the app
#: does) and listing the channels.
CORE_FLOOR = (
    "from pingtower_desktop.app import import_core\n"
    "import_core()\n"
    "from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore\n"
    "ChannelRepository(AppPaths.resolve(), SecretStore()).list()\n" + BARE
)

#: What ``pingtower_desktop.app.main`` does, in its order, with a probe on the window.
APP = """
import sys, time
from pingtower_desktop.app import import_core
import_core()
from PySide6.QtCore import QEvent, QObject, QTimer
from pingtower_desktop.ui.application import Shell, make_application
from pingtower_desktop.ui.context import AppContext
from pingtower_desktop.ui.i18n import Translations

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time_ns(), shell.window.model.rowCount(), flush=True)
            QTimer.singleShot(0, shell.window.close)
            watched.removeEventFilter(self)
        return False

app = make_application(sys.argv[:1])
context = AppContext.open()
shell = Shell(context, Translations(), "en")
probe = FirstPaint()
shell.window.installEventFilter(probe)
shell.window.show()
app.exec()
context.close()
import keyring
print(type(keyring.get_keyring()).__name__)
"""


def one_start(code: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.time_ns()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    fields = done.stdout.split()
    return (int(fields[0]) - started) / 1e6, " ".join(fields[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--channels", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config"
        write_config(config, [channel_wire(i) for i in range(args.channels)])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(BENCHMARKS)]))
        env.update(PINGTOWER_DESKTOP_CONFIG_DIR=str(config), PINGTOWER_DESKTOP_DATA_DIR=str(config), LANGUAGE="en")
        env.update(PYTHON_KEYRING_BACKEND=MEMORY_KEYRING, PYTHONPYCACHEPREFIX=str(Path(folder) / "bytecode"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for code in (BARE, CORE_FLOOR):  # write the bytecode, warm the file cache
            one_start(code, env)
        _, shown = one_start(APP, env)
        assert shown == f"{args.channels} MemoryKeyring", f"the app showed (rows, keyring): {shown}"
        bare, floor, app = [], [], []
        for _ in range(args.rounds):
            bare.append(one_start(BARE, env)[0])
            floor.append(one_start(CORE_FLOOR, env)[0])
            app.append(one_start(APP, env)[0])
    platform = env.get("QT_QPA_PLATFORM") or "display " + env.get("DISPLAY", env.get("WAYLAND_DISPLAY", ""))
    bare_median, floor_median, app_median = map(statistics.median, (bare, floor, app))
    print(f"platform: {platform}; rounds: {args.rounds}; stored channels: {args.channels}")
    for label, times in (
        ("bare QMainWindow hello-world", bare),
        ("the same after importing the core and listing the channels", floor),
        ("PingTower Desktop", app),
    ):
        print(f"{label}: median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})")
    print(f"ratio to the bare window: {app_median / bare_median:.2f}× (goal ≤ 1.5×)")
    print(f"ratio to the core floor: {app_median / floor_median:.2f}× (what the GUI layer itself adds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
