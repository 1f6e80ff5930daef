"""An exclusive lock between processes (and threads), held on a sibling lock file.

``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows. The lock file is never deleted:
removing it while another process waits on it would let two writers in at once. The lock is
not re-entrant: do not take it again while holding it.

Not filelock: it polls for a taken lock (sleeps 50 ms between tries) where flock sleeps in the kernel until
the lock is free, costs ~10× per uncontended lock and adds ~7 ms of imports to every CLI run
(``benchmarks/bench_locking.py``); with it, ``test --all`` over 200 webhooks ran 15 % slower.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _acquire(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # itself retries for about 10 s
                return
            except OSError:
                continue

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _try_acquire(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _acquire(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _try_acquire(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by this user only, where the platform allows."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


@contextmanager
def file_lock(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` (created, with its folder, if missing)."""
    make_private_dir(lock_path.parent)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(fd)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)


class HeldLock:
    """A lock taken without waiting and held until :meth:`release` (or the process ends): who runs
    something one process at a time (the watch's schedule) and who only looks."""

    def __init__(self, lock_path: Path) -> None:
        self.lock_path = lock_path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True when this process now holds it; False when another one does."""
        if self._fd is not None:
            return True
        make_private_dir(self.lock_path.parent)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        if _try_acquire(fd):
            self._fd = fd
            return True
        os.close(fd)
        return False

    def release(self) -> None:
        if self._fd is not None:
            _release(self._fd)
            os.close(self._fd)
            self._fd = None
