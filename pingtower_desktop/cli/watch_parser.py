"""The ``watch`` command as argparse sees it, without the watch package (``watch_commands`` runs it)."""

from __future__ import annotations

import argparse

from .session import Commands, Session


def register(commands: Commands) -> None:
    p = commands.add("watch", "keep watch over the channels: scheduled checks, canary tests, alerts", _run)
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


def _run(session: Session, args: argparse.Namespace) -> int:
    from .watch_commands import run_watch  # its modules only when watching

    return run_watch(session.repo, session.deliverer, session.paths, args)
