"""Commands that talk to peers: test, check; and history, which reads what they recorded."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses

from ..delivery.history import History
from ..delivery.runner import Deliverer
from ..storage.repository import ChannelRepository
from ..transport.result import Outcome
from . import output
from . import server_commands as sc
from .values import UsageError

OK, FAILED, USAGE = 0, 1, 2


def cmd_test(repo: ChannelRepository, deliverer: Deliverer, args: argparse.Namespace) -> int:
    if args.via == "server":
        return sc.cmd_test_via_server(repo, deliverer, args)
    if args.all:
        if args.name:
            raise UsageError("give a channel NAME or --all, not both")
        return _test_all(repo, deliverer, args)
    if not args.name:
        raise UsageError("name a channel to test, or use --all")
    channel = repo.with_secrets(repo.find(args.name))
    result = asyncio.run(deliverer.test(channel, message=args.message, username=args.username))
    if not result.started:  # input was missing: a usage problem, not a failed delivery
        raise UsageError(result.message)
    print(output.result_line(channel.name, result))
    return OK if result.delivered else FAILED


def _test_all(repo: ChannelRepository, deliverer: Deliverer, args: argparse.Namespace) -> int:
    channels = [repo.with_secrets(c) for c in repo.list() if c.enabled]
    if not channels:
        print("No enabled channels to test.")
        return OK

    async def run() -> list[Outcome]:
        outcomes = []
        async for channel, result in deliverer.test_many(channels, message=args.message, username=args.username):
            print(output.result_line(channel.name, result), flush=True)
            outcomes.append(result.outcome)
        return outcomes

    outcomes = asyncio.run(run())
    failed, not_sent = outcomes.count(Outcome.FAILED), outcomes.count(Outcome.NOT_STARTED)
    print(
        f"{len(outcomes) - failed - not_sent} delivered, {failed} failed"
        + (f", {not_sent} not sent" if not_sent else "")
    )
    return FAILED if failed else USAGE if not_sent else OK


def cmd_check(repo: ChannelRepository, deliverer: Deliverer, args: argparse.Namespace) -> int:
    channel = repo.with_secrets(repo.find(args.name))
    result = asyncio.run(deliverer.check(channel))
    print(output.result_line(channel.name, result))
    return OK if result.delivered else FAILED


def cmd_history(history: History, args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    entries = history.read(limit=args.limit)
    if args.json:
        output.print_json([dataclasses.asdict(e) for e in entries])
        return OK
    if not entries:
        print("No deliveries recorded yet.")
    for e in entries:
        verdict = "OK    " if e.delivered else "FAILED"
        print(
            f"{e.time}  {verdict}  {e.channel_name} ({e.channel_type}, {e.route})  {e.latency_ms:.0f} ms  {e.message}"
        )
    return OK
