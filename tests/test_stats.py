"""Delivery figures from a hand-made history: rates, median and p95 latency, tests and checks apart, the
last failure, the period; and the CLI's ``stats``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from pingtower_desktop.delivery.history import History, HistoryEntry
from pingtower_desktop.delivery.stats import CHECKS, TESTS, channel_stats, percentile
from pingtower_desktop.transport.notification import iso_utc

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def entry(hours_ago: float, delivered: bool, ms: float, kind: str = "test", name: str = "Ops", **extra) -> HistoryEntry:
    return HistoryEntry(
        time=iso_utc(NOW - timedelta(hours=hours_ago)),
        channel_id=f"id-{name}",
        channel_name=name,
        channel_type="WEBHOOK",
        route="direct",
        delivered=delivered,
        latency_ms=ms,
        message="Delivered" if delivered else f"failed {hours_ago}h ago",
        kind=kind,
        **extra,
    )


HISTORY = [
    entry(100, False, 900),  # four days ago: in the week, not the day
    entry(30, True, 120),
    entry(20, True, 100),
    entry(10, False, 5000),
    entry(5, True, 80),
    entry(3, True, 300, kind="canary"),
    entry(1, True, 40, kind="check"),
    entry(0.5, False, 2000, kind="check"),
    entry(0.2, True, 30, kind="check"),
    entry(0.1, False, 10, unsaved=True),  # an unsaved form's test: not the channel's
    entry(2, True, 60, name="Billing"),
]


def test_percentiles():
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 50) == 50.0 and percentile(values, 95) == 95.0


def test_figures_per_channel_tests_and_checks_apart_over_a_period():
    day = {s.name: s for s in channel_stats(HISTORY, NOW, timedelta(hours=24))}
    assert list(day) == ["Billing", "Ops"]
    tests, checks = day["Ops"].groups[TESTS], day["Ops"].groups[CHECKS]
    assert (tests.sent, tests.delivered) == (4, 3)  # 20 h, 10 h, 5 h, the 3 h canary
    assert tests.median_ms == 100 and tests.p95_ms == 5000
    assert tests.last_failure_text() == "failed 10h ago"
    assert (checks.sent, checks.delivered, checks.median_ms, checks.p95_ms) == (3, 2, 40, 2000)
    week = {s.name: s for s in channel_stats(HISTORY, NOW, timedelta(days=7))}
    assert week["Ops"].groups[TESTS].sent == 6 and week["Ops"].groups[TESTS].last_failure_text() == "failed 10h ago"
    assert round(week["Ops"].groups[TESTS].rate, 3) == round(4 / 6, 3)


def test_the_cli_prints_the_same_figures(capsys, tmp_path, monkeypatch):
    from pingtower_desktop.cli import main

    data = tmp_path / "data"
    monkeypatch.setenv("PINGTOWER_DESKTOP_DATA_DIR", str(data))
    monkeypatch.setenv("PINGTOWER_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    history = History(data / "history.jsonl")
    for item in HISTORY:
        history.append(item)
    monkeypatch.setattr("pingtower_desktop.transport.notification.utc_now", lambda: NOW)
    assert main(["stats", "--since", "24h", "--json"]) == 0
    figures = {row["channel"]: row for row in json.loads(capsys.readouterr().out)}
    assert figures["Ops"]["tests"]["successRate"] == 0.75 and figures["Ops"]["checks"]["p95Ms"] == 2000
    assert main(["stats", "--since", "24h"]) == 0
    out = capsys.readouterr().out
    assert "  tests   3/4 ok (75%)  median 100 ms  p95 5000 ms" in out
    assert "last failure 2026-12-04T02:00:00Z: failed 10h ago" in out
    assert main(["stats", "--since", "soon"]) == 2


def test_checks_that_rotate_out_are_summed_up_by_day_and_still_counted(tmp_path):
    from pingtower_desktop.delivery.check_days import CheckDays

    days = CheckDays(tmp_path / "check-days.json")
    history = History(tmp_path / "checks.jsonl", max_bytes=4000, on_drop=days.add)
    written = []
    for n in range(60):  # about 300 bytes a line: the file rotates a few times, old lines go
        item = entry(24 * 20 - n, n % 10 != 0, float(n), kind="check")
        history.append(item)
        written.append(item)
    kept = history.read()
    summed = days.read()["id-Ops"]
    assert sum(day["sent"] for day in summed.values()) + len(kept) == 60  # every check counted once
    month = {s.name: s for s in channel_stats(kept, NOW, timedelta(days=30), days.read())}
    checks = month["Ops"].groups[CHECKS]
    assert checks.sent == 60 and checks.delivered == 54
    assert checks.last_failure_text() == f"failed {24 * 20 - 50}h ago"
    week = {s.name: s for s in channel_stats(kept, NOW, timedelta(days=7), days.read())}
    assert "Ops" not in week  # twenty days ago: outside the week
