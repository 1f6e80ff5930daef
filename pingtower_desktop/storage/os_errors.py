"""A failed file operation as one line: the path, what the system said and what to do."""

from __future__ import annotations

import errno

_FIXES = {
    errno.EACCES: "check the permissions of the file and its folder",
    errno.EPERM: "check the permissions of the file and its folder",
    errno.ENOSPC: "free some space on that disk",
    errno.EDQUOT: "free some space (the disk quota is used up)",
    errno.EFBIG: "the file size limit (ulimit -f) is too low",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "a folder stands where a file should be",
    errno.ENOTDIR: "a file stands where a folder should be",
    errno.ENOENT: "check the path",
}


def describe(error: OSError, doing: str = "") -> str:
    """``cannot write /x/channels.json: No space left on device — free some space on that disk``."""
    path = error.filename if error.filename is not None else ""
    what = f"cannot {doing} {path}" if doing else f"cannot use {path}"
    reason = error.strerror or type(error).__name__
    fix = _FIXES.get(error.errno or 0)
    return f"{what.strip()}: {reason}" + (f" — {fix}" if fix else "")
