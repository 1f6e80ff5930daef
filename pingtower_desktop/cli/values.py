"""Turning ``--set key=value`` and ``--set-secret KEY`` into configuration updates."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from ..channels import ChannelType, Problem
from ..channels.fields import FieldKind
from ..errors import ConfigError


class UsageError(ConfigError, ValueError):
    """Bad command-line input; the CLI exits 2 with this message."""


def _field_for(kind: ChannelType, key: str):
    base = key.split(".", 1)[0]
    try:
        return kind.spec(base)
    except KeyError:
        known = ", ".join(spec.key for spec in kind.fields)
        raise UsageError(f"{kind.name} has no key '{base}' (its keys: {known})") from None


def apply_setting(kind: ChannelType, configuration: dict[str, Any], key: str, value: str) -> None:
    """Sets ``key`` (or ``headers.Name`` for a mapping) to ``value`` in ``configuration``."""
    spec = _field_for(kind, key)
    if spec.kind is FieldKind.MAPPING:
        if "." in key:
            mapping = dict(configuration.get(spec.key) or {})
            name = key.split(".", 1)[1]
            if value == "":
                mapping.pop(name, None)
            else:
                mapping[name] = value
            configuration[spec.key] = mapping
            return
        try:
            parsed = json.loads(value) if value.strip() else {}
        except json.JSONDecodeError:
            raise UsageError(
                f'{key} takes a JSON object, e.g. {key}=\'{{"Authorization": "Bearer …"}}\', '
                f"or one entry as {key}.NAME=VALUE"
            ) from None
        if not isinstance(parsed, dict):
            raise UsageError(f"{key} takes a JSON object")
        configuration[spec.key] = parsed
        return
    if "." in key:
        raise UsageError(f"{spec.key} is not a mapping; use {spec.key}=VALUE")
    configuration[spec.key] = value


def parse_settings(kind: ChannelType, configuration: dict[str, Any], settings: Iterable[str]) -> None:
    for setting in settings:
        key, sep, value = setting.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set expects KEY=VALUE, got '{setting}'")
        if _field_for(kind, key.strip()).secret:
            # on the command line it shows in `ps` and the shell's history
            raise UsageError(
                f"{key.strip()} is a secret: give it with --set-secret {key.strip()} (read from standard input)"
            )
        apply_setting(kind, configuration, key.strip(), value)


def read_secrets(
    kind: ChannelType, configuration: dict[str, Any], keys: Iterable[str], stdin: TextIO | None = None
) -> None:
    """Reads each named secret from standard input, one line each (a hidden prompt on a terminal)."""
    for key, value in read_secret_values(kind, keys, stdin):
        apply_setting(kind, configuration, key, value)


def read_secret_values(kind: ChannelType, keys: Iterable[str], stdin: TextIO | None = None) -> list[tuple[str, str]]:
    """(key, value) of each named secret, read from standard input (see :func:`read_secrets`)."""
    stdin = stdin or sys.stdin
    values = []
    for key in keys:
        spec = _field_for(kind, key)
        if not spec.secret:
            raise UsageError(f"{spec.key} is not a secret; use --set {spec.key}=VALUE")
        if stdin.isatty():
            value = getpass.getpass(f"{key}: ")
        else:
            line = stdin.readline()
            if not line:
                raise UsageError(f"--set-secret {key}: standard input ended before its value")
            value = line.rstrip("\r\n")
        values.append((key, value))
    return values


def problems_text(problems: Iterable[Problem]) -> str:
    return "\n".join(f"  {p.field}: {p.message}" for p in problems)
