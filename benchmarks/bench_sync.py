"""Sync speed against the loopback PingTower server, same run, loopback only.

1. First sync of N local channels (one list, N creates, each journaled, the state written) vs N bare
   httpx POSTs of the same bodies over one connection. Each round gets a fresh server and a fresh
   sync state. Prints the medians and the ratio (goal: at most 1.5×).
2. A second sync with nothing changed: counts the requests it makes (goal: exactly one, the list).

Secrets go to an in-memory keyring here, so keyring speed (which varies by desktop) is not measured.

    .venv/bin/python benchmarks/bench_sync.py [--channels 1000] [--rounds 5] [--dialect documented|reference]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pingtower_desktop.channels import Channel
from pingtower_desktop.server.dialects import dialect
from pingtower_desktop.server.service import ServerService
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore
from tests.memory_keyring import MemoryKeyring
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer, make_jwt


def channels(count: int) -> list[Channel]:
    return [
        Channel.from_wire(
            {
                "name": f"mail {index}",
                "type": "EMAIL",
                "configuration": {
                    "smtpHost": "smtp.example.com",
                    "username": f"user{index}@example.com",
                    "password": f"app-password-{index}",
                    "fromEmail": "alerts@example.com",
                    "toEmail": f"oncall{index}@example.com",
                },
            }
        )
        for index in range(count)
    ]


async def bare_posts(url: str, path: str, bodies: list[dict]) -> float:
    headers = {"Authorization": f"Bearer {make_jwt(USER_EMAIL)}"}
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=1), headers=headers, timeout=15) as client:
        start = time.perf_counter()
        for body in bodies:
            answer = await client.post(url + path, json=body)
            answer.raise_for_status()
        return time.perf_counter() - start


def first_sync(service: ServerService) -> float:
    start = time.perf_counter()
    _, report = asyncio.run(service.sync())
    elapsed = time.perf_counter() - start
    assert report.ok and len(report.done) == service.repo_count, report.failed[:3]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dialect", choices=("documented", "reference"), default="documented")
    options = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    api = dialect(options.dialect)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"] = folder
        paths = AppPaths.resolve()
        secrets = SecretStore()
        repo = ChannelRepository(paths, secrets)
        local = repo.save_many(channels(options.channels))
        bodies = [api.channel_body(channel) for channel in local]
        service = ServerService(paths, secrets, repo, timeout=30)
        service.repo_count = len(local)

        product, bare = [], []
        for _ in range(options.rounds):
            with PingTowerServer(options.dialect) as server:
                bare.append(asyncio.run(bare_posts(server.url, api.channels_path, bodies)))
            with PingTowerServer(options.dialect) as server:
                asyncio.run(service.login(server.url, email=USER_EMAIL, password=USER_PASSWORD))
                service.state_store.clear()
                product.append(first_sync(service))
                before = server.count()
                plan, report = asyncio.run(service.sync())
                idle_requests = server.count() - before
                assert report.ok and not plan.actions and len(server.channels) == options.channels

    sync_median, bare_median = statistics.median(product), statistics.median(bare)
    n = options.channels
    print(f"{n} channels, {options.rounds} rounds, {options.dialect} dialect, loopback, in-memory keyring")
    print(f"  first sync          median {sync_median * 1000:8.1f} ms  ({sync_median / n * 1e6:6.0f} µs per channel)")
    print(f"  bare httpx POSTs    median {bare_median * 1000:8.1f} ms  ({bare_median / n * 1e6:6.0f} µs per channel)")
    print(f"  ratio               {sync_median / bare_median:.2f}×  (goal ≤ 1.5×)")
    print(f"  second sync, nothing changed: {idle_requests} request(s)  (goal: exactly 1, the list)")


if __name__ == "__main__":
    main()
