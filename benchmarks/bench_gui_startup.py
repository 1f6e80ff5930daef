"""Start to the first painted main window: the app with 1,000 stored channels vs a bare PySide6
QMainWindow hello-world, with two more programs for scale (a table view over the same rows; the core
imported first). Each start is a fresh interpreter; every round starts the four in a shuffled order,
in the same run, on the same machine and Qt platform. Prints the medians and the ratios (goal: at most
1.5×), and when the app is ready after that (core attached, first channel in the editor) with the
longest time its event loop stood still on the way.

    .venv/bin/python benchmarks/bench_gui_startup.py [--rounds 30] [--channels 1000] [--seed 1]

The time runs from just before the interpreter is started to the end of the window's first paint
(its Paint event, then its children's, then the event loop turns: a 0 ms timer started at the Paint).
Under no display, Qt's offscreen platform is used (it paints into memory like a real window).
Bytecode is cached, as an installed app's is: the untimed first starts write it into the run's
temporary folder. The app's secrets live in memory (a keyring backend chosen by environment variable,
so that the app imports the keyring library no earlier than it would on a desktop).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_support import MEMORY_KEYRING, ROOT, channel_wire, write_config

BENCHMARKS = Path(__file__).resolve().parent

#: The start of the two baselines: prints when the window's first frame is done (its Paint event, then
#: its children's, then a turn of the event loop) and quits.
PAINT_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

def painted():
    print(time.time_ns(), flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, painted)
            watched.removeEventFilter(self)
        return False
"""

#: The end of the two baselines: their ``window``, probed, on screen.
SHOW_PROBED = """
window.resize(1280, 800)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""

BARE = (
    PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Hello")
window.setCentralWidget(QLabel("Hello, world"))
"""
    + SHOW_PROBED
)

#: The least any window showing this list can do: the bare window with a QTableView over a minimal
#: Python model of the same file's 1,000 rows. A Python model alone makes PySide6 create Qt's ~150
#: enum classes (the Qt namespace, the view's), which the hello-world never touches.
TABLE_FLOOR = (
    PAINT_PROBE
    + """
import json, os
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Rows(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=QModelIndex()):
        return len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 2
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()]["name" if index.column() else "type"]
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("Type", "Name")[section]

app = QApplication(sys.argv)
with open(os.path.join(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"], "channels.json"), encoding="utf-8") as file:
    rows = json.load(file)["channels"]
window = QMainWindow()
window.setWindowTitle("Hello")
view = QTableView()
view.setModel(Rows(rows))
window.setCentralWidget(view)
"""
    + SHOW_PROBED
)

#: The floor for a window over the core as it was before the start-up work: the bare window after
#: importing the core and listing the channels through it (pydantic models and all).
CORE_FLOOR = (
    "from pingtower_desktop import importexport\n"
    "from pingtower_desktop.delivery import runner\n"
    "from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore\n"
    "ChannelRepository(AppPaths.resolve(), SecretStore()).list()\n" + BARE
)

#: What ``pingtower_desktop.app.main`` does, in its order, with a probe on the window: prints the first
#: paint (with the rows shown then), then the moment the core is attached and the first channel is
#: in the editor, and the longest the event loop went without turning in between (a 5 ms heartbeat).
APP = """
import gc, sys, time
gc.disable()
from pingtower_desktop.app import collect_from_now_on
from pingtower_desktop.storage import listing, paths
from PySide6.QtCore import QEvent, QObject, QTimer
from pingtower_desktop.ui.application import Shell, make_application
from pingtower_desktop.ui.context import AppStart
from pingtower_desktop.ui.i18n import Translations

def frame_done():
    global painted, rows, last_beat
    painted, rows = time.time_ns(), shell.window.model.rowCount()
    last_beat = painted
    heartbeat.start(5)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:  # the window, then its children: done when the loop turns
            QTimer.singleShot(0, frame_done)
            watched.removeEventFilter(self)
        return False

def beat():
    global last_beat, longest
    now = time.time_ns()
    longest, last_beat = max(longest, now - last_beat), now

def ready():
    heartbeat.stop()
    beat()
    print(painted, time.time_ns(), longest, rows, shell.window.editor.name.text() != "", flush=True)
    QTimer.singleShot(0, shell.window.close)

painted = rows = last_beat = longest = 0
app = make_application(sys.argv[:1])
shell = Shell(AppStart.open(), Translations(), "en")
heartbeat = QTimer()
heartbeat.timeout.connect(beat)
shell.ready.connect(collect_from_now_on)
shell.ready.connect(ready)
probe = FirstPaint()
shell.window.installEventFilter(probe)
shell.window.show()
app.exec()
shell.close()
import keyring
print(type(keyring.get_keyring()).__name__)
"""


def run(code: str, env: dict[str, str]) -> tuple[int, list[str]]:
    """Starts ``code`` in a fresh interpreter: when it was started (ns) and what it printed."""
    started = time.time_ns()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return started, done.stdout.split()


def first_paint_ms(code: str, env: dict[str, str]) -> float:
    started, fields = run(code, env)
    return (int(fields[0]) - started) / 1e6


def describe(label: str, times: list[float]) -> str:
    return f"{label}: median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1, help="of the order the programs run in, round by round")
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
        for code in (BARE, TABLE_FLOOR, CORE_FLOOR, APP):  # write the bytecode, warm the file cache
            _, shown = run(code, env)
        assert shown[3:] == [str(args.channels), "True", "MemoryKeyring"], f"(rows, editor, keyring): {shown[3:]}"
        bare, table, floor, painted, ready, stall = [], [], [], [], [], []
        order = random.Random(args.seed)
        for _ in range(args.rounds):
            # A new order each round: none of the four always follows the heavy one or starts a round.
            for code in order.sample([BARE, TABLE_FLOOR, CORE_FLOOR, APP], 4):
                if code is APP:
                    started, fields = run(APP, env)
                    painted.append((int(fields[0]) - started) / 1e6)
                    ready.append((int(fields[1]) - started) / 1e6)
                    stall.append(int(fields[2]) / 1e6)
                else:
                    {BARE: bare, TABLE_FLOOR: table, CORE_FLOOR: floor}[code].append(first_paint_ms(code, env))
    platform = env.get("QT_QPA_PLATFORM") or "display " + env.get("DISPLAY", env.get("WAYLAND_DISPLAY", ""))
    print(f"platform: {platform}; rounds: {args.rounds}; stored channels: {args.channels}")
    print(describe("bare QMainWindow hello-world, first paint", bare))
    print(describe("bare window + QTableView over a minimal Python model of the rows", table))
    print(describe("bare window after loading the core and listing the channels through it", floor))
    print(describe("PingTower Desktop, first paint (all channels listed)", painted))
    print(describe("PingTower Desktop, core attached and the first channel in the editor", ready))
    print(describe("longest the event loop did not turn between the two", stall))
    # Each round starts the four back to back, so a round's ratio is spared the machine's slower and faster
    # spells; the ratio of the medians is printed beside it.
    for label, times in (
        ("first paint", painted),
        ("the table-view floor", table),
        ("the core-first floor", floor),
        ("ready", ready),
    ):
        paired = statistics.median(mine / base for mine, base in zip(times, bare, strict=True))
        of_medians = statistics.median(times) / statistics.median(bare)
        goal = " (goal ≤ 1.5×)" if label == "first paint" else ""
        print(
            f"{label} to the bare window: {paired:.2f}× (median of the rounds' ratios; {of_medians:.2f}× of the medians){goal}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
