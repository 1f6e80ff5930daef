"""The command line's server and sync commands as argparse sees them: their parsers, without the server
package (a direct ``test`` needs none of it; ``server_commands`` runs them)."""

from __future__ import annotations

import argparse

from .session import Commands, Session


def register(commands: Commands) -> None:
    """Adds ``server`` (login, status, logout) and ``sync``."""
    common = commands.common
    server = commands.add("server", "log in to a PingTower server, show or end the login", _run)
    actions = server.add_subparsers(dest="server_command", required=True, metavar="ACTION")
    login = actions.add_parser(
        "login",
        help="log in (e-mail and password, or a token) and remember the server",
        description="Log in to a PingTower server. The token is kept in the keyring; the password is never stored.",
        parents=[common],
    )
    login.add_argument("url", help="the server's base URL, e.g. https://pingtower.example.com")
    login.add_argument(
        "--email",
        help="the account's e-mail (needed with --password-stdin; on an older reference build, the user name)",
    )
    secret = login.add_mutually_exclusive_group(required=True)
    secret.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    secret.add_argument("--token-stdin", action="store_true", help="read a login token (JWT) from standard input")
    login.add_argument(
        "--dialect",
        choices=("documented", "reference", "reference-v1"),
        help="which API the server speaks (default: detected): the documented one, the reference server, "
        "or an older reference build (reference-v1: /v1/api/v1, login by user name)",
    )
    login.add_argument(
        "--ca-file",
        metavar="PEM",
        default="",
        help="trust this certificate authority for the server too (a company CA; kept with the server settings)",
    )
    actions.add_parser("status", help="show the server, the login and whether the server answers", parents=[common])
    actions.add_parser("logout", help="forget the login token", parents=[common])
    sync = commands.add(
        "sync",
        "two-way sync of the channels with the server",
        _run,
        description="Two-way sync with the server. Changed on both sides = a conflict: nothing is overwritten "
        "unless --prefer says which side wins; unresolved conflicts are listed and the exit code is 1.",
    )
    sync.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
    sync.add_argument("--prefer", choices=("local", "server"), help="resolve every conflict for this side")
    sync.add_argument(
        "--copy-others",
        action="store_true",
        help="copy here the channels other users put on a server that shows everyone's channels",
    )
    sync.add_argument(
        "--send-anyway",
        action="store_true",
        help="send values the server would store damaged (the plan names them)",
    )
    sync.add_argument(
        "--max-channels",
        type=int,
        metavar="N",
        help="take up to N channels from the server this time (default: the Server dialog's setting, 1000)",
    )
    sync.add_argument(
        "--delete-on-server",
        action="append",
        default=[],
        metavar="NAME",
        help="confirm deleting on the server this channel, which this computer did not create (repeatable)",
    )


def _run(session: Session, args: argparse.Namespace) -> int:
    from .server_commands import run_server_command  # the server package only for server commands

    return run_server_command(args)
