"""The two PingTower server APIs the product speaks: the documented one and the reference server.

They differ in paths, in what an update takes, and in how ``configuration`` travels. A
:class:`Dialect` turns a local :class:`Channel` into the body one server wants and a server's
answer back into a :class:`ServerChannel` with this app's key names. Sending the full channel on
every update works on both, so that is all the client ever does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..channels import Channel, channel_type
from ..channels.base import NAME_MAX
from ..channels.fields import FieldKind
from ..text import Text, msg
from . import reference_codec
from .errors import ErrorKind, ServerError

DOCUMENTED_NAME, REFERENCE_NAME, REFERENCE_LEGACY_NAME = "documented", "reference", "reference-v1"

#: (key, applies to this value, what the server does instead)
Ignored = tuple[str, Callable[[Any], bool], str]

#: A server id as the reference server writes it (a Java long) …
_NUMBER_ID = re.compile(r"-?[0-9]{1,19}")
#: … and the plain tokens the documented API may use: a single path segment that needs no encoding.
_TOKEN_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def server_id_of(raw: Any, *, text_ids: bool = True) -> str | None:
    """A server's channel id as this app keeps it, or None when it is not one: an integer, or with
    ``text_ids`` a plain token. Anything else (``../auth``, ``1?admin=1``, a path) is refused: ids go
    into URL paths."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        raw = str(raw)
    if not isinstance(raw, str):
        return None
    if _NUMBER_ID.fullmatch(raw) or (text_ids and _TOKEN_ID.fullmatch(raw)):
        return raw
    return None


@dataclass(frozen=True)
class ServerChannel:
    """A channel as a server holds it, with this app's configuration key names."""

    id: str
    name: str
    type: str
    #: The keys this app knows, values as the server sent them (the reference server sends strings).
    #: Not in the repr: servers return secrets in plain text.
    configuration: dict[str, Any] = field(repr=False)
    #: None when the server did not say.
    enabled: bool | None = None
    #: None when the server (dialect) has no default channel.
    is_default: bool | None = None
    #: Keys this app does not know (or cannot use on this server); sent back untouched on update.
    extras: dict[str, Any] = field(default_factory=dict, repr=False)
    #: The server's ``updatedAt`` as it wrote it, when it gives one.
    updated_at: str | None = None


def _shown_name(name: str) -> str:
    """A server's channel name on one line, as names here are (it is printed in plan lines), and cut where it
    is longer than any name here may be (so it still cannot become one)."""
    name = " ".join(name.split()) or name
    return name if len(name) <= 2 * NAME_MAX else name[: 2 * NAME_MAX] + "…"


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _looks_masked(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_looks_masked(item) for item in value.values())
    return isinstance(value, str) and any(run in value for run in ("••", "***", "<hidden>", "<redacted>"))


def _as_text(value: Any) -> str:
    """A value as a ``Map<String, String>`` takes it (Jackson: scalars as their text, null as "null")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class Dialect:
    name: str
    description: str
    #: Path of the channel collection, below the base URL.
    channels_path: str
    login_path: str
    #: ``GET /channels/{id}`` exists.
    get_one: bool
    #: ``isDefault`` and ``GET /channels/default`` exist.
    default_channel: bool
    #: ``configuration`` is a flat string → string map (no numbers, booleans or objects).
    string_configuration: bool
    #: A successful test answer means the notification was delivered (not merely accepted).
    test_reports_delivery: bool
    #: Per type: this app's key → the key this server reads.
    renames: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: Facts a person should know when syncing with this server.
    caveats: tuple[str, ...] = ()
    #: What the login body calls the account ("email", or "username" on old reference builds).
    login_field: str = "email"
    #: The server shows back what it stores exactly; False: through :mod:`reference_codec`'s lossy read-back.
    exact_read_back: bool = True
    #: POST of a new channel works (the reference server's always fails: it never sets ``user_id``).
    creates_channels: bool = True
    #: Every user sees (and may delete) every user's channels.
    shared_channels: bool = False
    #: Per type: keys this server stores but does not act on.
    ignores: Mapping[str, tuple[Ignored, ...]] = field(default_factory=dict)
    #: Types this server cannot deliver through at all, and why.
    cannot_send: Mapping[str, str] = field(default_factory=dict)
    #: Channel ids may be plain tokens, not only integers.
    text_ids: bool = True

    # --- what the server does with a channel ---

    def shown_after(self, configuration: Mapping[str, Any]) -> dict[str, Any]:
        """What the server will show of a configuration it stored (in its own key names)."""
        if self.exact_read_back:
            return dict(configuration)
        return reference_codec.round_trip({key: _as_text(value) for key, value in configuration.items()})

    def as_sent(self, value: Any) -> Any:
        """A configuration value as this server takes it (text, on a string-only server)."""
        return _as_text(value) if self.string_configuration else value

    def predicted_view(self, channel: Channel) -> dict[str, Any]:
        """What the server will show of this channel's configuration once stored, in this app's key names."""
        local_name = {server_key: key for key, server_key in self.renames.get(channel.type.name, {}).items()}
        shown = self.shown_after(self.channel_body(channel)["configuration"])
        return {local_name.get(key, key): value for key, value in shown.items()}

    def ignored(self, channel: Channel) -> list[str]:
        """The settings of this channel the server keeps but does not act on, each with what it does instead."""
        if channel.type.name in self.cannot_send:
            return [self.cannot_send[channel.type.name]]
        values = channel.configuration("include")
        defaults = {spec.key: spec.default for spec in channel.type.fields}
        return [
            msg("{key} ({what})", key=key, what=what)
            for key, applies, what in self.ignores.get(channel.type.name, ())
            if applies(values.get(key, defaults.get(key)))
        ]

    def damaged(self, channel: Channel) -> list[Text]:
        """Values the server would store wrongly, each with why (they are not sent without asking)."""
        if self.exact_read_back:
            return []
        found = []
        for key, value in channel.configuration("include").items():
            if key in channel.type.local_keys or not isinstance(value, str):
                continue
            why = reference_codec.damage(value)
            if why:
                found.append(msg("{key} {why}", key=key, why=why))
        return found

    # --- local → server ---

    def withheld_keys(self, channel: Channel) -> list[str]:
        """Keys of this channel that this server cannot store; they stay on this computer only."""
        if not self.string_configuration:
            return []
        values = channel.configuration("include")
        return [spec.key for spec in channel.type.fields if spec.kind is FieldKind.MAPPING and values.get(spec.key)]

    def channel_body(self, channel: Channel, extras: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The full channel, secrets included, as this server takes it on create and on update."""
        renames = self.renames.get(channel.type.name, {})
        configuration: dict[str, Any] = {}
        for key, value in channel.configuration("include").items():
            if value is None or key in channel.type.local_keys:
                continue
            if self.string_configuration:
                if isinstance(value, dict | list):
                    continue  # see withheld_keys
                value = _as_text(value)
                if not self.exact_read_back and value == "":
                    # absent is what the server reads as empty; an empty username would even switch AUTH on
                    continue
            configuration[renames.get(key, key)] = value
        # keys the server showed that this app does not know go back untouched — but not the phantom
        # keys its read-back makes of this channel's own values (``p,w:x`` shows a key ``w``)
        phantoms = set(self.shown_after(configuration)) - set(configuration)
        for key, value in (extras or {}).items():
            if key not in phantoms:
                configuration.setdefault(key, value)
        body: dict[str, Any] = {
            "name": channel.name,
            "type": channel.type.name,
            "configuration": configuration,
            "enabled": channel.enabled,
        }
        if self.default_channel:
            body["isDefault"] = channel.is_default
        return body

    # --- server → local ---

    def decode(self, raw: Any) -> ServerChannel:
        """One channel from a server answer; raises ServerError (PROTOCOL) when it is not one."""
        if not isinstance(raw, Mapping):
            raise ServerError(ErrorKind.PROTOCOL, msg("the server sent something that is not a channel"))
        raw_id, name, kind = raw.get("id"), raw.get("name"), raw.get("type")
        server_id = server_id_of(raw_id, text_ids=self.text_ids)
        if server_id is None:
            raise ServerError(ErrorKind.PROTOCOL, msg("the server sent a channel whose id is not an id"))
        if not isinstance(name, str) or not isinstance(kind, str):
            raise ServerError(
                ErrorKind.PROTOCOL,
                msg("the server sent channel {server_id} without a name or type", server_id=server_id),
            )
        configuration, extras = self._split(kind, raw.get("configuration"))
        return ServerChannel(
            id=server_id,
            name=_shown_name(name),
            type=kind.upper(),
            configuration=configuration,
            enabled=_flag(raw.get("enabled")),
            is_default=_flag(raw.get("isDefault")) if self.default_channel else None,
            extras=extras,
            updated_at=raw["updatedAt"] if isinstance(raw.get("updatedAt"), str) else None,
        )

    def _split(self, kind: str, configuration: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        if not isinstance(configuration, Mapping):
            return {}, {}
        try:
            fields = {spec.key: spec for spec in channel_type(kind).fields}
        except KeyError:
            return {}, dict(configuration)
        renames = self.renames.get(kind.upper(), {})
        local_name = {server_key: key for key, server_key in renames.items()}
        known: dict[str, Any] = {}
        extras: dict[str, Any] = {}
        for server_key, value in configuration.items():
            key = local_name.get(server_key) or server_key
            usable = key in fields and server_key not in renames
            if usable and self.string_configuration and fields[key].kind is FieldKind.MAPPING:
                usable = False
            if usable and fields[key].secret and _looks_masked(value):
                continue  # a server that hides secrets: the value is unknown, not "••••"
            (known if usable else extras)[key if usable else server_key] = value
        return known, extras


DOCUMENTED = Dialect(
    name=DOCUMENTED_NAME,
    description=msg("the documented API (/api/v1/notifications/channels)"),
    channels_path="/api/v1/notifications/channels",
    login_path="/api/v1/auth/login",
    get_one=True,
    default_channel=True,
    string_configuration=False,
    test_reports_delivery=True,
)

_TELEGRAM_API = "https://api.telegram.org"
_NOT_SENT = msg("the server has no sender for this type: its test answers 500 and it never delivers through it")

REFERENCE = Dialect(
    name=REFERENCE_NAME,
    description=msg("the PingTower reference server (/v1/api/notifications/channels)"),
    channels_path="/v1/api/notifications/channels",
    login_path="/v1/api/auth/login",
    get_one=False,
    default_channel=False,
    string_configuration=True,
    test_reports_delivery=False,
    renames={"EMAIL": {"fromEmail": "from", "toEmail": "to", "useTls": "useStartTLS", "useSsl": "useSSL"}},
    caveats=(
        msg(
            "this server shows every user's channels, secrets included, to everyone who logs in, and lets anyone "
            "delete them: other users' channels are copied here only when you agree, and a channel this computer "
            "did not create is deleted there only when you confirm it by name"
        ),
        msg(
            "this server cannot create channels through its API (a known defect of the reference server): "
            "channels made here stay here; those already on the server are kept in step"
        ),
        msg(
            "channels synced there do not receive the server's real alerts: its monitoring sends only to "
            "channels of a separate, in-memory API"
        ),
        msg(
            "the server shows back values holding ':' or ',' missing or cut (URLs, bot tokens, recipient lists): "
            "those are never taken from it nor sent back altered; the values here stay whole"
        ),
        msg("the default channel is kept on this computer only: the server has none"),
        msg("webhook headers stay on this computer: the server cannot store them"),
        msg("a test through the server only says the server accepted it: it does not report delivery"),
    ),
    exact_read_back=False,
    creates_channels=False,
    text_ids=False,
    shared_channels=True,
    ignores={
        "WEBHOOK": (
            ("method", lambda value: value != "POST", msg("the server always sends POST")),
            ("timeout", lambda value: value != 15, msg("the server always waits 15 s")),
        ),
        "TELEGRAM": (
            ("parseMode", lambda value: value != "HTML", msg("the server always sends HTML")),
            ("disableNotification", bool, msg("the server ignores it")),
            ("messageThreadId", lambda value: value is not None, msg("the server ignores it")),
            (
                "apiBaseUrl",
                lambda value: value.rstrip("/") != _TELEGRAM_API,
                msg("the server always uses api.telegram.org"),
            ),
        ),
    },
    cannot_send={"SLACK": _NOT_SENT, "PYTHON_BOT": _NOT_SENT},
)

#: Builds before 95983ba (September 2025): the channels one /v1 deeper, login by user name, a token required.
REFERENCE_LEGACY = replace(
    REFERENCE,
    name=REFERENCE_LEGACY_NAME,
    description=msg("an older PingTower reference server (/v1/api/v1/notifications/channels, login by user name)"),
    channels_path="/v1/api/v1/notifications/channels",
    login_field="username",
)

DIALECTS = {dialect.name: dialect for dialect in (DOCUMENTED, REFERENCE, REFERENCE_LEGACY)}


def dialect(name: str) -> Dialect:
    try:
        return DIALECTS[name.strip().lower()]
    except KeyError:
        raise ValueError(
            msg("unknown server dialect '{name}' (known: {known})", name=name, known=", ".join(DIALECTS))
        ) from None
