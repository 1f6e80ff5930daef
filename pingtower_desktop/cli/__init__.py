"""``pingtower-desktop-cli``: the headless face of PingTower Desktop. Never imports Qt.

Exit codes: 0 ok, 1 a delivery or remote failure (or unresolved sync conflicts), 2 a usage or
validation error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..channels import ChannelInvalid
from ..delivery.check_days import checks_history
from ..delivery.history import History
from ..delivery.runner import Deliverer
from ..errors import DeliveryError, ServerFailure, describe
from ..storage.paths import AppPaths
from ..storage.repository import ChannelRepository
from ..storage.secrets import KeyringUnavailable, SecretStore
from ..transport.keylog import keylog_warning
from . import channel_commands as cc
from . import delivery_commands as dc
from . import network, output
from . import server_parsers as sp
from .terminal import escaped_output
from .values import problems_text

FAILED, USAGE = 1, 2


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep channels.json here (default: $PINGTOWER_DESKTOP_CONFIG_DIR or the user config dir)",
    )
    network.add_options(common)
    parser = argparse.ArgumentParser(
        prog="pingtower-desktop-cli",
        description="Manage and test PingTower notification channels. Channels are named by exact name, "
        "then case-insensitive name, then id.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    p = command("list", "list the channels")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="a JSON array in the wire format, secrets masked")
    shown.add_argument("--names", action="store_true", help="the names alone, one a line (scripts, shell completion)")
    p = command("show", "show one channel, secrets masked")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    for name, help_text in (("add", "add a channel"), ("edit", "change a channel's configuration")):
        p = command(name, help_text)
        if name == "add":
            p.add_argument("type", help="PYTHON_BOT, TELEGRAM, EMAIL, SLACK or WEBHOOK (any case)")
        p.add_argument("name")
        p.add_argument(
            "--set",
            action="append",
            metavar="KEY=VALUE",
            help="a configuration value (repeatable); headers.NAME=VALUE sets one webhook header",
        )
        p.add_argument(
            "--set-secret",
            action="append",
            metavar="KEY",
            help="read this secret from standard input, one line each (repeatable)",
        )
        if name == "add":
            p.add_argument("--disabled", action="store_true", help="add it disabled")
            p.add_argument("--default", action="store_true", help="make it the default channel")
    p = command("rename", "rename a channel")
    p.add_argument("name")
    p.add_argument("new_name", metavar="NEW")
    for name, help_text in (
        ("enable", "enable a channel"),
        ("disable", "disable a channel"),
        ("default", "make a channel the default (a default channel is enabled)"),
        ("delete", "delete a channel and its secrets"),
        ("check", "check credentials or reachability without sending where the peer allows"),
    ):
        p = command(name, help_text)
        p.add_argument("name")
        if name == "default":
            p.add_argument("--enable", action="store_true", help="enable it too, if it is disabled")
        if name == "disable":
            p.add_argument(
                "--clear-default", action="store_true", help="if it is the default channel, leave no default"
            )
    p = command("import", "import channels from a JSON file (the document's formats or an export)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="show what would be added and changed; change nothing")
    p.add_argument("--only", action="append", metavar="NAME", help="import only this channel of the file (repeatable)")
    p = command("rotate", "replace a secret: the new value (from standard input) is checked before it is saved")
    p.add_argument("name")
    p.add_argument("key", help="the secret: botToken, password, webhookUrl, hmacSecret …")
    p = command("stats", "delivery success per channel: success rate and latency, tests and checks apart")
    p.add_argument("--json", action="store_true")
    p.add_argument("--since", default="7d", metavar="PERIOD", help="how far back: 24h, 7d, 30d … (default 7d)")
    p = command("log", "the operations log: every change to the channels, from the app, the CLI, imports and syncs")
    p.add_argument("--json", action="store_true")
    p.add_argument("--channel", metavar="NAME", help="only this channel's (its name then, or now, or its id)")
    p.add_argument("--limit", type=int, metavar="N", help="the newest N")
    p = command("export", "export channels as JSON (to FILE or standard output)")
    p.add_argument("file", nargs="?")
    p.add_argument("--include-secrets", action="store_true", help="put the secrets in the file too")
    p = command("watch", "keep watch over the channels: scheduled checks, canary tests, alerts")
    p.add_argument("action", nargs="?", choices=("status", "config", "install-service"), help="(none: run)")
    p.add_argument("channel", nargs="?", help="config: the channel (none: every channel's default)")
    p.add_argument("--once", action="store_true", help="run what is due, then exit (0 all OK, 1 any failing)")
    p.add_argument("--force", action="store_true", help="with --once: check every channel now, due or not")
    p.add_argument("--json", action="store_true", help="status: as JSON")
    p.add_argument("--every", help="config: a check every … (15m, 1h, 1d)")
    p.add_argument("--canary", help="config: a real test message at … ('fri 12:00', 'daily 09:30'; 'off')")
    p.add_argument("--failures", type=int, help="config: failures in a row before a channel counts as failing")
    p.add_argument("--alert-channel", metavar="NAME", help="config: the channel alerts go through ('none': none)")
    p.add_argument("--rotate-after", type=int, metavar="DAYS", help="config: remind to rotate secrets this old")
    p = command("test", "send a test notification, directly from this machine or through the PingTower server")
    p.add_argument("name", nargs="?")
    p.add_argument("--all", action="store_true", help="test every enabled channel at once")
    p.add_argument("--message", help="the test message (the document's test body 'message')")
    p.add_argument("--username", help="the PingTower user to name (the document's test body 'username')")
    sp.add_via_option(p)
    p = command("history", "show recorded deliveries, oldest first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, metavar="N", help="only the newest N")
    sp.add_server_parsers(sub, common)
    return parser


CHANNEL_COMMANDS = {
    "list": cc.cmd_list,
    "show": cc.cmd_show,
    "add": cc.cmd_add,
    "edit": cc.cmd_edit,
    "rename": cc.cmd_rename,
    "enable": cc.cmd_enable,
    "disable": cc.cmd_disable,
    "default": cc.cmd_default,
    "delete": cc.cmd_delete,
    "import": cc.cmd_import,
    "export": cc.cmd_export,
    "log": cc.cmd_log,
}
DELIVERY_COMMANDS = {"test": dc.cmd_test, "check": dc.cmd_check, "rotate": dc.cmd_rotate}


def run(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(getattr(args, "config_dir", None))
    network.override(args)  # --proxy and --no-proxy are checked for every command (a password refused)
    for warning in (paths.exposure_warning(), keylog_warning()):
        if warning:
            output.warn(warning)
    if args.command in sp.SERVER_COMMANDS:
        from .server_commands import run_server_command  # the server package only for server commands

        return run_server_command(args)
    history = History(paths.history_file)
    if args.command == "history":
        return dc.cmd_history(history, args)
    if args.command == "stats":
        return dc.cmd_stats(paths, args)
    repo = ChannelRepository(paths, SecretStore())
    _sweep(repo)
    repo.list()  # reads the file once first: a broken file moved aside, unreadable entries, are said up front
    if repo.load_warning:
        output.warn(repo.load_warning)
    if args.command in DELIVERY_COMMANDS or args.command == "watch":
        route = network.route_for(args, paths, repo.secrets)
        deliverer = Deliverer(history, checks=checks_history(paths), routes=lambda: route)
        if args.command == "watch":
            from .watch_commands import run_watch  # its modules only when watching

            code = run_watch(repo, deliverer, paths, args)
        else:
            code = DELIVERY_COMMANDS[args.command](repo, deliverer, args)
        if deliverer.history_problem:
            output.warn(f"the results above were not recorded in the history: {deliverer.history_problem}")
        return code
    return CHANNEL_COMMANDS[args.command](repo, args)


def _sweep(repo: ChannelRepository) -> None:
    """Secrets a change killed half-way left behind go first (nothing to do, and no keyring, without a journal)."""
    try:
        repo.sweep()
    except KeyringUnavailable as error:
        output.warn(f"secrets left behind by an interrupted change could not be removed yet: {error}")


def main(argv: Sequence[str] | None = None) -> int:
    with escaped_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except ChannelInvalid as error:
        output.error("the channel is not valid:\n" + problems_text(error.problems))
    except KeyboardInterrupt:
        output.error("interrupted")
        return 130
    except Exception as error:
        said = describe(error)
        if said is None:  # a bug: logged with its traceback, one line here
            from .. import logs

            log_path = logs.start(AppPaths.resolve(getattr(args, "config_dir", None)))
            logs.get("cli").error("pingtower-desktop-cli %s failed", args.command, exc_info=error)
            output.error(f"unexpected {type(error).__name__} — a bug; the details are in {log_path}")
            return FAILED
        output.error(said)
        if isinstance(error, ServerFailure | DeliveryError):  # the other side failed, not what was typed
            return FAILED
    return USAGE


if __name__ == "__main__":
    sys.exit(main())
