"""Everything a window needs from the core, opened once per run and shared by every view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..delivery.history import History
from ..delivery.runner import Deliverer
from ..storage.paths import AppPaths
from ..storage.repository import ChannelRepository
from ..storage.secrets import SecretStore
from .settings import Preferences, SettingsStore
from .worker import Worker


@dataclass
class AppContext:
    paths: AppPaths
    secrets: SecretStore
    repo: ChannelRepository
    history: History
    deliverer: Deliverer
    worker: Worker
    settings: SettingsStore
    preferences: Preferences

    @classmethod
    def open(cls, config_dir: str | Path | None = None, *, deliverer: Deliverer | None = None) -> AppContext:
        """Reads the config; a missing keyring is not an error here (secrets stay in memory)."""
        paths = AppPaths.resolve(config_dir)
        secrets = SecretStore(session_fallback=True)
        history = History(paths.history_file)
        settings = SettingsStore(paths.config_dir)
        return cls(
            paths=paths,
            secrets=secrets,
            repo=ChannelRepository(paths, secrets),
            history=history,
            deliverer=deliverer or Deliverer(history),
            worker=Worker(),
            settings=settings,
            preferences=settings.load(),
        )

    def save_preferences(self) -> None:
        self.settings.save(self.preferences)

    def close(self) -> None:
        """Cancels every job and joins the worker thread."""
        self.worker.shutdown()
