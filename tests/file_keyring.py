"""A keyring backend in a JSON file, so a child process and the test share secrets.

Used only by the test that kills a sync process half-way: select it in the child with
``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and ``PINGTOWER_TEST_KEYRING_FILE``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

PATH_ENV = "PINGTOWER_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    @classproperty
    def priority(cls) -> float:
        if PATH_ENV not in os.environ:
            raise RuntimeError(f"{PATH_ENV} is not set")  # keyring's way to say: not usable here
        return 1

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ.get(PATH_ENV, "keyring.json"))

    def _items(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _write(self, items: dict[str, str]) -> None:
        self.path.write_text(json.dumps(items), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items()
        items[f"{service}\0{username}"] = password
        self._write(items)

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        if items.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(items)
