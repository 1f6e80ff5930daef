"""The words the window uses for server things: states, sync steps, notes, failures, token expiry.

The core's own messages are English; they are shown through ``core_tr``. Texts the core glues
together from parts (a sync note such as "changed here: chatId; …") are taken apart here first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from .core_text import core_tr

if TYPE_CHECKING:
    from datetime import datetime

    from ..server.auth import TokenInfo
    from ..server.service import ServerStatus
    from .server_session import Failure


def state_text(status: ServerStatus | None, checking: bool = False) -> str:
    """A few words for the status bar."""
    if status is None or (checking and status.state == "logged in"):
        return QCoreApplication.translate("server_text", "Server: checking…")
    texts = {
        "not set up": QCoreApplication.translate("server_text", "Server: not set up"),
        "logged out": QCoreApplication.translate("server_text", "Server: logged out"),
        "token expired": QCoreApplication.translate("server_text", "Server: login expired"),
        "logged in": QCoreApplication.translate("server_text", "Server: logged in"),
        "connected": QCoreApplication.translate("server_text", "Server: connected"),
        "offline": QCoreApplication.translate("server_text", "Server: offline"),
        "refused": QCoreApplication.translate("server_text", "Server: login refused"),
        "error": QCoreApplication.translate("server_text", "Server: error"),
    }
    return texts.get(status.state, status.state)


def state_good(status: ServerStatus | None) -> bool | None:
    """True when all is well, False when something needs doing, None when neither."""
    if status is None or status.state in ("not set up", "logged in"):
        return None
    return status.state == "connected"


def dialect_text(name: str) -> str:
    return {
        "documented": QCoreApplication.translate("server_text", "documented API (/api/v1)"),
        "reference": QCoreApplication.translate("server_text", "reference server (/v1/api)"),
    }.get(name, name)


def local_datetime(moment: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def expiry_text(token: TokenInfo | None) -> str:
    if token is None:
        return QCoreApplication.translate("server_text", "unknown (the token is not a JWT)")
    if token.expires_at is None:
        return QCoreApplication.translate("server_text", "never")
    when = local_datetime(token.expires_at)
    return QCoreApplication.translate("server_text", "expired %1").replace("%1", when) if token.expired() else when


def who_text(status: ServerStatus) -> str:
    if status.token is not None and status.token.subject:
        return status.token.subject
    if status.profile is not None and status.profile.email:
        return status.profile.email
    return QCoreApplication.translate("server_text", "an unnamed user")


def state_details(status: ServerStatus | None) -> str:
    """Several lines for a tooltip: where, who, until when, and what went wrong."""
    if status is None:
        return QCoreApplication.translate("server_text", "Checking the server…")
    if status.profile is None:
        return QCoreApplication.translate("server_text", "No server is set up: use Server… to log in.")
    lines = [
        QCoreApplication.translate("server_text", "Server: %1 (%2)")
        .replace("%1", status.profile.base_url)
        .replace("%2", dialect_text(status.profile.dialect))
    ]
    if status.state in ("logged out",):
        lines.append(QCoreApplication.translate("server_text", "Logged out: log in again to sync."))
    else:
        lines.append(QCoreApplication.translate("server_text", "Logged in as: %1").replace("%1", who_text(status)))
        lines.append(
            QCoreApplication.translate("server_text", "Token expires: %1").replace("%1", expiry_text(status.token))
        )
    if status.channels_on_server is not None and status.state == "connected":
        lines.append(
            QCoreApplication.translate("server_text", "Channels on the server: %1").replace(
                "%1", str(status.channels_on_server)
            )
        )
    if status.state in ("offline", "refused", "error", "token expired"):
        lines.append(core_tr(status.message))
    if status.warning:
        lines.append(core_tr(status.warning))
    return "\n".join(lines)


def op_text(op: str) -> str:
    """A sync step (``Op`` value) in words."""
    return {
        "create on the server": QCoreApplication.translate("server_text", "Create on the server"),
        "update on the server": QCoreApplication.translate("server_text", "Update on the server"),
        "delete on the server": QCoreApplication.translate("server_text", "Delete on the server"),
        "create here": QCoreApplication.translate("server_text", "Create here"),
        "update here": QCoreApplication.translate("server_text", "Update here"),
        "delete here": QCoreApplication.translate("server_text", "Delete here"),
        "link": QCoreApplication.translate("server_text", "Already the same"),
        "forget": QCoreApplication.translate("server_text", "Gone from both sides"),
        "conflict": QCoreApplication.translate("server_text", "Conflict"),
        "skip": QCoreApplication.translate("server_text", "Not synced"),
        "keep here": QCoreApplication.translate("server_text", "Stays here"),
    }.get(op, op)


_GLUED = re.compile(
    r"^(changed here|changed on the server|both sides have it with different settings): (.*)$", re.DOTALL
)


def note_text(note: str) -> str:
    """A plan item's note; the core joins its parts with "; "."""
    if not note:
        return ""
    if note.startswith("changed on both sides"):  # a conflict's note: one text with "; " inside
        return core_tr(note)
    parts = []
    for part in note.split("; "):
        glued = _GLUED.match(part)
        if glued:
            lead = {
                "changed here": QCoreApplication.translate("server_text", "changed here: %1"),
                "changed on the server": QCoreApplication.translate("server_text", "changed on the server: %1"),
                "both sides have it with different settings": QCoreApplication.translate(
                    "server_text", "both sides have it with different settings: %1"
                ),
            }[glued.group(1)]
            parts.append(lead.replace("%1", glued.group(2)))
        elif part == "resumed after a sync that was cut off":
            parts.append(QCoreApplication.translate("server_text", "resumed after a sync that was cut off"))
        elif part == "already on the server":
            parts.append(QCoreApplication.translate("server_text", "already on the server"))
        else:
            parts.append(core_tr(part))
    return "; ".join(parts)


def failure_text(failure: Failure) -> str:
    """What went wrong, and what to do about it."""
    from .server_session import AUTH, NOT_LOGGED_IN, NOT_SYNCED, STALE, UNREACHABLE

    lead = {
        AUTH: QCoreApplication.translate("server_text", "The server refused the login: log in again."),
        UNREACHABLE: QCoreApplication.translate("server_text", "The server does not answer."),
        NOT_LOGGED_IN: QCoreApplication.translate("server_text", "Not logged in to a server: use Server… to log in."),
        STALE: QCoreApplication.translate("server_text", "Another sync ran meanwhile: the plan is made again."),
        NOT_SYNCED: QCoreApplication.translate("server_text", "The channel is not on the server yet: sync first."),
    }.get(failure.kind)
    detail = core_tr(failure.message)
    return f"{lead}\n{detail}" if lead and detail else lead or detail


_SAID = re.compile(r"^(.*?) \(it said: (.*)\)$", re.DOTALL)


def server_result_text(message: str) -> str:
    """A test-via-server result's message: the core's verdict, then what the server said."""
    said = _SAID.match(message)
    if not said:
        return core_tr(message)
    return (
        core_tr(said.group(1))
        + " "
        + QCoreApplication.translate("server_text", "(it said: %1)").replace("%1", said.group(2))
    )
