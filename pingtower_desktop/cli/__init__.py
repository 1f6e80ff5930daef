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
from ..errors import DeliveryError, ServerFailure, describe
from ..storage.paths import AppPaths
from ..transport.keylog import keylog_warning
from . import channel_commands, delivery_commands, network, output, server_parsers, watch_parser
from .session import Commands, Session
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
    commands = Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"), common)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


#: Each registers its commands (a sub-parser and its handler); a new command goes in one of them.
COMMAND_MODULES = (channel_commands, delivery_commands, watch_parser, server_parsers)


def run(args: argparse.Namespace) -> int:
    session = Session(args)
    network.override(args)  # --proxy and --no-proxy are checked for every command (a password refused)
    for warning in (session.paths.exposure_warning(), keylog_warning()):
        if warning:
            output.warn(warning)
    code = args.run(session, args)
    session.finish()
    return code


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
