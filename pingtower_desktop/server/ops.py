"""A sync's steps and the consents some of them wait for: codes, each with its English words.

Light on purpose (no channel types): the window's list shows sync badges before the core is loaded.
"""

from __future__ import annotations

from enum import StrEnum

from ..text import Text, msg


class Op(StrEnum):
    """A sync step; the value is a code (faces word it: :attr:`label` is the English)."""

    CREATE_ON_SERVER = "create_on_server"
    UPDATE_ON_SERVER = "update_on_server"
    DELETE_ON_SERVER = "delete_on_server"
    CREATE_HERE = "create_here"
    UPDATE_HERE = "update_here"
    DELETE_HERE = "delete_here"
    #: Both sides already agree: only remembered, no request.
    LINK = "link"
    #: Gone from both sides: only forgotten.
    FORGET = "forget"
    CONFLICT = "conflict"
    #: Cannot be synced; reported, nothing done.
    SKIP = "skip"
    #: New here, and the server cannot create channels: it stays on this computer (no error).
    KEEP_HERE = "keep_here"

    @property
    def label(self) -> Text:
        return _OP_LABELS[self]


_OP_LABELS = {
    Op.CREATE_ON_SERVER: msg("create on the server"),
    Op.UPDATE_ON_SERVER: msg("update on the server"),
    Op.DELETE_ON_SERVER: msg("delete on the server"),
    Op.CREATE_HERE: msg("create here"),
    Op.UPDATE_HERE: msg("update here"),
    Op.DELETE_HERE: msg("delete here"),
    Op.LINK: msg("already the same"),
    Op.FORGET: msg("gone from both sides"),
    Op.CONFLICT: msg("conflict"),
    Op.SKIP: msg("not synced"),
    Op.KEEP_HERE: msg("keep here"),
}


class Consent(StrEnum):
    """A step that waits for the person to agree: it is listed but not carried out until agreed. A code."""

    #: Copy here a channel another user put on a server that shows everyone's channels.
    COPY_HERE = "copy_here"
    #: Send values the server would store damaged (see ``Dialect.damaged``).
    SEND_ANYWAY = "send_anyway"
    #: Delete on the server a channel this computer did not create there.
    DELETE_THERE = "delete_there"

    @property
    def blocking(self) -> bool:
        """Left undecided, the sync is not complete (other users' channels may well stay theirs)."""
        return self is not Consent.COPY_HERE
