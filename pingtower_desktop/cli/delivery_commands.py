"""Commands that talk to peers: test, check, rotate; and history and stats, which read what they recorded."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses

from ..delivery.runner import Deliverer
from ..storage.repository import ChannelRepository
from ..transport.result import Outcome
from . import output
from .session import Commands, Session
from .terminal import one_value
from .values import UsageError

OK, FAILED, USAGE = 0, 1, 2


def register(commands: Commands) -> None:
    commands.add(
        "check", "check credentials or reachability without sending where the peer allows", cmd_check
    ).add_argument("name")
    p = commands.add(
        "rotate", "replace a secret: the new value (from standard input) is checked before it is saved", cmd_rotate
    )
    p.add_argument("name")
    p.add_argument("key", help="the secret: botToken, password, webhookUrl, hmacSecret …")
    p = commands.add(
        "stats", "delivery success per channel: success rate and latency, tests and checks apart", cmd_stats
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--since", default="7d", metavar="PERIOD", help="how far back: 24h, 7d, 30d … (default 7d)")
    p = commands.add(
        "test", "send a test notification, directly from this machine or through the PingTower server", cmd_test
    )
    p.add_argument("name", nargs="?")
    p.add_argument("--all", action="store_true", help="test every enabled channel at once")
    p.add_argument("--message", help="the test message (the document's test body 'message')")
    p.add_argument("--username", help="the PingTower user to name (the document's test body 'username')")
    p.add_argument(
        "--via",
        choices=("direct", "server"),
        default="direct",
        help="send the test from this computer (direct, the default) or ask the server to send it",
    )
    p = commands.add("history", "show recorded deliveries, oldest first", cmd_history)
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, metavar="N", help="only the newest N")


def cmd_test(session: Session, args: argparse.Namespace) -> int:
    repo, deliverer = session.repo, session.deliverer
    if args.via == "server":
        from .server_commands import cmd_test_via_server  # the server package only for this route

        return cmd_test_via_server(repo, deliverer, session.route, args)
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


def cmd_rotate(session: Session, args: argparse.Namespace) -> int:
    from ..channel_service import ChannelService
    from ..delivery.rotation import rotate
    from .channel_commands import CLI
    from .values import read_secret_values

    repo, deliverer = session.repo, session.deliverer
    channel = repo.find(args.name)
    [(key, value)] = read_secret_values(channel.type, [args.key])
    rotation = asyncio.run(rotate(ChannelService(repo), deliverer, channel, key, value, origin=CLI))
    print(f"{channel.name}: {rotation.message}")
    if rotation.done:  # a synced channel's server copy gets the new value now, not at the next sync
        from ..server.service import ServerService

        pushed = asyncio.run(ServerService(repo.paths, repo.secrets, repo, route=session.route).push(channel.id))
        if pushed:
            print(f"{channel.name}: {pushed}")
    return OK if rotation.done and rotation.after is not None and rotation.after.delivered else FAILED


def cmd_check(session: Session, args: argparse.Namespace) -> int:
    repo, deliverer = session.repo, session.deliverer
    channel = repo.with_secrets(repo.find(args.name))
    result = asyncio.run(deliverer.check(channel))
    print(output.result_line(channel.name, result))
    return OK if result.delivered else FAILED


def cmd_stats(session: Session, args: argparse.Namespace) -> int:
    """Over the history of sends and the watch's checks (the older ones by day)."""
    from ..delivery.check_days import CheckDays, checks_history
    from ..delivery.stats import CHECKS, TESTS, channel_stats, parse_period
    from ..transport.notification import utc_now

    paths = session.paths
    try:
        span = parse_period(args.since)
    except ValueError as error:
        raise UsageError(str(error)) from None
    entries = [*session.history.read(), *checks_history(paths).read()]
    found = channel_stats(entries, utc_now(), span, CheckDays(paths.check_days_file).read())
    if args.json:
        output.print_json(
            [
                {"channel": s.name, "id": s.channel_id, "type": s.type}
                | {group: figures.to_json() for group, figures in s.groups.items()}
                for s in found
            ]
        )
        return OK
    if not found:
        print(f"Nothing was sent in the last {args.since}.")
    for stats in found:
        print(stats.name)
        for group in (TESTS, CHECKS):
            figures = stats.groups[group]
            if not figures.sent:
                continue
            rate = f"{figures.rate:.0%}" if figures.rate is not None else "—"
            print(
                f"  {group:6}  {figures.delivered}/{figures.sent} ok ({rate})  "
                f"median {figures.median_ms:.0f} ms  p95 {figures.p95_ms:.0f} ms"
            )
            if figures.last_failure is not None:
                print(f"          last failure {figures.last_failure.time}: {figures.last_failure_text()}")
    return OK


def cmd_history(session: Session, args: argparse.Namespace) -> int:
    history = session.history
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
            f"{e.time}  {verdict}  {one_value(e.channel_name)} ({e.channel_type}, {e.route})  {e.latency_ms:.0f} ms  "
            f"{one_value(e.message)}"
        )
    return OK
