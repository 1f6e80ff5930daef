"""The desktop app's own preferences (language, test defaults, window layout), in an INI file
beside the channels file. They hold no secret."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

SETTINGS_FILE = "desktop.ini"
# "system" follows the desktop's locale; otherwise a code from ``i18n.LANGUAGES``.
SYSTEM_LANGUAGE = "system"


class Preferences(NamedTuple):
    language: str = SYSTEM_LANGUAGE
    test_message: str = ""
    test_username: str = ""
    #: Closing the window keeps watching in the tray: "yes", "no", or "" (not asked yet; off until asked).
    keep_watching: str = ""
    #: Headers (case-folded names) whose values the user hides, beyond those that carry credentials.
    hidden_headers: frozenset[str] = frozenset()


class SettingsStore:
    def __init__(self, config_dir: Path) -> None:
        self._settings = QSettings(str(config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    def load(self) -> Preferences:
        s = self._settings
        return Preferences(
            language=str(s.value("language", SYSTEM_LANGUAGE)),
            test_message=str(s.value("test/message", "")),
            test_username=str(s.value("test/username", "")),
            keep_watching=str(s.value("watch/keepWatching", "")),
            hidden_headers=frozenset(filter(None, str(s.value("headers/hidden", "")).split(" "))),
        )

    def save(self, preferences: Preferences) -> None:
        s = self._settings
        s.setValue("language", preferences.language)
        s.setValue("test/message", preferences.test_message)
        s.setValue("test/username", preferences.test_username)
        s.setValue("watch/keepWatching", preferences.keep_watching)
        s.setValue("headers/hidden", " ".join(sorted(preferences.hidden_headers)))  # no space in a header name
        s.sync()

    def file_folder(self) -> str:
        """Where Import and Export open: the folder last used, at first the user's documents folder."""
        remembered = str(self._settings.value("files/folder", ""))
        if remembered and Path(remembered).is_dir():
            return remembered
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def set_file_folder(self, path: str) -> None:
        """Remembers the folder of a file just imported or exported."""
        self._settings.setValue("files/folder", str(Path(path).parent))

    def window_state(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{key}", value)
