"""Peers that drip, stall or bomb: every send ends within its timeout (plus a margin) and memory stays bounded."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator

import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.delivery.runner import DEADLINE_MARGIN, Deliverer
from tests.peers.http_peers import Peer, Received, Reply

DRIP_EVERY = 0.1


class Dripper:
    """A TCP server that answers every connection with ``first`` and then one more byte every DRIP_EVERY seconds,
    forever: each byte resets a socket's read timeout."""

    def __init__(self, first: bytes, drip: bytes) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.first, self.drip = first, drip
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.listener.settimeout(0.1)
        while not self.stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(connection,), daemon=True).start()

    def _drip(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.sendall(self.first)
                while not self.stop.is_set():
                    connection.sendall(self.drip)
                    time.sleep(DRIP_EVERY)
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.fixture
def dripping_smtp() -> Iterator[Dripper]:
    server = Dripper(b"220-", b"x")  # a greeting that never ends
    yield server
    server.close()


@pytest.fixture
def dripping_http() -> Iterator[Dripper]:
    server = Dripper(b"HTTP/1.1 200 OK\r\n", b"X")  # headers that never end
    yield server
    server.close()


def email_channel(port: int) -> Channel:
    configuration = {
        "smtpHost": "127.0.0.1",
        "smtpPort": port,
        "fromEmail": "a@example.com",
        "toEmail": "b@example.com",
        "useTls": False,
    }
    return Channel.from_wire({"name": "Drip mail", "type": "EMAIL", "configuration": configuration})


def webhook_channel(url: str, timeout: int = 1) -> Channel:
    return Channel.from_wire(
        {"name": f"Hook {url[-5:]}", "type": "WEBHOOK", "configuration": {"url": url, "timeout": timeout}}
    )


def timed(coroutine):
    started = time.monotonic()
    result = asyncio.run(coroutine)
    return result, time.monotonic() - started


def test_a_greeting_dripped_a_byte_at_a_time_cannot_hold_a_test_past_its_timeout(dripping_smtp):
    deliverer = Deliverer(timeout=1.5)
    result, elapsed = timed(deliverer.test(email_channel(dripping_smtp.port)))
    assert not result.delivered and "timed out after 1.5 s waiting for the greeting" in result.message
    assert elapsed < 1.5 + DEADLINE_MARGIN

    result, elapsed = timed(deliverer.check(email_channel(dripping_smtp.port)))
    assert not result.delivered and elapsed < 1.5 + DEADLINE_MARGIN


def test_headers_dripped_a_byte_at_a_time_cannot_hold_a_webhook_past_its_timeout(dripping_http):
    result, elapsed = timed(Deliverer().test(webhook_channel(f"http://127.0.0.1:{dripping_http.port}/in")))
    assert not result.delivered and "timed out after 1 s" in result.message
    assert elapsed < 1 + DEADLINE_MARGIN


class Bomb(Peer):
    """Answers with a gzip body that unpacks to 512 MB of zeros (about half a megabyte on the wire)."""

    def __init__(self) -> None:
        super().__init__()
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = bytes(1 << 20)
        self.body = b"".join([*(packer.compress(zeros) for _ in range(512)), packer.flush()])

    def respond(self, received: Received) -> Reply:
        return Reply(500, self.body, "text/plain", (("Content-Encoding", "gzip"),))


def test_a_gzip_bomb_is_unpacked_only_as_far_as_an_answer_is_read():
    with Bomb() as bomb:
        tracemalloc.start()
        try:
            result = asyncio.run(Deliverer().test(webhook_channel(bomb.url + "/in", 10)))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert not result.delivered and "answered 500 Internal Server Error" in result.message
    assert peak < 16 << 20, f"{peak >> 20} MiB at the peak"


def test_test_all_ends_within_the_largest_timeout_whatever_the_peers_do(dripping_smtp, dripping_http, silent_peer):
    channels = [
        email_channel(dripping_smtp.port),
        webhook_channel(f"http://127.0.0.1:{dripping_http.port}/in", 2),
        webhook_channel(silent_peer.url + "/in", 1),
    ]
    deliverer = Deliverer(timeout=1.5)

    async def all_of_them():
        return [result async for _, result in deliverer.test_many(channels)]

    results, elapsed = timed(all_of_them())
    assert [r.delivered for r in results] == [False, False, False]
    assert elapsed < 2 + DEADLINE_MARGIN
