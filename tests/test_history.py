"""The delivery history: JSON lines, newest last, bounded by rotation, tolerant of damage."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict

import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.delivery.history import History, HistoryEntry
from pingtower_desktop.transport.result import DeliveryResult


def entry(n: int, channel_id: str = "c1", **changes) -> HistoryEntry:
    values = dict(
        time=f"2024-05-01T10:00:{n % 60:02d}Z",
        channel_id=channel_id,
        channel_name=f"Channel {channel_id}",
        channel_type="WEBHOOK",
        route="direct",
        delivered=n % 2 == 0,
        latency_ms=12.5,
        message=f"send {n}",
        status_code=200,
    )
    return HistoryEntry(**{**values, **changes})


@pytest.fixture
def history(tmp_path) -> History:
    return History(tmp_path / "data" / "history.jsonl")


def test_entries_come_back_oldest_first(history):
    for n in range(3):
        history.append(entry(n))
    assert history.read() == [entry(0), entry(1), entry(2)]
    line = json.loads(history.path.read_text(encoding="utf-8").splitlines()[0])
    assert line["route"] == "direct" and line["reply"] is None and line["time"].endswith("Z")


def test_limit_keeps_the_newest_and_channel_filters(history):
    for n in range(6):
        history.append(entry(n, channel_id="a" if n % 3 else "b"))
    assert [e.message for e in history.read(limit=2)] == ["send 4", "send 5"]
    assert [e.message for e in history.read(channel_id="b")] == ["send 0", "send 3"]
    assert [e.message for e in history.read(limit=1, channel_id="b")] == ["send 3"]
    assert history.read(limit=0) == []


def test_no_history_yet_creates_nothing(history):
    assert history.read() == []
    assert not history.path.parent.exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_file_is_private(history):
    history.append(entry(0))
    assert stat.S_IMODE(history.path.stat().st_mode) == 0o600


def test_rotation_bounds_the_size_and_keeps_the_newest(tmp_path):
    history = History(tmp_path / "history.jsonl", max_bytes=2_000)
    for n in range(200):
        history.append(entry(n))

    rotated = history.path.with_name("history.jsonl.1")
    assert rotated.exists()
    assert history.path.stat().st_size <= 2_000
    assert rotated.stat().st_size <= 2_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.jsonl", "history.jsonl.1", "history.jsonl.lock"]
    kept = [e.message for e in history.read()]
    assert kept == [f"send {n}" for n in range(200 - len(kept), 200)]
    assert len(kept) < 200


def test_damaged_lines_are_skipped(history):
    history.append(entry(0))
    with open(history.path, "ab") as out:
        out.write(b"not json\n")
        out.write(b'{"time": "x"}\n')
        out.write(b"\xff\xfe\n")
        out.write(json.dumps({**asdict(entry(9)), "latency_ms": "slow"}).encode() + b"\n")
        out.write(b'{"time": "2024-05-01T10:00:00Z", "channel_id": "c1"')  # cut short by a crash
    history.append(entry(1))
    assert history.read() == [entry(0), entry(1)]


def test_from_result_stamps_now_and_cuts_out_the_channels_secrets():
    secret = "123456789:AAH-telegram-token"
    channel = Channel.from_wire(
        {"name": "Ops", "type": "TELEGRAM", "configuration": {"botToken": secret, "chatId": "@ops_room"}}
    )
    result = DeliveryResult(False, 80.0, f"POST /bot{secret}/sendMessage failed", 401, f"bad {secret}")

    recorded = HistoryEntry.from_result(channel, "server", result)

    assert secret not in json.dumps(asdict(recorded))
    assert recorded.message == "POST /bot••••/sendMessage failed"
    assert (recorded.channel_id, recorded.channel_name, recorded.channel_type) == (channel.id, "Ops", "TELEGRAM")
    assert (recorded.route, recorded.delivered, recorded.status_code) == ("server", False, 401)
    assert recorded.time.endswith("Z")
