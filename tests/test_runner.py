"""The Deliverer: validation before sending, crash-proof senders, scrubbed history."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time

from pingtower_desktop.channels import Channel, base
from pingtower_desktop.delivery.history import History
from pingtower_desktop.delivery.runner import PER_HOST, Deliverer
from tests.peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN, RecordingPeer, Reply


def telegram(url: str, token: str = TELEGRAM_TOKEN, name: str = "TG") -> Channel:
    return Channel.from_wire(
        {
            "name": name,
            "type": "TELEGRAM",
            "configuration": {"botToken": token, "chatId": TELEGRAM_CHAT, "apiBaseUrl": url},
        }
    )


def hook(name: str, url: str) -> Channel:
    return Channel.from_wire({"name": name, "type": "WEBHOOK", "configuration": {"url": url}})


def test_an_invalid_channel_is_not_sent_and_says_why(tmp_path, telegram_peer):
    bare = Channel.from_wire(telegram(telegram_peer.url).to_wire("omit"), with_secrets=False)
    result = asyncio.run(Deliverer().test(bare))
    assert not result.delivered and "botToken: is required" in result.message
    assert telegram_peer.received == []


def test_a_sender_that_crashes_becomes_a_failed_result_without_secrets(tmp_path, telegram_peer, monkeypatch):
    channel = telegram(telegram_peer.url)

    async def broken(config, notification, ctx):
        raise RuntimeError(f"bug while using {config.botToken}")

    monkeypatch.setitem(base._REGISTRY, "TELEGRAM", dataclasses.replace(channel.type, send=broken))
    result = asyncio.run(Deliverer().test(channel))
    assert not result.delivered and "RuntimeError" in result.message
    assert TELEGRAM_TOKEN not in result.message


def test_history_records_every_send_without_secrets(tmp_path, telegram_peer):
    history = History(tmp_path / "history.jsonl")
    telegram_peer.script("sendMessage", Reply(400, {"ok": False, "description": f"bad token {TELEGRAM_TOKEN}"}))
    result = asyncio.run(Deliverer(history).test(telegram(telegram_peer.url)))
    assert not result.delivered
    [entry] = history.read()
    assert entry.channel_name == "TG" and entry.route == "direct" and entry.delivered is False
    assert TELEGRAM_TOKEN not in (tmp_path / "history.jsonl").read_text()


def test_test_many_yields_each_channel_once_as_results_arrive(telegram_peer, closed_port_url):
    channels = [telegram(telegram_peer.url, name=f"ok {i}") for i in range(5)] + [
        telegram(closed_port_url, name="down")
    ]

    async def collect():
        return [(c.name, r.delivered) async for c, r in Deliverer().test_many(channels, message="hello")]

    results = dict(asyncio.run(collect()))
    assert results == {**{f"ok {i}": True for i in range(5)}, "down": False}
    assert {call.json()["text"].split("\n")[-1] for call in telegram_peer.calls("sendMessage")} == {"hello"}


class CountingPeer(RecordingPeer):
    """A receiver that takes 50 ms per request and counts how many it is answering at once."""

    def __init__(self):
        super().__init__(Reply(200, {"received": True}))
        self.lock = threading.Lock()
        self.now = self.most = 0

    def respond(self, received):
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.05)
        with self.lock:
            self.now -= 1
        return self.reply


def test_test_all_sends_at_most_a_few_at_once_to_one_host():
    with CountingPeer() as one, CountingPeer() as other:
        port_of = {peer: peer.url.rsplit(":", 1)[1] for peer in (one, other)}
        channels = [hook(f"one {n}", one.url) for n in range(40)]
        channels += [hook(f"other {n}", f"http://localhost:{port_of[other]}/") for n in range(4)]

        async def run():
            return [result async for _, result in Deliverer().test_many(channels)]

        results = asyncio.run(run())
    assert all(result.delivered for result in results) and len(results) == 44
    assert one.most == PER_HOST  # queued, not all forty at once
    assert other.most == 4  # another host has turns of its own
