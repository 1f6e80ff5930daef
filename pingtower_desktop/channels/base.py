"""The channel model and the declaration every channel type makes of itself.

A :class:`ChannelType` bundles one type's pydantic config model (whose fields carry their
labels, help and secrecy), its sender and its presets. Everything else — forms, validation,
the secret split, import/export, the wire format — is derived from it.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from ..channel_kinds import KINDS, Kind, kind_named
from ..errors import ConfigError
from ..text import Text, joined, message_of, msg
from ..wire_flags import parse_flag
from .fields import FieldKind, FieldSpec, field_specs

if TYPE_CHECKING:
    from ..transport.context import DeliveryContext
    from ..transport.notification import Notification
    from ..transport.result import DeliveryResult

SecretsMode = Literal["omit", "mask", "include"]
NAME_MAX = 100


@dataclass(frozen=True)
class Problem:
    """One bad field: ``field`` is a wire path such as ``configuration.botToken``."""

    field: str
    message: str
    #: Other keys the problem is about (a rule across fields): a form shows it once any of them is touched.
    also: tuple[str, ...] = ()

    @property
    def text(self) -> Text:
        return msg("{field}: {problem}", field=self.field, problem=self.message)

    def __str__(self) -> str:
        return self.text


class ChannelInvalid(ConfigError, ValueError):
    """A channel that must not be stored or sent; ``problems`` names every bad field."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(joined("; ", [p.text for p in problems]))


def mask(secret: str) -> str:
    """What may be shown of a secret: bullets, plus the last 4 characters of a long one."""
    return "••••" + secret[-4:] if len(secret) >= 12 else "••••"


def new_id() -> str:
    return uuid.uuid4().hex


_RANGE_ERRORS = {"less_than_equal", "greater_than_equal", "less_than", "greater_than"}
#: Pydantic's error types, said as the product says things (pydantic's own English is never shown).
_PLAIN_ERRORS = {
    "extra_forbidden": msg("is not a key of this channel type"),
    "missing": msg("is required"),
    "int_parsing": msg("must be a whole number"),
    "int_type": msg("must be a whole number"),
    "int_from_float": msg("must be a whole number"),
    "bool_parsing": msg("must be true or false"),
    "bool_type": msg("must be true or false"),
    "string_type": msg("must be text"),
    "dict_type": msg("must be an object of names and values"),
}


def _problems_from(error: ValidationError, prefix: str, specs: list[FieldSpec]) -> list[Problem]:
    bounds = {spec.key: (spec.minimum, spec.maximum) for spec in specs}
    problems = []
    for item in error.errors():
        loc = ".".join(str(part) for part in item["loc"])
        context = item.get("ctx", {})
        cause = context.get("error")
        kind = item["type"]
        if isinstance(cause, Exception):
            message = message_of(cause)
        elif kind in _PLAIN_ERRORS:
            message = _PLAIN_ERRORS[kind]
        elif kind in _RANGE_ERRORS:
            low, high = bounds.get(str(item["loc"][0]) if item["loc"] else "", (None, None))
            if low is not None and high is not None:
                message = msg("must be a number from {minimum} to {maximum}", minimum=low, maximum=high)
            elif low is not None:
                message = msg("must be {minimum} or more", minimum=low)
            else:
                message = msg("must be {maximum} or less", maximum=high)
        elif kind == "literal_error":
            choices = next((spec.choices for spec in specs if spec.key == loc), ())
            message = msg("must be one of: {choices}", choices=", ".join(choices) or context.get("expected", ""))
        else:  # a check pydantic makes that the product has no words for yet: its own, as a value
            message = msg("is not valid ({detail})", detail=item["msg"])
        problems.append(Problem(f"{prefix}{loc}" if loc else prefix.rstrip("."), message))
    return problems


class ChannelConfig(BaseModel):
    """Base of every type's ``configuration`` model."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    def cross_checks(self) -> list[Problem]:
        """Rules that span several keys; field paths are relative to ``configuration``."""
        return []

    def test_needs(self, username: str | None) -> str:
        """What a test send lacks besides the configuration (named for the person), or "" when nothing."""
        return ""

    def warnings(self) -> list[Problem]:
        """Accepted, but worth telling the user about."""
        return []

    def __repr_args__(self):
        secret = {spec.key for spec in field_specs(type(self)) if spec.secret}
        for key, value in super().__repr_args__():
            yield key, ("<secret>" if key in secret and value else value)


SendFn = Callable[[Any, "Notification", "DeliveryContext"], Awaitable["DeliveryResult"]]
CheckFn = Callable[[Any, "DeliveryContext"], Awaitable["DeliveryResult"]]


@dataclass(frozen=True)
class ChannelType:
    #: One of ``channel_kinds.KINDS``, which also holds the type's label.
    name: str
    config_model: type[ChannelConfig]
    send: SendFn
    check: CheckFn
    #: The key of this type in the document's "full configuration for all types" object.
    import_key: str
    #: The configuration keys the document's create request shows for this type (a request built here
    #: names these, the required ones, and any other the user set).
    documented_keys: tuple[str, ...] = ()
    #: The key naming where sends go (a URL or a host): Test all spaces out the sends to one peer.
    peer_key: str = ""
    #: How the peer is spoken to when ``peer_key`` names a host rather than a URL (e-mail: smtp).
    peer_scheme: str = "https"
    #: Longer guidance shown beside the form (the document's setup steps).
    guide: str = ""
    #: Guidance that depends on the configuration (an e-mail provider's steps only for its server); else ``guide``.
    guide_for: Callable[[Mapping[str, Any]], str] | None = None
    presets: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def guide_of(self, values: Mapping[str, Any]) -> str:
        """The guidance for a form holding ``values``."""
        return self.guide_for(values) if self.guide_for is not None else self.guide

    @property
    def label(self) -> str:
        return _kind_of(self.name).label

    @cached_property
    def fields(self) -> list[FieldSpec]:
        return field_specs(self.config_model)

    @cached_property
    def secret_keys(self) -> tuple[str, ...]:
        return tuple(spec.key for spec in self.fields if spec.secret)

    @cached_property
    def local_keys(self) -> frozenset[str]:
        """Settings of this computer only: never sent to a server (see ``Ui.local``)."""
        return frozenset(spec.key for spec in self.fields if spec.local)

    def peer(self, config: ChannelConfig) -> str:
        """The host sends of this configuration go to ("" when it names none)."""
        value = str(getattr(config, self.peer_key, "") or "") if self.peer_key else ""
        return (urlsplit(value).hostname or "") if "://" in value else value.lower()

    def connects_to(self, config: ChannelConfig) -> tuple[str, str]:
        """The scheme (https, http, smtp) and host that sends of this configuration connect to."""
        value = str(getattr(config, self.peer_key, "") or "") if self.peer_key else ""
        if "://" in value:
            parts = urlsplit(value)
            return parts.scheme.lower(), parts.hostname or ""
        return self.peer_scheme, value.lower()

    def spec(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def parse_config(self, data: Mapping[str, Any], *, with_secrets: bool = True) -> ChannelConfig:
        """Validate a ``configuration`` object; ``with_secrets=False`` accepts absent secrets."""
        if not isinstance(data, Mapping):
            raise ChannelInvalid([Problem("configuration", msg("must be an object of keys and values"))])
        try:
            config = self.config_model.model_validate(dict(data))
        except ValidationError as error:
            raise ChannelInvalid(_problems_from(error, "configuration.", self.fields)) from None
        problems = [
            Problem(f"configuration.{spec.key}", msg("is required"))
            for spec in self.fields
            if with_secrets and spec.secret and spec.required and not getattr(config, spec.key)
        ]
        if with_secrets:
            problems += [Problem(f"configuration.{p.field}", p.message, p.also) for p in config.cross_checks()]
        if problems:
            raise ChannelInvalid(problems)
        return config

    def parse_incomplete(
        self, data: Mapping[str, Any], *, with_secrets: bool = True
    ) -> tuple[ChannelConfig, tuple[str, ...]]:
        """Like :meth:`parse_config`, but a configuration whose only problem is missing required keys
        is accepted: answers it with those keys (which ``Channel.configuration`` then leaves out)."""
        try:
            return self.parse_config(data, with_secrets=with_secrets), ()
        except ChannelInvalid as error:
            missing = [
                p.field.removeprefix("configuration.") for p in error.problems if p.message == msg("is required")
            ]
            if len(missing) != len(error.problems) or not isinstance(data, Mapping):
                raise
        # the document's example values stand in for the missing keys only so that the model can be built
        stand_ins = {key: self.spec(key).placeholder for key in missing if not self.spec(key).secret}
        config = self.parse_config({**data, **stand_ins}, with_secrets=False)
        if with_secrets:  # the model's own errors came first: the required secrets were not looked at yet
            missing += [
                spec.key
                for spec in self.fields
                if spec.secret and spec.required and spec.key not in missing and not getattr(config, spec.key)
            ]
        return config, tuple(missing)


def _kind_of(name: str) -> Kind:
    kind = kind_named(name)
    if kind is None:
        raise KeyError(name)  # a type missing from channel_kinds.KINDS
    return kind


_REGISTRY: dict[str, ChannelType] = {}


def register(channel_type: ChannelType) -> ChannelType:
    _kind_of(channel_type.name)  # a type the listing does not know would never be shown
    _REGISTRY[channel_type.name] = channel_type
    return channel_type


def _registry() -> dict[str, ChannelType]:
    """Every type: each registers itself when its module (``channels/<name>.py``) is imported, which
    happens here on first use unless something imported it before (the window, a step at a time)."""
    if len(_REGISTRY) < len(KINDS):
        for kind in KINDS:
            import_module(f"{__package__}.{kind.name.lower()}")
    return _REGISTRY


def channel_types() -> list[ChannelType]:
    """In the document's order."""
    registry = _registry()
    return [registry[kind.name] for kind in KINDS]


def channel_type(name: str) -> ChannelType:
    """The type called ``name`` (any case), or KeyError naming the known types. Imports that type's module
    alone (a command-line test of one channel builds one config model, not five)."""
    key = str(name).strip().upper()
    if key not in _REGISTRY and kind_named(key) is not None:
        import_module(f"{__package__}.{key.lower()}")
    try:
        return _REGISTRY[key]
    except KeyError:
        known = ", ".join(kind.name for kind in KINDS)
        raise KeyError(msg("unknown channel type '{name}' (known: {known})", name=name, known=known)) from None


#: A lone surrogate or a NUL.
_BROKEN_CHARACTER = re.compile("[\ud800-\udfff\x00]")
#: What a name is shown with must never obey: control characters (tab, line feed and carriage return
#: aside: they are collapsed to spaces with the other white space) and the marks that change text direction.
_CONTROL_CHARACTER = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _clean_name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(msg("must not be blank"))
    if _BROKEN_CHARACTER.search(value):  # JSON allows them; no file takes them
        raise ValueError(msg("must be text (it holds a broken character)"))
    control = _CONTROL_CHARACTER.search(value)
    if control:
        raise ValueError(
            msg(
                "must not hold control characters or text-direction marks (it holds {character})",
                character=f"U+{ord(control.group()):04X}",
            )
        )
    value = " ".join(value.split())
    if len(value) > NAME_MAX:
        raise ValueError(msg("must be at most {limit} characters", limit=NAME_MAX))
    return value


@dataclass(frozen=True)
class Channel:
    """One notification channel. ``config`` may lack its secrets while only listed."""

    name: str
    type: ChannelType
    config: ChannelConfig
    enabled: bool = True
    is_default: bool = False
    id: str = field(default_factory=new_id)
    #: Required keys this channel lacks (an imported example without a recipient, say): it is kept,
    #: disabled, and cannot be sent or enabled until they are filled in. Empty for a whole channel.
    missing: tuple[str, ...] = ()

    @property
    def incomplete(self) -> bool:
        return bool(self.missing)

    @classmethod
    def from_wire(
        cls, data: Mapping[str, Any], *, with_secrets: bool = True, allow_incomplete: bool = False
    ) -> Channel:
        """Build a channel from the documented JSON shape, naming every bad field.

        ``allow_incomplete``: missing required keys are no error but recorded in ``missing``.
        """
        if not isinstance(data, Mapping):
            raise ChannelInvalid([Problem("channel", msg("must be an object with name, type and configuration"))])
        problems: list[Problem] = []
        name = kind = None
        flags = {}
        try:
            name = _clean_name(data.get("name"))
        except ValueError as error:
            problems.append(Problem("name", message_of(error)))
        try:
            kind = channel_type(data.get("type", ""))
        except KeyError as error:
            problems.append(Problem("type", error.args[0]))
        for key, default in (("enabled", True), ("isDefault", False)):
            try:
                flags[key] = parse_flag(data.get(key), default)
            except ValueError as error:
                problems.append(Problem(key, message_of(error)))
        config: ChannelConfig | None = None
        missing: tuple[str, ...] = ()
        if kind is not None:
            try:
                configuration = data.get("configuration", {})
                if allow_incomplete:
                    config, missing = kind.parse_incomplete(configuration, with_secrets=with_secrets)
                else:
                    config = kind.parse_config(configuration, with_secrets=with_secrets)
            except ChannelInvalid as error:
                problems += error.problems
        if problems or name is None or kind is None or config is None:  # a wrong entry names what it lacks too
            raise ChannelInvalid(problems + [Problem(f"configuration.{key}", msg("is required")) for key in missing])
        local_id = data.get("id")
        return cls(
            name=name,
            type=kind,
            config=config,
            enabled=flags["enabled"],
            is_default=flags["isDefault"],
            id=local_id if isinstance(local_id, str) and local_id else new_id(),
            missing=missing,
        )

    def validated(self, *, allow_incomplete: bool = False) -> Channel:
        """This channel re-checked with its secrets required; raises ChannelInvalid.

        ``allow_incomplete``: missing required keys are recorded (see ``missing``), not refused.
        """
        return Channel.from_wire(self.to_wire(secrets="include"), with_secrets=True, allow_incomplete=allow_incomplete)

    def configuration(self, secrets: SecretsMode = "omit") -> dict[str, Any]:
        values = {key: value for key, value in self.config.model_dump(mode="json").items() if key not in self.missing}
        for key in self.type.secret_keys:
            value = values.get(key)
            if secrets == "omit" or not value:
                values.pop(key, None)
            elif secrets == "mask":
                values[key] = {k: mask(v) for k, v in value.items()} if isinstance(value, dict) else mask(value)
        return values

    def to_wire(self, secrets: SecretsMode = "omit", *, with_id: bool = True) -> dict[str, Any]:
        wire: dict[str, Any] = {"id": self.id} if with_id else {}
        wire.update(
            name=self.name,
            type=self.type.name,
            configuration=self.configuration(secrets),
            enabled=self.enabled,
            isDefault=self.is_default,
        )
        return wire

    def secrets(self) -> dict[str, str]:
        """The secret values this channel holds, as keyring strings (mappings as JSON)."""
        found = {}
        for key in self.type.secret_keys:
            value = getattr(self.config, key)
            if value:
                found[key] = json.dumps(value, sort_keys=True) if isinstance(value, dict) else value
        return found

    def secret_values(self) -> list[str]:
        """Every secret string, for scrubbing from messages."""
        values = []
        for key in self.type.secret_keys:
            value = getattr(self.config, key)
            values += list(value.values()) if isinstance(value, dict) else [value]
        return [v for v in values if v]

    def with_secrets(self, stored: Mapping[str, str]) -> Channel:
        """A copy whose secret keys are filled from keyring strings."""
        updates = {}
        for key in self.type.secret_keys:
            if key in stored:
                spec = self.type.spec(key)
                updates[key] = json.loads(stored[key]) if spec.kind is FieldKind.MAPPING else stored[key]
        if not updates:
            return self
        return replace(self, config=self.config.model_copy(update=updates))

    def without_secrets(self) -> Channel:
        """The channel as the file lists it: no secrets (equal to what ``ChannelRepository.list`` reads)."""
        return Channel.from_wire(self.to_wire(secrets="omit"), with_secrets=False, allow_incomplete=True)

    def replace(self, **changes: Any) -> Channel:
        return replace(self, **changes)
