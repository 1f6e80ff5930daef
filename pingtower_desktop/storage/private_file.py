"""Writing a file only its owner may read, whole or not at all."""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path


def write_private_file(path: Path, text: str, *, newline: str | None = None) -> None:
    """Writes ``text`` owner-only: a new temp file beside it (created exclusively, so no existing file or
    symlink is written through), then renamed over ``path``; a reader sees the old or the new file.
    ``newline`` as for ``open`` (None: the platform's line ends)."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # O_EXCL, 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
