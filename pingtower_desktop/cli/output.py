"""How the CLI prints channels and results: short human lines, or JSON on request."""

from __future__ import annotations

import json
import sys
from typing import Any

from ..channels import Channel
from ..transport.result import DeliveryResult


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def warn(text: str) -> None:
    print(f"warning: {text}", file=sys.stderr)


def error(text: str) -> None:
    print(f"error: {text}", file=sys.stderr)


def channel_table(channels: list[Channel]) -> str:
    if not channels:
        return "No channels yet. Add one with: pingtower-desktop-cli add TYPE NAME --set key=value"
    width = max(len(c.name) for c in channels)
    lines = [f"{'NAME':<{width}}  {'TYPE':<10}  {'ENABLED':<7}  DEFAULT"]
    for c in channels:
        note = f"  incomplete: {', '.join(c.missing)}" if c.missing else ""
        lines.append(
            f"{c.name:<{width}}  {c.type.name:<10}  {'yes' if c.enabled else 'no':<7}  {'*' if c.is_default else ' '}{note}"
        )
    return "\n".join(lines).rstrip()


def channel_details(channel: Channel) -> str:
    lines = [
        f"{channel.name}  ({channel.type.label}, {'enabled' if channel.enabled else 'disabled'}"
        f"{', default' if channel.is_default else ''})",
        f"  id: {channel.id}",
    ]
    if channel.missing:
        lines.append(f"  incomplete: fill in {', '.join(channel.missing)}, then enable it")
    configuration = channel.configuration("mask")
    for spec in channel.type.fields:
        if spec.key in configuration:
            value = configuration[spec.key]
            if value is None or value == "":
                continue
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            lines.append(f"  {spec.key}: {shown}")
    for problem in channel.config.warnings():
        lines.append(f"  warning: {problem.field}: {problem.message}")
    return "\n".join(lines)


def result_line(name: str, result: DeliveryResult) -> str:
    verdict = "OK    " if result.delivered else "FAILED" if result.started else "NOT SENT"
    peer = f"HTTP {result.status_code}" if result.status_code is not None else (result.reply or "")
    peer = f"  [{peer}]" if peer and peer not in result.message else ""
    way = f"  ({result.via})" if result.via else ""
    return f"{verdict}  {name}  {result.latency_ms:.0f} ms  {result.message}{peer}{way}"
