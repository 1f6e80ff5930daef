"""A failed file operation as one line: the path, what the system said and what to do."""

from __future__ import annotations

import errno

from ..text import msg

_FIXES = {
    errno.EACCES: msg("check the permissions of the file and its folder"),
    errno.EPERM: msg("check the permissions of the file and its folder"),
    errno.ENOSPC: msg("free some space on that disk"),
    errno.EDQUOT: msg("free some space (the disk quota is used up)"),
    errno.EFBIG: msg("the file size limit (ulimit -f) is too low"),
    errno.EROFS: msg("the file system is read-only"),
    errno.EISDIR: msg("a folder stands where a file should be"),
    errno.ENOTDIR: msg("a file stands where a folder should be"),
    errno.ENOENT: msg("check the path"),
}


def describe(error: OSError, doing: str = "") -> str:
    """``cannot write /x/channels.json: No space left on device — free some space on that disk``."""
    path = error.filename if error.filename is not None else ""
    if doing:
        what = msg("cannot {doing} {path}", doing=doing, path=path) if path else msg("cannot {doing}", doing=doing)
    else:
        what = msg("cannot use {path}", path=path) if path else msg("cannot use it")
    reason = error.strerror or type(error).__name__
    fix = _FIXES.get(error.errno or 0)
    return msg("{what}: {reason}{fix}", what=what, reason=reason, fix=msg(" — {fix}", fix=fix) if fix else "")
