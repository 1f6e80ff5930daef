"""Direct delivery speed: the product's Deliverer against bare-library baselines, same run, loopback only.

HTTP: "Test all" over N webhook channels vs N bare httpx POSTs of the same payload over one pooled
AsyncClient. SMTP: N e-mail channels through the Deliverer (one pooled connection) vs bare smtplib
with one connection per message (what a naive sender does) and with one connection for all (the floor).
Prints medians over several rounds and the ratios.

    .venv/bin/python benchmarks/bench_delivery.py [--channels 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import smtplib
import statistics
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pingtower_desktop.channels import Channel
from pingtower_desktop.delivery.runner import Deliverer
from tests.peers.http_peers import RecordingPeer, Reply
from tests.peers.smtp_peer import SmtpPeer


def webhook(url: str, index: int) -> Channel:
    return Channel.from_wire({"name": f"hook {index}", "type": "WEBHOOK", "configuration": {"url": url}})


def email(port: int, index: int) -> Channel:
    configuration = {
        "smtpHost": "127.0.0.1",
        "smtpPort": port,
        "useTls": False,
        "fromEmail": "alerts@example.com",
        "toEmail": f"oncall{index}@example.com",
    }
    return Channel.from_wire({"name": f"mail {index}", "type": "EMAIL", "configuration": configuration})


async def product_batch(channels: list[Channel]) -> int:
    delivered = 0
    async for _, result in Deliverer().test_many(channels):
        delivered += result.delivered
    return delivered


async def bare_httpx(url: str, count: int) -> int:
    payload = {"username": "", "serviceName": "bench", "message": "hello", "status": "TEST"}
    async with httpx.AsyncClient(timeout=15) as client:
        answers = await asyncio.gather(*(client.post(url, json=payload) for _ in range(count)))
    return sum(a.status_code == 200 for a in answers)


def bare_smtp(port: int, count: int, *, reuse: bool) -> int:
    def message(index: int) -> EmailMessage:
        mail = EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = "alerts@example.com", f"oncall{index}@example.com", "bench"
        mail.set_content("hello")
        return mail

    sent = 0
    connection = smtplib.SMTP("127.0.0.1", port, timeout=15) if reuse else None
    for index in range(count):
        if not reuse:
            connection = smtplib.SMTP("127.0.0.1", port, timeout=15)
        connection.send_message(message(index))
        sent += 1
        if not reuse:
            connection.quit()
    if reuse:
        connection.quit()
    return sent


def timed(label: str, rounds: int, run) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        done = run()
        samples.append((time.perf_counter() - start) * 1000)
    median = statistics.median(samples)
    print(f"  {label:<48} median {median:8.1f} ms  (min {min(samples):.1f}, {done} delivered)")
    return median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    n, rounds = args.channels, args.rounds

    with RecordingPeer(Reply(200, "ok")) as peer:
        print(f"HTTP webhook, {n} channels, {rounds} rounds:")
        channels = [webhook(peer.url, i) for i in range(n)]
        product = timed("PingTower Desktop Deliverer.test_many", rounds, lambda: asyncio.run(product_batch(channels)))
        bare = timed("bare httpx.AsyncClient, gather of POSTs", rounds, lambda: asyncio.run(bare_httpx(peer.url, n)))
        print(f"  ratio product / bare httpx: {product / bare:.2f}x")

    smtp_n = max(1, n // 4)
    peer = SmtpPeer()
    peer.start()
    try:
        print(f"SMTP plain relay (aiosmtpd), {smtp_n} channels, {rounds} rounds:")
        channels = [email(peer.port, i) for i in range(smtp_n)]
        product = timed(
            "PingTower Desktop Deliverer.test_many (pooled)", rounds, lambda: asyncio.run(product_batch(channels))
        )
        fresh = timed(
            "bare smtplib, a connection per message", rounds, lambda: bare_smtp(peer.port, smtp_n, reuse=False)
        )
        floor = timed("bare smtplib, one connection for all", rounds, lambda: bare_smtp(peer.port, smtp_n, reuse=True))
        print(
            f"  ratio product / connection-per-message: {product / fresh:.2f}x; product / one-connection floor: {product / floor:.2f}x"
        )
        print(f"  connections the server accepted in all: {peer.connections}")
    finally:
        peer.stop()


if __name__ == "__main__":
    main()
