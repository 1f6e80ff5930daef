"""The one door to the OS keyring: every secret the product keeps goes through :class:`SecretStore`.

Secrets are stored under service ``pingtower-desktop``; a channel's secret ``key`` under the
account ``channel:<id>:<key>``. When no usable backend exists, storing fails with
:class:`KeyringUnavailable` (nothing is written in plain text instead), or — for the GUI, with
``session_fallback=True`` — secrets are kept in this process's memory for the run only.

The keyring library is imported on first use, not with this module: finding its backends takes a
noticeable part of the app's start, and the window needs no secret before it is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ..errors import KeyringError
from ..text import message_of, msg
from ..transport.scrub import remember
from .keyring_policy import effective, refusal

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "pingtower-desktop"
PROBE_ACCOUNT = "probe"
_FIX_INSTALLED = msg(
    "Start or unlock your desktop keyring (gnome-keyring or KWallet, which provide the Secret Service) "
    "and try again; if you accept secrets kept in a file, choose keyrings.alt explicitly "
    "(pip install keyrings.alt, then set PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring). "
    "Nothing was written in plain text."
)
#: The bundle and the .deb carry no file keyring to choose, and no pip to add one.
_FIX_BUNDLED = msg(
    "Start or unlock your desktop keyring (gnome-keyring, KeePassXC or KWallet, which provide the Secret "
    "Service; on Debian or Ubuntu: {command}) and try again. Nothing was written in plain text.",
    command="sudo apt install gnome-keyring",
)


def keyring_fix() -> str:
    """How to get a usable keyring, as this installation can."""
    return _FIX_BUNDLED if getattr(sys, "frozen", False) else _FIX_INSTALLED


T = TypeVar("T")


class KeyringUnavailable(KeyringError):
    """No usable keyring; ``str()`` says why and how to fix it.

    ``written``: the accounts changed before the failure (an undo must touch these only: undoing
    more would ask a locked keyring to unlock a second time).
    """

    def __init__(self, reason: str, *, written: Iterable[str] = ()):
        self.reason = reason
        self.written = list(written)
        super().__init__(msg("No usable keyring: {reason}. {fix}", reason=reason, fix=keyring_fix()))


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    message: str


def channel_account(channel_id: str, key: str, rev: str = "") -> str:
    """``channel:<id>:<key>``, and ``:<rev>`` after it for a revision (see ``secret_journal``)."""
    return f"channel:{channel_id}:{key}:{rev}" if rev else f"channel:{channel_id}:{key}"


def backend_name(backend: KeyringBackend) -> str:
    return getattr(backend, "name", type(backend).__name__)


def current_backend() -> KeyringBackend:
    """The keyring library's active backend (chosen, and the library imported, on the first call)."""
    import keyring

    return keyring.get_keyring()


def _stayed_locked(error: Exception) -> bool:
    """A dismissed or impossible unlock prompt, as keyring or secretstorage report it."""
    from keyring.errors import KeyringLocked

    return isinstance(error, KeyringLocked) or type(error).__name__ in ("LockedException", "PromptDismissedException")


def _with_backend(operation: Callable[[KeyringBackend], T], hide: Iterable[str] = (), written: Iterable[str] = ()) -> T:
    """Runs ``operation`` on the backend secrets may go to; ``written`` is the caller's running list
    of accounts already changed, carried into the error when the operation fails half-way."""
    backend = current_backend()
    reason = refusal(backend)
    if reason:
        raise KeyringUnavailable(reason)
    backend = effective(backend)
    try:
        return operation(backend)
    # Backends fail in platform-specific ways (keyring errors, D-Bus errors, a locked collection,
    # no daemon): any failure here means the keyring cannot be used right now.
    except Exception as error:
        detail = message_of(error) or type(error).__name__
        for value in sorted((v for v in hide if v), key=len, reverse=True):
            detail = detail.replace(value, "••••")
        if _stayed_locked(error):
            saved = msg("; the changes before it were saved") if written else msg("; nothing was saved")
            reason = msg(
                "the keyring stayed locked ({backend_name}: {detail}){saved}",
                backend_name=backend_name(backend),
                detail=detail,
                saved=saved,
            )
        else:
            reason = msg("{backend_name} failed: {detail}", backend_name=backend_name(backend), detail=detail)
        raise KeyringUnavailable(reason, written=written) from None


def _delete(backend: KeyringBackend, account: str) -> None:
    from keyring.errors import PasswordDeleteError

    with suppress(PasswordDeleteError):  # nothing stored under that account: already deleted
        backend.delete_password(SERVICE, account)


class SecretStore:
    def __init__(self, *, session_fallback: bool = False):
        self.session_fallback = session_fallback
        self._memory: dict[str, str] = {}
        self._memory_only = False
        self._unchanging: dict[str, str | None] = {}

    @property
    def session_only(self) -> bool:
        """True once secrets are being kept in memory for this run (session_fallback and no keyring)."""
        return self._memory_only

    def status(self) -> KeyringStatus:
        """Probe the current backend with a harmless read.

        A locked Secret Service may show the desktop's unlock prompt: call this off the UI thread.
        When a keyring has become usable after secrets were kept in memory, they move into it.
        """
        name = backend_name(effective(current_backend()))
        try:
            _with_backend(lambda b: b.get_password(SERVICE, PROBE_ACCOUNT))
            if self._memory_only:
                _with_backend(self._hand_over_memory, hide=self._memory.values())
        except KeyringUnavailable as error:
            if not self.session_fallback:
                return KeyringStatus(False, name, message_of(error))
            self._memory_only = True
            return KeyringStatus(
                False,
                name,
                msg(
                    "No usable keyring: {reason}. Secrets are kept in memory for this session only and are forgotten when it ends. {fix}",
                    reason=error.reason,
                    fix=keyring_fix(),
                ),
            )
        return KeyringStatus(True, name, msg("Secrets are kept in the system keyring ({name}).", name=name))

    def _hand_over_memory(self, backend: KeyringBackend) -> None:
        for account, value in self._memory.items():
            backend.set_password(SERVICE, account, value)
        self._memory.clear()
        self._memory_only = False

    def _attempt(
        self,
        on_keyring: Callable[[KeyringBackend], T],
        in_memory: Callable[[], T],
        hide: Iterable[str] = (),
        written: Iterable[str] = (),
    ) -> T:
        if not self._memory_only:
            try:
                return _with_backend(on_keyring, hide, written)
            except KeyringUnavailable:
                if not self.session_fallback:
                    raise
                self._memory_only = True
        return in_memory()

    # --- by account (e.g. the server token) ---

    def get_unchanging(self, account: str) -> str | None:
        """An account written once and never changed (a batch of channels' secrets): read once per run."""
        if account not in self._unchanging:
            self._unchanging[account] = self.get_secret(account)
        return self._unchanging[account]

    def get_secret(self, account: str) -> str | None:
        value = self._attempt(lambda b: b.get_password(SERVICE, account), lambda: self._memory.get(account))
        if value:
            remember(value)
        return value

    def set_secret(self, account: str, value: str) -> None:
        self.put_accounts({account: value})

    def delete_secret(self, account: str) -> None:
        self.put_accounts({account: None})

    def put_accounts(self, values: Mapping[str, str | None]) -> None:
        """Set each account to its value; an empty value or None deletes the account."""
        if not values:
            return  # nothing to do must not need a keyring (a channel type without secrets)
        remember(*(value for value in values.values() if value))

        written: list[str] = []

        def on_keyring(backend: KeyringBackend) -> None:
            for account, value in values.items():
                if value:
                    backend.set_password(SERVICE, account, value)
                else:
                    _delete(backend, account)
                written.append(account)

        def in_memory() -> None:
            for account, value in values.items():
                if value:
                    self._memory[account] = value
                else:
                    self._memory.pop(account, None)

        self._attempt(on_keyring, in_memory, hide=[v for v in values.values() if v], written=written)

    # --- a channel's secrets ---

    def get(self, channel_id: str, key: str, rev: str = "") -> str | None:
        return self.get_secret(channel_account(channel_id, key, rev))

    def get_many(self, channel_id: str, keys: Iterable[str], rev: str = "") -> dict[str, str]:
        accounts = {key: channel_account(channel_id, key, rev) for key in keys}
        if not accounts:
            return {}

        def read(lookup: Callable[[str], str | None]) -> dict[str, str]:
            found = {key: lookup(account) for key, account in accounts.items()}
            remember(*(value for value in found.values() if value))
            return {key: value for key, value in found.items() if value is not None}

        return self._attempt(lambda b: read(lambda a: b.get_password(SERVICE, a)), lambda: read(self._memory.get))

    def put_many(self, channel_id: str, values: Mapping[str, str], keys: Iterable[str], rev: str = "") -> None:
        """Store ``values`` and delete every other key in ``keys``; raises KeyringUnavailable."""
        wanted = {key: values.get(key) or None for key in [*keys, *values]}
        self.put_accounts({channel_account(channel_id, key, rev): value for key, value in wanted.items()})

    def delete_many(self, channel_id: str, keys: Iterable[str], rev: str = "") -> None:
        self.put_accounts({channel_account(channel_id, key, rev): None for key in keys})

    def delete_accounts(self, accounts: Iterable[str]) -> None:
        self.put_accounts(dict.fromkeys(accounts))
