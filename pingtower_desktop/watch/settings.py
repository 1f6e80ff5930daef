"""What to watch and how: a schedule for every channel (and a default), the alert channel. Kept in
``watch.json`` beside the channels: settings of this computer, never sent to a server."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..storage.private_file import write_private_file
from ..text import message_of, msg
from .schedule import MIN_EVERY, Canary, parse_every

DEFAULT_EVERY = 15 * 60
DEFAULT_FAILURES = 2


@dataclass(frozen=True)
class Schedule:
    #: Seconds between checks.
    every: int = DEFAULT_EVERY
    #: When a canary test is really sent, or None.
    canary: Canary | None = None
    #: Failures in a row before the channel counts as failing (and an alert goes out).
    failures: int = DEFAULT_FAILURES

    def to_json(self) -> dict[str, Any]:
        return {"every": self.every, "canary": self.canary.text() if self.canary else None, "failures": self.failures}

    @classmethod
    def from_json(cls, data: Any, base: Schedule | None = None) -> Schedule:
        """The schedule ``data`` names, the rest from ``base``; a value that makes no sense is left at the base's."""
        schedule = base or cls()
        if not isinstance(data, dict):
            return schedule
        every, canary, failures = data.get("every"), data.get("canary", ...), data.get("failures")
        if isinstance(every, int) and every >= MIN_EVERY:
            schedule = replace(schedule, every=every)
        if canary is None:
            schedule = replace(schedule, canary=None)
        elif isinstance(canary, str):
            with contextlib.suppress(ValueError):
                schedule = replace(schedule, canary=Canary.parse(canary))
        if isinstance(failures, int) and failures >= 1:
            schedule = replace(schedule, failures=failures)
        return schedule


@dataclass(frozen=True)
class WatchSettings:
    default: Schedule = Schedule()
    #: Channel id → its own schedule (the default's values where it names none).
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The channel alerts go through (its own failures are shown, never alerted through itself).
    alert_channel: str | None = None
    #: Secrets older than this many days are due for rotation (a reminder).
    rotate_after_days: int = 180

    def for_channel(self, channel_id: str) -> Schedule:
        return Schedule.from_json(self.channels.get(channel_id), self.default)


class WatchSettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> WatchSettings:
        """The settings; none yet (or a file that is not ours) is the defaults."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return WatchSettings()
        if not isinstance(data, dict):
            return WatchSettings()
        channels = data.get("channels")
        alert = data.get("alertChannel")
        rotate = data.get("rotateAfterDays")
        return WatchSettings(
            rotate_after_days=rotate if isinstance(rotate, int) and rotate >= 1 else 180,
            default=Schedule.from_json(data.get("default")),
            channels={k: v for k, v in channels.items() if isinstance(v, dict)} if isinstance(channels, dict) else {},
            alert_channel=alert if isinstance(alert, str) else None,
        )

    def save(self, settings: WatchSettings) -> None:
        document = {
            "version": 1,
            "default": settings.default.to_json(),
            "channels": settings.channels,
            "alertChannel": settings.alert_channel,
            "rotateAfterDays": settings.rotate_after_days,
        }
        write_private_file(self.path, json.dumps(document, indent=2) + "\n")


def set_schedule(
    settings: WatchSettings,
    channel_id: str | None,
    *,
    every: int | None = None,
    canary: Canary | str | None = "",
    failures: int | None = None,
) -> WatchSettings:
    """``settings`` with these values for one channel (None: the default for all); ``canary`` is a Canary or
    its text, None turns the canary off, ``""`` leaves it as it is."""
    changes: dict[str, Any] = {}
    if every is not None:
        changes["every"] = every
    if canary != "":
        changes["canary"] = canary.text() if isinstance(canary, Canary) else canary
    if failures is not None:
        if failures < 1:
            raise ValueError(msg("{option} must be 1 or more", option="--failures"))
        changes["failures"] = failures
    if channel_id is None:
        return replace(settings, default=Schedule.from_json(changes, settings.default))
    own = {**settings.channels.get(channel_id, {}), **changes}
    return replace(settings, channels={**settings.channels, channel_id: own})


def with_own_schedule(settings: WatchSettings, channel_id: str, own: dict[str, Any]) -> WatchSettings:
    """``settings`` with ``own`` as the channel's whole schedule (the keys of :meth:`Schedule.to_json` it sets;
    empty: the defaults in everything)."""
    channels = {key: value for key, value in settings.channels.items() if key != channel_id}
    if own:
        channels[channel_id] = own
    return replace(settings, channels=channels)


def schedule_values(every: str, canary: str, failures: int | None) -> tuple[dict[str, Any], dict[str, str]]:
    """A schedule as a person writes it, by the rules of ``watch config`` ("15m"; "fri 12:00" or "off"; 1 or
    more): its values in :meth:`Schedule.to_json`'s keys for what is given (an empty text, a None: not given),
    and, by key, why a value cannot be taken."""
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    if every.strip():
        try:
            values["every"] = parse_every(every)
        except ValueError as error:
            problems["every"] = message_of(error)
    if canary.strip():
        if canary.strip().lower() in ("off", "none"):
            values["canary"] = None
        else:
            try:
                values["canary"] = Canary.parse(canary).text()
            except ValueError as error:
                problems["canary"] = message_of(error)
    if failures is not None:
        if failures >= 1:
            values["failures"] = failures
        else:
            problems["failures"] = msg("must be 1 or more")
    return values, problems
