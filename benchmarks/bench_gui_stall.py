"""The UI thread's longest stall during Test all over 100 channels whose receiver answers slowly
(goal: at most 50 ms). A 5 ms QTimer heartbeat runs in the UI thread; the longest gap between its
beats, from the click until the last result is in the table, is the stall.

    .venv/bin/python benchmarks/bench_gui_stall.py [--channels 100] [--delay 1.0]

The receiver is a loopback HTTP server that waits ``--delay`` seconds before answering each request.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_support import channel_wire, open_window

BEAT_MS = 5


def slow_receiver(delay: float) -> ThreadingHTTPServer:
    class Slow(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args) -> None:
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 256  # all the channels connect at once
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    server = slow_receiver(args.delay)
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    app, _context, window = open_window([channel_wire(i, "WEBHOOK", url) for i in range(args.channels)])

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer

    class Heartbeat(QObject):
        """Beats every BEAT_MS in the UI thread and keeps the gaps between beats."""

        def __init__(self) -> None:
            super().__init__()
            self.clock = QElapsedTimer()
            self.timer = QTimer(self)
            self.timer.setInterval(BEAT_MS)
            self.timer.timeout.connect(self.beat)
            self.gaps: list[float] = []
            self.last = 0.0

        def start(self) -> None:
            self.clock.start()
            self.timer.start()

        def beat(self) -> None:
            now = self.clock.nsecsElapsed() / 1e6
            self.gaps.append(now - self.last)
            self.last = now

    stalls, durations = [], []
    for _ in range(args.rounds):
        heartbeat = Heartbeat()
        heartbeat.start()
        previous = window.test_all_dialog
        window.test_all()  # what the toolbar button does: the secrets are read, then the dialog opens
        loop = QEventLoop()
        opened = QTimer()
        opened.timeout.connect(lambda old=previous, loop=loop: window.test_all_dialog is not old and loop.quit())
        opened.start(1)
        loop.exec()
        opened.stop()
        dialog = window.test_all_dialog
        dialog.all_done.connect(loop.quit)
        QTimer.singleShot(int((args.delay * 20 + 30) * 1000), loop.quit)
        if dialog.running:
            loop.exec()
        heartbeat.timer.stop()
        durations.append(heartbeat.clock.nsecsElapsed() / 1e9)
        delivered = dialog.delivered_count()
        assert dialog.model.rowCount() == args.channels and delivered == args.channels, (
            dialog.model.rowCount(),
            delivered,
        )
        stalls.append(max(heartbeat.gaps) - BEAT_MS)
        dialog.close()
        app.processEvents()

    window.close()
    server.shutdown()
    print(
        f"channels: {args.channels}; receiver delay: {args.delay:.1f} s; rounds: {args.rounds}; heartbeat: {BEAT_MS} ms"
    )
    print(f"Test all took: median {statistics.median(durations):.2f} s")
    print(
        f"longest UI-thread stall beyond the heartbeat: median {statistics.median(stalls):.1f} ms, "
        f"worst {max(stalls):.1f} ms (goal ≤ 50 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
