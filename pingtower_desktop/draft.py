"""A channel being edited, as plain data: what it was loaded from, the values now, what was touched, its problems.

The app's editor renders a :class:`Draft` and edits it through :meth:`Draft.put`; which problems it shows,
whether it may be saved or tested, whether it is dirty — all are the draft's answers (:meth:`Draft.check`),
so the rules of a form are testable without Qt, and the widgets hold no state of their own.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .channels import Channel, ChannelInvalid, ChannelType, Problem
from .channels.base import new_id
from .channels.fields import FieldSpec
from .text import Text, msg

#: The channel's own settings beside its configuration's keys.
SETTINGS = ("name", "enabled", "isDefault")
DEFAULT_NEEDS_ENABLED = msg("a default channel must be enabled: enable it too, or leave it not the default")


def problem_key(field_path: str) -> str:
    """``configuration.headers.X-Token`` → ``headers``; ``name`` → ``name``."""
    parts = field_path.split(".")
    return parts[1] if parts[0] == "configuration" and len(parts) > 1 else parts[0]


def folded(name: str) -> str:
    """A name as names are compared: ignoring case and spacing."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Check:
    """What the draft's values come to now."""

    #: Every problem, by key (``name``, ``isDefault``, a configuration key).
    problems: dict[str, str] = field(default_factory=dict)
    #: The problems to show now: those of touched keys (all of them once a save was tried).
    shown: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.problems


class Draft:
    """One channel being edited; ``base`` is the stored channel it was loaded from (None: a new one)."""

    def __init__(
        self, channel_type: ChannelType, values: Mapping[str, Any], *, channel_id: str, base: Channel | None
    ) -> None:
        self.channel_type = channel_type
        self.id = channel_id
        self.base = base
        self.values: dict[str, Any] = copy.deepcopy(dict(values))
        self.baseline: dict[str, Any] = copy.deepcopy(self.values)
        self.touched: set[str] = set()
        #: Show every problem, touched or not (a stored channel, or once a save was tried).
        self.show_all = base is not None
        #: The base's secrets are being read: their fields are not missing, only not here yet.
        self.secrets_pending = False

    @classmethod
    def new(cls, channel_type: ChannelType, name: str, values: Mapping[str, Any] | None = None) -> Draft:
        defaults = {spec.key: _blank(spec) for spec in channel_type.fields}
        wire = {"name": name, "enabled": True, "isDefault": False, "configuration": defaults | dict(values or {})}
        return cls(channel_type, wire, channel_id=new_id(), base=None)

    @classmethod
    def of(cls, channel: Channel, *, secrets_pending: bool = False) -> Draft:
        """A stored channel (as listed: its secrets may follow, see :meth:`take_secrets`)."""
        draft = cls(channel.type, _values(channel), channel_id=channel.id, base=channel)
        draft.secrets_pending = secrets_pending and bool(channel.type.secret_keys)
        return draft

    # --- what it is ---

    @property
    def is_new(self) -> bool:
        return self.base is None

    @property
    def dirty(self) -> bool:
        return self.is_new or self.values != self.baseline

    @property
    def name(self) -> str:
        return str(self.values.get("name", ""))

    def wire(self) -> dict[str, Any]:
        """The values as the document's JSON channel (secrets included)."""
        return {"id": self.id, "type": self.channel_type.name, **copy.deepcopy(self.values)}

    def channel(self) -> Channel | None:
        """The channel as the draft has it now, with its secrets, or None while a value is invalid."""
        if self.secrets_pending or _default_problem(self.values):
            return None
        try:
            return Channel.from_wire(self.wire(), with_secrets=True)
        except ChannelInvalid:
            return None

    # --- editing ---

    def get(self, key: str) -> Any:
        return self.values[key] if key in SETTINGS else self.values["configuration"].get(key)

    def put(self, key: str, value: Any) -> None:
        if key in SETTINGS:
            self.values[key] = value
        else:
            self.values["configuration"][key] = value
        self.touched.add(key)

    def revert(self) -> None:
        self.values = copy.deepcopy(self.baseline)
        self.touched.clear()

    def take_secrets(self, stored: Channel) -> None:
        """The base's secrets, read from the keyring, into the values and the baseline (not an edit)."""
        stored_values = stored.configuration(secrets="include")
        for key in self.channel_type.secret_keys:
            value = stored_values.get(key, self.channel_type.spec(key).default)
            self.values["configuration"][key] = copy.deepcopy(value)
            self.baseline["configuration"][key] = copy.deepcopy(value)
        self.base = stored
        self.secrets_pending = False

    def saved(self, stored: Channel) -> None:
        """Now the stored channel (as the store answered it: merged with changes made elsewhere, maybe)."""
        self.base = stored
        self.id = stored.id
        self.values = _values(stored)
        self.baseline = copy.deepcopy(self.values)
        self.touched.clear()
        self.show_all = True

    def lost_base(self) -> None:
        """The stored channel was deleted elsewhere: the edits stay, as a new channel to save."""
        self.base = None

    def mirror_flags(self, enabled: bool, is_default: bool) -> None:
        """A flag changed elsewhere (the toolbar's Enable, Make default): shown without becoming an edit."""
        for key, value in (("enabled", enabled), ("isDefault", is_default)):
            if self.values[key] == self.baseline[key]:
                self.values[key] = value
            self.baseline[key] = value
        if self.base is not None:
            self.base = self.base.replace(enabled=enabled, is_default=is_default)

    # --- checking ---

    def check(self, names: Mapping[str, Channel] | None = None) -> Check:
        """The problems of the values now (``names``: the stored channels by :func:`folded` name: those are taken)."""
        problems: dict[str, str] = {}
        shown_by: dict[str, set[str]] = {}  # a problem's key → the keys whose touch shows it
        clash = self._name_taken(names or {})
        if clash:
            problems["name"] = clash
        warnings = self._validate(problems, shown_by)
        if _default_problem(self.values):
            _collect([Problem("isDefault", DEFAULT_NEEDS_ENABLED, also=("enabled",))], problems, shown_by)
        if self.secrets_pending:  # on their way: not missing
            problems = {key: text for key, text in problems.items() if key not in self.channel_type.secret_keys}
        shown = {k: v for k, v in problems.items() if self.show_all or shown_by.get(k, {k}) & self.touched}
        return Check(problems, shown, warnings)

    def _validate(self, problems: dict[str, str], shown_by: dict[str, set[str]]) -> dict[str, str]:
        """The type's own checks: their problems added; answers the warnings of values that pass."""
        try:
            channel = Channel.from_wire(self.wire(), with_secrets=True)
        except ChannelInvalid as error:
            _collect(error.problems, problems, shown_by)
            return {}
        return {problem_key(w.field): w.message for w in channel.config.warnings()}

    def _name_taken(self, names: Mapping[str, Channel]) -> Text | None:
        """Names are unique ignoring case and spacing: another channel's name cannot be saved for this one."""
        holder = names.get(folded(self.name))
        if holder is not None and holder.id != self.id:
            return msg("another channel is already called “{name}”", name=holder.name)
        return None


def _values(channel: Channel) -> dict[str, Any]:
    """A stored channel's values as a form has them: a key it lacks (an incomplete channel) at its default."""
    wire = channel.to_wire(secrets="include")
    defaults = {spec.key: _blank(spec) for spec in channel.type.fields}
    return {**{key: wire[key] for key in SETTINGS}, "configuration": defaults | wire["configuration"]}


def _blank(spec: FieldSpec) -> Any:
    """A field's value before anyone fills it in, as its input shows it: its default, or empty text."""
    return "" if spec.default is None else copy.deepcopy(spec.default)


def _default_problem(values: Mapping[str, Any]) -> bool:
    return bool(values.get("isDefault")) and not values.get("enabled", True)


def _collect(found: Iterable[Problem], problems: dict[str, str], shown_by: dict[str, set[str]]) -> None:
    for problem in found:
        key = problem_key(problem.field)
        problems.setdefault(key, problem.message)
        shown_by.setdefault(key, {key}).update(problem.also)
