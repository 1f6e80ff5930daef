"""The application: what outlives its windows — the start (paths, settings, the channels file), then the
core on top of it.

:class:`AppStart` is all the window needs to paint the channel list; it loads neither pydantic nor
the channel types. :class:`AppContext` adds the core — repository, keyring, history, delivery, the
worker and the live channel store — and is opened once per run, after the first paint when the app
starts. A window is a view of it: rebuilding the window (another language) restarts none of them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage.config_file import ConfigFile
from ..storage.paths import AppPaths
from .settings import Preferences, SettingsStore

if TYPE_CHECKING:
    from ..delivery.history import History
    from ..delivery.runner import Deliverer
    from ..storage.repository import ChannelRepository
    from ..storage.secrets import SecretStore
    from .channel_store import ChannelStore
    from .worker import Worker


class AppStart:
    def __init__(
        self, paths: AppPaths, settings: SettingsStore, preferences: Preferences, channels_file: ConfigFile
    ) -> None:
        self.paths = paths
        self.settings = settings
        self.preferences = preferences
        #: Shared with the repository, so a note about the file (moved aside, too new) outlives the first read.
        self.channels_file = channels_file

    @classmethod
    def open(cls, config_dir: str | Path | None = None) -> AppStart:
        paths = AppPaths.resolve(config_dir)
        settings = SettingsStore(paths.config_dir)
        return cls(paths, settings, settings.load(), ConfigFile(paths.config_file))


def default_test_message(channel_name: str) -> str:
    """A test's message when the person gave none, in the app's language of the moment."""
    from ..transport import notification
    from .core_text import core_tr

    return core_tr(notification.default_test_message(channel_name))


class AppContext(AppStart):
    def __init__(
        self,
        start: AppStart,
        secrets: SecretStore,
        repo: ChannelRepository,
        history: History,
        deliverer: Deliverer,
        worker: Worker,
    ) -> None:
        super().__init__(start.paths, start.settings, start.preferences, start.channels_file)
        self.secrets = secrets
        self.repo = repo
        self.history = history
        from ..delivery.check_days import CheckDays, checks_history

        #: The watch's checks (kept apart from the history of sends), and those older, summed up by day.
        self.checks = checks_history(self.paths)
        self.check_days = CheckDays(self.paths.check_days_file)
        self.deliverer = deliverer
        deliverer.default_message = default_test_message
        self.worker = worker
        from .channel_store import ChannelStore  # after the first paint: it brings asyncio
        from .watch_service import WatchService

        self.store: ChannelStore = ChannelStore(self)
        #: The watch over the channels (started by the application once the window is ready).
        self.watch = WatchService(self)

    @classmethod
    def open(
        cls, config_dir: str | Path | None = None, *, deliverer: Deliverer | None = None, start: AppStart | None = None
    ) -> AppContext:
        """Loads the core over ``start`` (or a new one); a missing keyring is not an error here (secrets
        stay in memory)."""
        from ..delivery.check_days import checks_history
        from ..delivery.history import History
        from ..delivery.runner import Deliverer
        from ..storage.network_settings import NetworkStore
        from ..storage.oplog import Face
        from ..storage.repository import ChannelRepository
        from ..storage.secrets import SecretStore
        from ..transport.desktop_proxy import desktop_proxies
        from .worker import Worker

        start = start or AppStart.open(config_dir)
        secrets = SecretStore(session_fallback=True)
        history = History(start.paths.history_file)
        network = NetworkStore(start.paths, secrets)  # read again for each batch: a change applies at once
        routes = lambda: network.route(os.environ, desktop=desktop_proxies)  # noqa: E731
        return cls(
            start,
            secrets=secrets,
            repo=ChannelRepository(start.paths, secrets, start.channels_file, face=Face.APP),
            history=history,
            deliverer=deliverer or Deliverer(history, checks=checks_history(start.paths), routes=routes),
            worker=Worker(),
        )

    def save_preferences(self) -> None:
        self.settings.save(self.preferences)

    def close(self) -> None:
        """Cancels every job, joins the worker thread and lets the store's thread go."""
        self.watch.stop()
        self.worker.shutdown()
        self.store.close()
