"""The keyring accounts a change may leave behind, written down before it touches the keyring.

A change of a channel's secrets writes them under a new revision of account names, then the
channels file (which names the revision) is replaced atomically: that replacement is the moment
the change happens. Before the keyring is touched, every account the change writes or retires
is appended here (names only, never a value) and flushed to disk. Whatever kills the process,
the next sweep (under the channels file's lock) deletes each journaled account the channels file
does not name, and empties the journal. The keyring library cannot list accounts: this is how
orphans are found on every platform.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from .locking import make_private_dir


class SecretJournal:
    def __init__(self, path: Path):
        self.path = Path(path)

    def note(self, accounts: Iterable[str]) -> None:
        """Records accounts about to be written or retired; on disk before this returns."""
        accounts = sorted(set(accounts))
        if not accounts:
            return
        make_private_dir(self.path.parent)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(accounts, separators=(",", ":")) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def pending(self) -> set[str]:
        """Every journaled account (a torn last line of a killed process is skipped)."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return set()
        found: set[str] = set()
        for line in lines:
            try:
                accounts = json.loads(line)
            except ValueError:
                continue
            if isinstance(accounts, list):
                found.update(account for account in accounts if isinstance(account, str))
        return found

    def forget(self, accounts: Iterable[str]) -> None:
        """Takes accounts off the journal (never written, or already deleted): the next sweep leaves them be."""
        gone = set(accounts)
        kept = sorted(self.pending() - gone)
        if not gone or not self.path.exists():
            return
        if not kept:
            self.path.unlink()
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(kept, separators=(",", ":")) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    def sweep(self, referenced: set[str], delete: Callable[[list[str]], None]) -> list[str]:
        """Deletes the journaled accounts the channels file does not name, then empties the journal.

        Call under the channels file's lock. Without a journal, nothing (not even the keyring) is touched.
        ``delete`` may raise (a locked keyring): the journal is then kept for the next sweep.
        """
        orphans = sorted(self.pending() - referenced)
        if orphans:
            delete(orphans)
        if self.path.exists():
            self.path.unlink()
        return orphans
