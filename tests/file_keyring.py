"""A keyring backend in a JSON file, so child processes and the test share secrets.

Used by the tests that kill a process half-way: select it in a child with
``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and ``PINGTOWER_TEST_KEYRING_FILE``. Each
change is atomic and locked, as a real keyring's item writes are: a kill never leaves it torn.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def items(self) -> dict[str, str]:
        """Every item, ``{"<service>\\0<account>": secret}``."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _change(self, change: Callable[[dict[str, str]], None]) -> None:
        with self._locked():
            items = self.items()
            change(items)
            temporary = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(items), encoding="utf-8")
            os.replace(temporary, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self.items().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._change(lambda items: items.__setitem__(f"{service}\0{username}", password))

    def delete_password(self, service: str, username: str) -> None:
        def remove(items: dict[str, str]) -> None:
            if items.pop(f"{service}\0{username}", None) is None:
                raise PasswordDeleteError(username)

        self._change(remove)
