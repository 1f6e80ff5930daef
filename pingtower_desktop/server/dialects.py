"""The two PingTower server APIs the product speaks: the documented one and the reference server.

They differ in paths, in what an update takes, and in how ``configuration`` travels. A
:class:`Dialect` turns a local :class:`Channel` into the body one server wants and a server's
answer back into a :class:`ServerChannel` with this app's key names. Sending the full channel on
every update works on both, so that is all the client ever does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..channels import Channel, channel_type
from ..channels.fields import FieldKind
from .errors import ErrorKind, ServerError

DOCUMENTED_NAME, REFERENCE_NAME = "documented", "reference"


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
            configuration[renames.get(key, key)] = value
        for key, value in (extras or {}).items():
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
            raise ServerError(ErrorKind.PROTOCOL, "the server sent something that is not a channel")
        server_id, name, kind = raw.get("id"), raw.get("name"), raw.get("type")
        if isinstance(server_id, bool) or not isinstance(server_id, int | str) or str(server_id) == "":
            raise ServerError(ErrorKind.PROTOCOL, f"the server sent a channel without an id ({name!r})")
        if not isinstance(name, str) or not isinstance(kind, str):
            raise ServerError(ErrorKind.PROTOCOL, f"the server sent channel {server_id} without a name or type")
        configuration, extras = self._split(kind, raw.get("configuration"))
        return ServerChannel(
            id=str(server_id),
            name=name,
            type=kind.upper(),
            configuration=configuration,
            enabled=_flag(raw.get("enabled")),
            is_default=_flag(raw.get("isDefault")) if self.default_channel else None,
            extras=extras,
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
        known, extras = {}, {}
        for server_key, value in configuration.items():
            key = local_name.get(server_key, server_key)
            usable = key in fields and server_key not in renames
            if usable and self.string_configuration and fields[key].kind is FieldKind.MAPPING:
                usable = False
            if usable and fields[key].secret and _looks_masked(value):
                continue  # a server that hides secrets: the value is unknown, not "••••"
            (known if usable else extras)[key if usable else server_key] = value
        return known, extras


DOCUMENTED = Dialect(
    name=DOCUMENTED_NAME,
    description="the documented API (/api/v1/notifications/channels)",
    channels_path="/api/v1/notifications/channels",
    login_path="/api/v1/auth/login",
    get_one=True,
    default_channel=True,
    string_configuration=False,
    test_reports_delivery=True,
)

REFERENCE = Dialect(
    name=REFERENCE_NAME,
    description="the PingTower reference server (/v1/api/notifications/channels)",
    channels_path="/v1/api/notifications/channels",
    login_path="/v1/api/auth/login",
    get_one=False,
    default_channel=False,
    string_configuration=True,
    test_reports_delivery=False,
    renames={"EMAIL": {"fromEmail": "from", "toEmail": "to", "useTls": "useStartTLS", "useSsl": "useSSL"}},
    caveats=(
        "the server does not show back values that contain ':' or ',' (URLs, bot tokens); "
        "they are kept as they are here",
        "the default channel is kept on this computer only: the server has none",
        "webhook headers stay on this computer: the server cannot store them",
        "a test through the server only says the server accepted it: it does not report delivery",
    ),
)

DIALECTS = {DOCUMENTED.name: DOCUMENTED, REFERENCE.name: REFERENCE}


def dialect(name: str) -> Dialect:
    try:
        return DIALECTS[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown server dialect '{name}' (known: {', '.join(DIALECTS)})") from None
