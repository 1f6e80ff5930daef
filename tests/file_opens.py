"""Which files in a folder were opened: Linux inotify through ctypes, so a test can prove a file was never read."""

from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path

IN_ACCESS, IN_OPEN, IN_NONBLOCK = 0x1, 0x20, 0o4000
_EVENT = struct.Struct("iIII")


class FileOpens:
    """Records every open or read of a file in ``folder`` from the moment it is made; use as a context manager."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        if self._libc.inotify_add_watch(self._fd, os.fsencode(folder), IN_OPEN | IN_ACCESS) < 0:
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {folder}")

    def names(self) -> list[str]:
        """The names opened or read since the last call."""
        found = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return found
            offset = 0
            while offset < len(data):
                _, _, _, length = _EVENT.unpack_from(data, offset)
                name = data[offset + _EVENT.size : offset + _EVENT.size + length].rstrip(b"\0")
                found.append(os.fsdecode(name))
                offset += _EVENT.size + length

    def __enter__(self) -> FileOpens:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._fd)
