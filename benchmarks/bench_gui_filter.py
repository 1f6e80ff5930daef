"""Filtering 10,000 channels in the list: the time from a key press in the filter box until the
list has been repainted, per keystroke (goal: at most 16 ms).

    .venv/bin/python benchmarks/bench_gui_filter.py [--channels 10000]

Types a filter a character at a time and deletes it again with Backspace, through the real
filter box and the real channel table (Qt's offscreen platform when there is no display); each
keystroke is timed until the event loop has run once (which repaints the table).
No event filter or paintEvent override is used to watch: PySide6 6.12 on Python 3.11 loses a
reference to None on every such call (see the report on the PySide6 pin).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_support import channel_wire

TYPED = ["webhook channel 12", "telegram", "channel 9999", "e-mail 5"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=10_000)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pingtower_desktop.channels import Channel
    from pingtower_desktop.ui.channel_list import ChannelList
    from pingtower_desktop.ui.channel_model import ChannelTableModel

    app = QApplication(sys.argv[:1])
    model = ChannelTableModel()
    model.set_channels([Channel.from_wire(channel_wire(i), with_secrets=False) for i in range(args.channels)])
    pane = ChannelList(model)
    pane.resize(480, 800)
    pane.show()
    app.processEvents()
    pane.filter.setFocus()

    timings: list[float] = []
    shown: list[int] = []

    def keystroke(key: Qt.Key, text: str = "") -> None:
        """One key press, then one pass of the event loop, which paints the table's new rows."""
        started = time.perf_counter()
        if text:
            QTest.keyClicks(pane.filter, text)
        else:
            QTest.keyClick(pane.filter, key)
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        shown.append(model.rowCount())

    keystroke(Qt.Key.Key_unknown, "w")  # warm-up: the first paint of the filtered list is not counted
    keystroke(Qt.Key.Key_Backspace)
    timings.clear()
    for phrase in TYPED:
        for character in phrase:
            keystroke(Qt.Key.Key_unknown, character)
        for _ in phrase:
            keystroke(Qt.Key.Key_Backspace)
    assert model.rowCount() == args.channels
    timings.sort()
    print(f"channels: {args.channels}; keystrokes: {len(timings)} (typing and deleting {len(TYPED)} filters)")
    print(
        f"per keystroke, filter + repaint: median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms, max {timings[-1]:.1f} ms (goal ≤ 16 ms)"
    )
    print(f"rows shown ranged from {min(shown)} to {max(shown)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
