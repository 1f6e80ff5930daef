"""Where the product keeps its files: the config dir (channels) and the data dir (history)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import platformdirs

from ..text import msg

APP_NAME = "pingtower-desktop"
CONFIG_DIR_ENV = "PINGTOWER_DESKTOP_CONFIG_DIR"
DATA_DIR_ENV = "PINGTOWER_DESKTOP_DATA_DIR"


def _absolute(value: str | Path) -> Path:
    return Path(value).expanduser().absolute()


class AppPaths(NamedTuple):
    """Resolved once at start-up; nothing is created until something is written."""

    config_dir: Path
    data_dir: Path

    @classmethod
    def resolve(cls, config_dir: str | Path | None = None) -> AppPaths:
        """``--config-dir`` beats ``PINGTOWER_DESKTOP_CONFIG_DIR`` beats the platform's config dir.

        The data dir follows an overridden config dir (so ``--config-dir`` gives one self-contained
        folder) unless ``PINGTOWER_DESKTOP_DATA_DIR`` names its own.
        """
        override = config_dir or os.environ.get(CONFIG_DIR_ENV)
        # appauthor=False: no doubled "pingtower-desktop\pingtower-desktop" folder on Windows.
        config = _absolute(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        data_override = os.environ.get(DATA_DIR_ENV)
        if data_override:
            data = _absolute(data_override)
        elif override:
            data = config
        else:
            data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(config_dir=config, data_dir=data)

    def exposure_warning(self) -> str | None:
        """Set when the config folder already exists and other users may read it (an existing folder given
        with --config-dir keeps its mode: the product creates its own folders owner-only)."""
        try:
            mode = self.config_dir.stat().st_mode & 0o777
        except OSError:
            return None
        if os.name == "nt" or not mode & 0o077:
            return None
        return msg(
            "the config folder {config_dir} can be read by other users (mode {mode}); the channels and the sync state kept there hold no secrets but name your servers and recipients: chmod 700 {config_dir}",
            config_dir=self.config_dir,
            mode=f"{mode:o}",
        )

    @property
    def config_file(self) -> Path:
        return self.config_dir / "channels.json"

    @property
    def log_dir(self) -> Path:
        """Beside the data when a folder was named for it (``--config-dir``, the environment), else the
        platform's log folder."""
        if os.environ.get(DATA_DIR_ENV) or self.data_dir != Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)):
            return self.data_dir / "logs"
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.jsonl"

    @property
    def checks_file(self) -> Path:
        """The watch's checks, apart from the history of sends (they come every few minutes)."""
        return self.data_dir / "checks.jsonl"

    @property
    def check_days_file(self) -> Path:
        """The checks that rotated out of ``checks.jsonl``, summed up by channel and day."""
        return self.data_dir / "check-days.json"

    @property
    def watch_settings_file(self) -> Path:
        """The watch's schedules and alert channel: settings of this computer, beside the channels."""
        return self.config_dir / "watch.json"

    @property
    def watch_state_file(self) -> Path:
        return self.data_dir / "watch-state.json"

    @property
    def watch_lock(self) -> Path:
        """Held by whoever runs the watch's schedule (the app or ``watch``): one at a time."""
        return self.data_dir / "watch.lock"
