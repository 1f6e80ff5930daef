"""Comparable forms of a channel, for the three-way merge.

A snapshot is the channel as plain JSON — name, type, enabled, (isDefault), configuration — with
every secret replaced by a keyed fingerprint, so the last-synced state can live in a file without
holding a secret and still tell whether a secret changed. The fingerprint key is random, made
once, and kept in the keyring, so a fingerprint cannot be used to guess a weak password offline.

:func:`read_server_channel` handles a server answer that lacks values (the reference server drops
every value holding ``:`` or ``,``; servers may hide secrets): a missing key is *unknown*, never
blank. For comparing, it takes the last-synced value; for copying here, the local value.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets as token_source
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..channels import Channel, ChannelInvalid, ChannelType, channel_type
from ..storage.secrets import SecretStore
from ..text import msg
from .dialects import Dialect, ServerChannel

Snapshot = dict[str, Any]
FINGERPRINT_ACCOUNT = "sync:fingerprint-key"


class Fingerprints:
    """``fingerprints(value)``: HMAC-SHA256 of a secret under a key kept in the keyring.

    A new key is made in memory when the keyring has none; :meth:`keep` stores it, which only a
    sync that writes state does (a dry run leaves the keyring untouched).
    """

    def __init__(self, store: SecretStore):
        self._store = store
        self._key: str | None = None
        self._unsaved = False

    def _current(self) -> str:
        if self._key is None:
            self._key = self._store.get_secret(FINGERPRINT_ACCOUNT)
            if not self._key:
                self._key, self._unsaved = token_source.token_hex(32), True
        return self._key

    def keep(self) -> None:
        self._current()
        if self._unsaved and self._key is not None:
            self._store.set_secret(FINGERPRINT_ACCOUNT, self._key)
            self._unsaved = False

    def __call__(self, value: str) -> str:
        return "hmac:" + hmac.new(self._current().encode(), value.encode(), hashlib.sha256).hexdigest()[:40]


def _secret_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict) else str(value)


def snapshot(channel: Channel, fingerprint: Fingerprints, *, with_default: bool) -> Snapshot:
    """Local-only settings (``Ui.local``) are left out: they are never synced."""
    configuration = {
        key: value
        for key, value in channel.config.model_dump(mode="json").items()
        if key not in channel.type.local_keys
    }
    for key in channel.type.secret_keys:
        value = configuration.get(key)
        configuration[key] = fingerprint(_secret_text(value)) if value else ""
    snap: Snapshot = {
        "name": channel.name,
        "type": channel.type.name,
        "enabled": channel.enabled,
        "configuration": configuration,
    }
    if with_default:
        snap["isDefault"] = channel.is_default
    return snap


@dataclass
class ServerView:
    """What the sync makes of one server channel."""

    #: For comparing with the last-synced snapshot (unknown values taken from it); None if unreadable.
    compare: Snapshot | None
    #: The server's version as a local channel (unknown values taken from the local one); None if
    #: it cannot be one (see ``problem``). Carries the local id when there is a local channel.
    incoming: Channel | None
    problem: str = ""
    #: Keys the server did not show.
    unknown: list[str] = field(default_factory=list)


def seen_form(configuration: dict[str, Any], secret_keys: Iterable[str], fingerprint: Fingerprints) -> dict[str, Any]:
    """A configuration as a server showed it, fit to keep: secrets as fingerprints."""
    secret = set(secret_keys)
    return {key: fingerprint(_secret_text(value)) if key in secret else value for key, value in configuration.items()}


def _trusted(
    server: ServerChannel,
    dialect: Dialect,
    fingerprint: Fingerprints,
    kind: ChannelType,
    *,
    local: Channel | None,
    base: Snapshot | None,
    seen: dict[str, Any] | None,
) -> dict[str, Any]:
    """The values of a lossy server's answer that say something: the others are *unknown*.

    A value shown as it was at the last sync has not changed there; a value shown as the read-back
    of this computer's own is this computer's. Unless it is that very value, whole, it is not taken
    from the answer: an altered value (cut at a comma, trimmed …) is never pulled over the whole one,
    nor pushed back. A value the server changed is taken if it would come back the same.
    """
    shown = server.configuration
    if dialect.exact_read_back:
        return dict(shown)
    if seen is not None and base is not None:
        now = seen_form(shown, kind.secret_keys, fingerprint)
        changed = {key for key in shown if now[key] != seen.get(key)}
        agreed = base["configuration"]
    elif local is not None:
        predicted = dialect.predicted_view(local)
        changed = {key for key, value in shown.items() if predicted.get(key) != value}
        agreed = snapshot(local, fingerprint, with_default=False)["configuration"]
    else:
        return dict(shown)
    secret = set(kind.secret_keys)

    def whole(key: str, value: Any) -> bool:
        """The shown value is exactly the agreed one (so taking it changes nothing)."""
        if key not in agreed:
            return False
        if key in secret:
            return fingerprint(_secret_text(value)) == agreed[key]
        return dialect.as_sent(agreed[key]) == value

    return {
        key: value
        for key, value in shown.items()
        if (key in changed and dialect.shown_after({key: value}) == {key: value})
        or (key not in changed and whole(key, value))
    }


def read_server_channel(
    server: ServerChannel,
    dialect: Dialect,
    fingerprint: Fingerprints,
    *,
    local: Channel | None,
    base: Snapshot | None,
    seen: dict[str, Any] | None = None,
) -> ServerView:
    """``seen``: the server's configuration at the last sync (``Link.seen``), when known."""
    try:
        kind = channel_type(server.type)
    except KeyError:
        return ServerView(None, None, msg("this app does not know the channel type {type}", type=server.type))
    local = local if local is not None and local.type is kind else None
    base = base if base is not None and base.get("type") == kind.name else None
    not_shown = [spec.key for spec in kind.fields if spec.key not in server.configuration and not spec.local]
    shown = _trusted(server, dialect, fingerprint, kind, local=local, base=base, seen=seen)
    unknown = [spec.key for spec in kind.fields if spec.key not in shown and not spec.local]
    secret_keys = set(kind.secret_keys)
    base_values = base["configuration"] if base else {}
    if local is not None:
        local_values = local.configuration("include")
    else:  # deleted here: the last-synced values stand in for the hidden ones (secrets cannot)
        local_values = {key: value for key, value in base_values.items() if key not in secret_keys}
    if base is None:
        base_values = local_values

    def flags(source: Channel | Snapshot | None) -> tuple[bool, bool]:
        if isinstance(source, Channel):
            return source.enabled, source.is_default
        return (source.get("enabled", True), source.get("isDefault", False)) if source else (True, False)

    def wire(fill: dict[str, Any], fallback: Channel | Snapshot | None, *, secrets_too: bool) -> dict[str, Any]:
        configuration = {key: value for key, value in shown.items() if key not in kind.local_keys}
        for key in [*unknown, *kind.local_keys]:  # a local setting is this computer's, whatever the server says
            if key in fill and (secrets_too or key not in secret_keys):
                configuration[key] = fill[key]
        enabled, is_default = flags(fallback)
        if server.enabled is not None:
            enabled = server.enabled
        if dialect.default_channel and server.is_default is not None:
            is_default = server.is_default
        return {
            "name": server.name,
            "type": kind.name,
            "configuration": configuration,
            "enabled": enabled,
            "isDefault": is_default and enabled,  # a default channel is enabled, here as in every face
        }

    hidden = ""
    if not_shown:
        named = [key for key in not_shown if kind.spec(key).required] or not_shown
        why = msg(": it drops values holding ':' or ','") if dialect.string_configuration else ""
        hidden = msg(" (the server did not show {fields}{why})", fields=", ".join(named), why=why)
    try:
        compared = Channel.from_wire(wire(base_values, base or local, secrets_too=base is None), with_secrets=False)
    except ChannelInvalid as error:
        return ServerView(
            None, None, msg("the server's copy is not valid here: {error}{hidden}", error=error, hidden=hidden), unknown
        )
    compare = snapshot(compared, fingerprint, with_default=dialect.default_channel)
    if base is not None:
        for key in unknown:
            if key in secret_keys:
                compare["configuration"][key] = base["configuration"].get(key, "")
    problem = ""
    try:
        incoming = Channel.from_wire(wire(local_values, local, secrets_too=True), with_secrets=False)
        if local is not None:
            incoming = incoming.replace(id=local.id)
        incoming.validated()
    except ChannelInvalid as error:
        incoming = None
        problem = msg("the server's copy cannot be kept here: {error}{hidden}", error=error, hidden=hidden)
    return ServerView(compare, incoming, problem, unknown)
