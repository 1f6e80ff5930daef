"""How a command joins the command line (:class:`Commands`) and what it works with once run (:class:`Session`).

Each command module registers its own sub-parsers with their handler; a handler is ``run(session, args) -> int``
and takes from the session only what it needs — the channels, the history, a deliverer —, each made the first
time it is asked for, so ``history`` never opens the keyring and a direct ``test`` never loads the server package.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..delivery.check_days import checks_history
from ..delivery.history import History
from ..delivery.runner import Deliverer
from ..storage.paths import AppPaths
from ..storage.repository import ChannelRepository
from ..storage.secrets import KeyringUnavailable, SecretStore
from ..transport.proxy import ProxyRoute
from . import network, output


class Session:
    """One run of the command line: its folders, and the stores and deliverer a command asks for."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.paths = AppPaths.resolve(getattr(args, "config_dir", None))

    @cached_property
    def history(self) -> History:
        return History(self.paths.history_file)

    @cached_property
    def repo(self) -> ChannelRepository:
        """The channels, read once up front: a broken file moved aside, unreadable entries, are said first."""
        repo = ChannelRepository(self.paths, SecretStore())
        _sweep(repo)
        repo.list()
        if repo.load_warning:
            output.warn(repo.load_warning)
        return repo

    @cached_property
    def route(self) -> ProxyRoute:
        """The run's proxy choice, worked out once (a password on the command line is refused here)."""
        return network.route_for(self.args, self.paths, self.repo.secrets)

    @cached_property
    def deliverer(self) -> Deliverer:
        route = self.route
        return Deliverer(self.history, checks=checks_history(self.paths), routes=lambda: route)

    def finish(self) -> None:
        """What is left to say once the command is done."""
        deliverer = self.__dict__.get("deliverer")
        if deliverer is not None and deliverer.history_problem:
            output.warn(f"the results above were not recorded in the history: {deliverer.history_problem}")


def _sweep(repo: ChannelRepository) -> None:
    """Secrets a change killed half-way left behind go first (nothing to do, and no keyring, without a journal)."""
    try:
        repo.sweep()
    except KeyringUnavailable as error:
        output.warn(f"secrets left behind by an interrupted change could not be removed yet: {error}")


Handler = Callable[[Session, argparse.Namespace], int]


@dataclass(frozen=True)
class Commands:
    """Where a command module adds its sub-commands, each with the options every command takes."""

    subparsers: argparse._SubParsersAction
    #: --config-dir, --proxy, --no-proxy: a parent of every command's parser.
    common: argparse.ArgumentParser

    def add(self, name: str, help_text: str, run: Handler, description: str | None = None) -> argparse.ArgumentParser:
        parser = self.subparsers.add_parser(
            name, help=help_text, description=description or help_text, parents=[self.common]
        )
        parser.set_defaults(run=run)
        return parser
