"""The product's log: a rotating file in the user log folder, secrets scrubbed from every line.

Both faces call :func:`start` once. What goes there: jobs that failed for an unexpected reason (with
the traceback), uncaught exceptions, and the failures the user was shown. Any secret the process has
read from or written to the keyring, or sent with, is cut out of every line (``transport.scrub``).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from .storage.paths import AppPaths
from .transport.scrub import remembered, scrub

LOGGER = "pingtower_desktop"
FILE_NAME = "pingtower-desktop.log"
MAX_BYTES = 1 << 20
BACKUPS = 3


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record), remembered())


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file only its owner may read (it may name servers, channels and recipients)."""

    def _open(self):
        handle = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return handle


def start(paths: AppPaths) -> Path:
    """Logs ``pingtower_desktop.*`` to the log folder from now on; answers the log file's path."""
    folder = paths.log_dir
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / FILE_NAME
    logger = logging.getLogger(LOGGER)
    for old in [h for h in logger.handlers if isinstance(h, _PrivateRotatingHandler)]:
        if Path(old.baseFilename) == path.absolute():
            return path
        logger.removeHandler(old)  # another folder from now on (one process, one log)
        old.close()
    handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"{LOGGER}.{name}")
