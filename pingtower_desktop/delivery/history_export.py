"""The delivery history written out for a spreadsheet or a script: CSV or JSON, one record per send.

Entries hold no secrets (they were scrubbed when recorded), so an export needs no warning.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from ..storage.private_file import write_private_file
from ..transport.result import Outcome
from .history import HistoryEntry

Format = Literal["csv", "json"]
COLUMNS = (
    "time",
    "channel",
    "type",
    "route",
    "result",
    "status_code",
    "latency_ms",
    "message",
    "reply",
    "unsaved",
)


def _outcome(entry: HistoryEntry) -> Outcome:
    if not entry.delivered:
        return Outcome.FAILED
    return Outcome.DELIVERED if entry.reported else Outcome.NOT_REPORTED


def record(entry: HistoryEntry) -> dict[str, Any]:
    """One send as a flat record (the message in English, as the CLI says it)."""
    return {
        "time": entry.time,
        "channel": entry.channel_name,
        "type": entry.channel_type,
        "route": entry.route,
        "result": _outcome(entry).value,
        "status_code": entry.status_code,
        "latency_ms": entry.latency_ms,
        "message": str(entry.message),
        "reply": entry.reply or "",
        "unsaved": entry.unsaved,
    }


def history_text(entries: Iterable[HistoryEntry], fmt: Format) -> str:
    records = [record(entry) for entry in entries]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def write_history(path: Path, entries: Iterable[HistoryEntry], fmt: Format) -> int:
    """Writes the entries to ``path`` (replaced whole, owner-only); answers how many were written."""
    entries = list(entries)
    write_private_file(path, history_text(entries, fmt))
    return len(entries)
