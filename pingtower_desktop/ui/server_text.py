"""The words the window uses for server things: states, sync steps, notes, failures, token expiry.

The core's own messages are English; they are shown through ``core_tr``. Texts the core glues
together from parts (a sync note such as "changed here: chatId; …") are taken apart here first.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from .core_text import core_tr

if TYPE_CHECKING:
    from ..server.auth import TokenInfo
    from ..server.service import ServerStatus
    from .server_session import Failure

CONTEXT = "server_text"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_text(status: ServerStatus | None, checking: bool = False) -> str:
    """A few words for the status bar."""
    if status is None or (checking and status.state == "logged in"):
        return _tr("Server: checking…")
    texts = {
        "not set up": _tr("Server: not set up"),
        "logged out": _tr("Server: logged out"),
        "token expired": _tr("Server: login expired"),
        "logged in": _tr("Server: logged in"),
        "connected": _tr("Server: connected"),
        "offline": _tr("Server: offline"),
        "refused": _tr("Server: login refused"),
        "error": _tr("Server: error"),
    }
    return texts.get(status.state, status.state)


def state_good(status: ServerStatus | None) -> bool | None:
    """True when all is well, False when something needs doing, None when neither."""
    if status is None or status.state in ("not set up", "logged in"):
        return None
    return status.state == "connected"


def dialect_text(name: str) -> str:
    return {
        "documented": _tr("documented API (/api/v1)"),
        "reference": _tr("reference server (/v1/api)"),
    }.get(name, name)


def local_datetime(moment: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def expiry_text(token: TokenInfo | None) -> str:
    if token is None:
        return _tr("unknown (the token is not a JWT)")
    if token.expires_at is None:
        return _tr("never")
    when = local_datetime(token.expires_at)
    return _tr("expired %1").replace("%1", when) if token.expired() else when


def who_text(status: ServerStatus) -> str:
    if status.token is not None and status.token.subject:
        return status.token.subject
    if status.profile is not None and status.profile.email:
        return status.profile.email
    return _tr("an unnamed user")


def state_details(status: ServerStatus | None) -> str:
    """Several lines for a tooltip: where, who, until when, and what went wrong."""
    if status is None:
        return _tr("Checking the server…")
    if status.profile is None:
        return _tr("No server is set up: use Server… to log in.")
    lines = [
        _tr("Server: %1 (%2)")
        .replace("%1", status.profile.base_url)
        .replace("%2", dialect_text(status.profile.dialect))
    ]
    if status.state in ("logged out",):
        lines.append(_tr("Logged out: log in again to sync."))
    else:
        lines.append(_tr("Logged in as: %1").replace("%1", who_text(status)))
        lines.append(_tr("Token expires: %1").replace("%1", expiry_text(status.token)))
    if status.channels_on_server is not None and status.state == "connected":
        lines.append(_tr("Channels on the server: %1").replace("%1", str(status.channels_on_server)))
    if status.state in ("offline", "refused", "error", "token expired"):
        lines.append(core_tr(status.message))
    if status.warning:
        lines.append(core_tr(status.warning))
    return "\n".join(lines)


def op_text(op: str) -> str:
    """A sync step (``Op`` value) in words."""
    return {
        "create on the server": _tr("Create on the server"),
        "update on the server": _tr("Update on the server"),
        "delete on the server": _tr("Delete on the server"),
        "create here": _tr("Create here"),
        "update here": _tr("Update here"),
        "delete here": _tr("Delete here"),
        "link": _tr("Already the same"),
        "forget": _tr("Gone from both sides"),
        "conflict": _tr("Conflict"),
        "skip": _tr("Not synced"),
    }.get(op, op)


_GLUED = re.compile(
    r"^(changed here|changed on the server|both sides have it with different settings): (.*)$", re.DOTALL
)


def note_text(note: str) -> str:
    """A plan item's note; the core joins its parts with "; "."""
    if not note:
        return ""
    parts = []
    for part in note.split("; "):
        glued = _GLUED.match(part)
        if glued:
            lead = {
                "changed here": _tr("changed here: %1"),
                "changed on the server": _tr("changed on the server: %1"),
                "both sides have it with different settings": _tr("both sides have it with different settings: %1"),
            }[glued.group(1)]
            parts.append(lead.replace("%1", glued.group(2)))
        elif part == "resumed after a sync that was cut off":
            parts.append(_tr("resumed after a sync that was cut off"))
        elif part == "already on the server":
            parts.append(_tr("already on the server"))
        else:
            parts.append(core_tr(part))
    return "; ".join(parts)


def failure_text(failure: Failure) -> str:
    """What went wrong, and what to do about it."""
    from .server_session import AUTH, NOT_LOGGED_IN, NOT_SYNCED, STALE, UNREACHABLE

    lead = {
        AUTH: _tr("The server refused the login: log in again."),
        UNREACHABLE: _tr("The server does not answer."),
        NOT_LOGGED_IN: _tr("Not logged in to a server: use Server… to log in."),
        STALE: _tr("Another sync ran meanwhile: the plan is made again."),
        NOT_SYNCED: _tr("The channel is not on the server yet: sync first."),
    }.get(failure.kind)
    detail = core_tr(failure.message)
    return f"{lead}\n{detail}" if lead and detail else lead or detail


_SAID = re.compile(r"^(.*?) \(it said: (.*)\)$", re.DOTALL)


def server_result_text(message: str) -> str:
    """A test-via-server result's message: the core's verdict, then what the server said."""
    said = _SAID.match(message)
    if not said:
        return core_tr(message)
    return core_tr(said.group(1)) + " " + _tr("(it said: %1)").replace("%1", said.group(2))
