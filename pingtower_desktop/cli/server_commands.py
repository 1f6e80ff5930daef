"""``server login|status|logout``, ``sync`` and ``test --via server``: the CLI face of the server features.

Exit codes as in the core: 0 ok; 1 a server failure, an unresolved conflict, or not connected;
2 a usage error (bad URL, not logged in, a channel never synced).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from typing import TextIO

from ..delivery.runner import Deliverer
from ..server.auth import plain_http_warning
from ..server.errors import LoginInputError, ServerError
from ..server.remote_test import ask_server_to_test
from ..server.service import NotLoggedIn, ServerService
from ..server.states import ServerState
from ..server.sync import StalePlan, SyncReport
from ..server.sync_plan import Consent, Op, SyncPlan
from ..storage.paths import AppPaths
from ..storage.repository import ChannelRepository
from ..storage.secrets import SecretStore
from ..transport.proxy import ProxyRoute
from . import network, output
from .values import UsageError

OK, FAILED = 0, 1


def _service(args: argparse.Namespace) -> ServerService:
    paths = AppPaths.resolve(getattr(args, "config_dir", None))
    secrets = SecretStore()
    limit = getattr(args, "max_channels", None)
    if limit is not None and limit < 1:
        raise UsageError("--max-channels must be 1 or more")
    route = network.route_for(args, paths, secrets)
    return ServerService(paths, secrets, ChannelRepository(paths, secrets), max_channels=limit, route=route)


def _read_line(what: str, stdin: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass(f"{what}: ")
    line = stdin.readline()
    if not line.strip():
        raise UsageError(f"standard input held no {what}")
    return line.rstrip("\r\n")


def run_server_command(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    """Runs ``server …`` or ``sync``; raises UsageError (exit 2) for usage problems."""
    service = _service(args)
    service.repo.list()  # as Session.repo: what is wrong with the file is said before anything else
    if service.repo.load_warning:
        output.warn(service.repo.load_warning)
    try:
        if args.command == "sync":
            return _sync(service, args)
        if args.server_command == "login":
            return _login(service, args, stdin or sys.stdin)
        if args.server_command == "logout":
            return _logout(service)
        return _status(service)
    except NotLoggedIn as error:
        raise UsageError(str(error)) from None
    except (ServerError, StalePlan) as error:
        output.error(str(error))
        return FAILED


def _login(service: ServerService, args: argparse.Namespace, stdin: TextIO) -> int:
    if args.password_stdin and not args.email:
        raise UsageError("--password-stdin needs --email")
    try:
        warning = plain_http_warning(args.url)
    except ValueError as error:
        raise UsageError(str(error)) from None
    if warning:
        output.warn(warning)
    password = _read_line("password", stdin) if args.password_stdin else None
    token = _read_line("token", stdin) if args.token_stdin else None
    try:
        status = asyncio.run(
            service.login(
                args.url,
                email=args.email or "",
                password=password,
                token=token,
                dialect_name=args.dialect,
                ca_file=args.ca_file,
            )
        )
    except LoginInputError as error:
        raise UsageError(str(error)) from None
    print(f"Logged in: {status.message}")
    for caveat in status.profile.api.caveats if status.profile else ():
        print(f"  note: {caveat}")
    return OK


def _logout(service: ServerService) -> int:
    profile = service.profiles.load()
    service.logout()
    print(f"Logged out of {profile.base_url}; the token was removed." if profile else "No server is set up.")
    return OK


def _status(service: ServerService) -> int:
    status = asyncio.run(service.status())
    print(f"{status.state.label}: {status.message}")
    if status.warning:
        output.warn(status.warning)
    if status.profile is not None:
        for caveat in status.profile.api.caveats:
            print(f"  note: {caveat}")
    return OK if status.state is ServerState.CONNECTED else FAILED


#: How the CLI gives each consent a step may wait for.
CONSENT_OPTIONS = {
    Consent.COPY_HERE: "--copy-others",
    Consent.SEND_ANYWAY: "--send-anyway",
    Consent.DELETE_THERE: "--delete-on-server NAME",
}


def print_plan(plan: SyncPlan) -> None:
    actions = plan.actions
    print(
        f"Sync with {plan.server_url} ({plan.dialect.name}): {plan.local_count} channel(s) here, "
        f"{plan.server_count} on the server."
    )
    if plan.dialect.shared_channels:
        print("  note: this server shows every user's channels to everyone who logs in (see `server status`).")
    if not actions:
        print("Everything is in sync.")
        return
    for item in actions:
        if item.op is not Op.CONFLICT and not item.waiting:
            print(f"  {item.line()}")
    if plan.waiting:
        print("Waiting for your decision (nothing is done until you agree):")
        for item in plan.waiting:
            print(f"  {item.line()}  [{CONSENT_OPTIONS[item.consent]}]" if item.consent else f"  {item.line()}")
    if plan.conflicts:
        print("Conflicts (nothing is overwritten; choose with --prefer local|server, or in the app):")
        for item in plan.conflicts:
            print(f"  {item.line()}")


def print_report(report: SyncReport) -> None:
    for item, message in report.failed:
        print(f"  FAILED  {item.op.label}: {item.name} — {message}")
    if report.stopped:
        print(f"Stopped: {report.stopped}")
        if report.not_done:
            print(f"  not done: {len(report.not_done)} change(s); run sync again once the problem is fixed")
    done = len(report.done)
    print(f"Done: {done} change(s) made, {len(report.failed)} failed, {len(report.conflicts)} conflict(s) left.")
    if report.skipped:
        print(f"{len(report.skipped)} channel(s) could not be synced (see above).")
    if report.waiting:
        print(f"{len(report.waiting)} step(s) wait for your decision (see above).")


def _sync(service: ServerService, args: argparse.Namespace) -> int:
    plan, report = asyncio.run(
        service.sync(
            prefer=args.prefer,
            dry_run=args.dry_run,
            copy_others=args.copy_others,
            send_anyway=args.send_anyway,
            delete_on_server=args.delete_on_server,
        )
    )
    print_plan(plan)
    if report is None:
        print("Dry run: nothing was changed.")
        blocking = any(item.consent is not None and item.consent.blocking for item in plan.waiting)
        return FAILED if plan.conflicts or blocking else OK
    if plan.actions:
        print_report(report)
    return OK if report.ok else FAILED


def cmd_test_via_server(
    repo: ChannelRepository, deliverer: Deliverer, route: ProxyRoute, args: argparse.Namespace
) -> int:
    """``test NAME --via server`` (and ``--all``): the server sends; each result is recorded as route "server"."""
    service = ServerService(repo.paths, repo.secrets, repo, route=route)
    server_ids = service.server_ids()
    if args.all:
        if args.name:
            raise UsageError("give a channel NAME or --all, not both")
        channels = [c for c in repo.list() if c.enabled and c.id in server_ids]
        if not channels:
            print("No enabled channel is on the server yet: run sync first.")
            return OK
    elif not args.name:
        raise UsageError("name a channel to test, or use --all")
    else:
        channels = [repo.find(args.name)]
        if channels[0].id not in server_ids:
            raise UsageError(f"'{channels[0].name}' is not on the server yet: run `pingtower-desktop-cli sync` first")

    async def run() -> list[bool]:
        outcomes = []
        async with service.open_client() as client:
            for channel in channels:
                channel = repo.with_secrets(channel)
                result = await ask_server_to_test(
                    client, server_ids[channel.id], channel, message=args.message, username=args.username
                )
                deliverer.record(channel, result, route="server")
                print(output.result_line(channel.name, result), flush=True)
                outcomes.append(result.delivered)
        return outcomes

    try:
        outcomes = asyncio.run(run())
    except NotLoggedIn as error:
        raise UsageError(str(error)) from None
    except ServerError as error:
        output.error(str(error))
        return FAILED
    return OK if all(outcomes) else FAILED
