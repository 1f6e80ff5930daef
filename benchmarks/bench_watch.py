"""The watch in the app: the UI thread's longest stall while it checks 500 channels (goal: at most 50 ms),
against the same window's longest stall with no watch running (the baseline, same run); and the memory of
the watching app after 24 simulated hours of checks (every 15 minutes: 96 runs, a fake clock).

    .venv/bin/python benchmarks/bench_watch.py [--channels 500] [--rounds 3]

The channels are webhooks on a loopback receiver (a check is a TCP connect); a 5 ms QTimer heartbeat in
the UI thread measures the stall, as in bench_gui_stall.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_support import channel_wire, open_window, rss_mib

BEAT_MS = 5


def receiver() -> ThreadingHTTPServer:
    class Quiet(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 512
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    server = receiver()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    _app, context, window = open_window([channel_wire(i, "WEBHOOK", url) for i in range(args.channels)])

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    def longest_gap(run_for_ms: int | None, until=None) -> float:
        """The longest gap between heartbeats, over ``run_for_ms`` or until ``until()`` is true."""
        clock, gaps, last = QElapsedTimer(), [], [0.0]

        def beat() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(BEAT_MS)
        timer.timeout.connect(beat)
        clock.start()
        timer.start()
        loop = QEventLoop()
        if run_for_ms is not None:
            QTimer.singleShot(run_for_ms, loop.quit)
        else:
            poll = QTimer()
            poll.timeout.connect(lambda: until() and loop.quit())
            poll.start(5)
        loop.exec()
        timer.stop()
        return max(gaps[1:], default=0.0) - BEAT_MS

    watch = context.watch
    watch.watcher.network = lambda: True
    clock = [datetime(2026, 12, 4, 0, 0, tzinfo=UTC)]
    watch.watcher.clock = lambda: clock[0]
    stalls, idle, durations = [], [], []
    for _ in range(args.rounds):
        idle.append(longest_gap(300))
        clock[0] += timedelta(minutes=20)  # every channel due again
        started = QElapsedTimer()
        started.start()
        watch._busy = False
        watch.tick()  # what the timer does: the due checks run on the worker
        stalls.append(longest_gap(None, until=lambda: not watch._busy))
        durations.append(started.elapsed())
    checked = sum(1 for seen in watch.state.channels.values() if seen.health.value == "ok")
    print(f"channels: {args.channels}; checked OK in the last run: {checked}; rounds: {args.rounds}")
    print(f"a watch run took: median {statistics.median(durations) / 1000:.2f} s")
    print(
        f"longest UI-thread stall while checking: median {statistics.median(stalls):.1f} ms, worst {max(stalls):.1f} ms "
        f"(goal ≤ 50 ms); the same window idle: median {statistics.median(idle):.1f} ms"
    )

    before = rss_mib()
    runs = 96  # a day of checks every 15 minutes
    for _ in range(runs):
        clock[0] += timedelta(minutes=15, seconds=30)
        asyncio.run(watch.watcher.run())  # as the app would, minus the waiting
    print(f"resident memory: {before:.0f} MiB before, {rss_mib():.0f} MiB after {runs} runs (24 simulated hours)")
    window.close()
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
