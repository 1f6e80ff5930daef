"""Small JSON files beside channels.json, written atomically; none of them ever holds a secret."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..storage.locking import make_private_dir
from ..storage.private_file import write_private_file


def read_json(path: Path) -> Any:
    """The file's JSON, or None when it is missing or does not parse (it is then rebuilt)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: Any) -> None:
    """Atomically, in a private folder: a reader sees the old or the new file."""
    make_private_dir(path.parent)
    write_private_file(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", newline="\n")
