"""The words the window uses for server things: states, sync steps, failures, token expiry.

States and steps are codes (``ServerState``, ``Op``); the core's messages (notes, failures) are
shown through ``core_tr``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ..server.ops import Op
from ..server.states import ServerState
from .core_text import core_tr
from .filled import filled

if TYPE_CHECKING:
    from datetime import datetime

    from ..server.auth import TokenInfo
    from ..server.service import ServerStatus
    from .server_session import Failure


def state_text(status: ServerStatus | None, checking: bool = False) -> str:
    """A few words for the status bar: "Server: connected"."""
    return filled(QCoreApplication.translate("server_text", "Server: %1"), state_word(status, checking))


def state_word(status: ServerStatus | None, checking: bool = False) -> str:
    """The state alone, for a place that already says it is the server's: "connected"."""
    if status is None or (checking and status.state is ServerState.LOGGED_IN):
        return QCoreApplication.translate("server_text", "checking…")
    texts = {
        ServerState.NOT_SET_UP: QCoreApplication.translate("server_text", "not set up"),
        ServerState.LOGGED_OUT: QCoreApplication.translate("server_text", "logged out"),
        ServerState.TOKEN_EXPIRED: QCoreApplication.translate("server_text", "login expired"),
        ServerState.LOGGED_IN: QCoreApplication.translate("server_text", "logged in"),
        ServerState.CONNECTED: QCoreApplication.translate("server_text", "connected"),
        ServerState.OFFLINE: QCoreApplication.translate("server_text", "offline"),
        ServerState.REFUSED: QCoreApplication.translate("server_text", "login refused"),
        ServerState.ERROR: QCoreApplication.translate("server_text", "error"),
    }
    return texts[status.state]


def state_good(status: ServerStatus | None) -> bool | None:
    """True when all is well, False when something needs doing, None when neither."""
    if status is None or status.state in (ServerState.NOT_SET_UP, ServerState.LOGGED_IN):
        return None
    return status.state is ServerState.CONNECTED


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
    return filled(QCoreApplication.translate("server_text", "expired %1"), when) if token.expired() else when


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
        filled(
            QCoreApplication.translate("server_text", "Server: %1 (%2)"),
            status.profile.base_url,
            dialect_text(status.profile.dialect),
        )
    ]
    if status.state is ServerState.LOGGED_OUT:
        lines.append(QCoreApplication.translate("server_text", "Logged out: log in again to sync."))
    else:
        lines.append(filled(QCoreApplication.translate("server_text", "Logged in as: %1"), who_text(status)))
        lines.append(filled(QCoreApplication.translate("server_text", "Token expires: %1"), expiry_text(status.token)))
    if status.channels_on_server is not None and status.state is ServerState.CONNECTED:
        lines.append(
            filled(
                QCoreApplication.translate("server_text", "Channels on the server: %1"), str(status.channels_on_server)
            )
        )
    if status.state in (ServerState.OFFLINE, ServerState.REFUSED, ServerState.ERROR, ServerState.TOKEN_EXPIRED):
        lines.append(core_tr(status.message))
    if status.warning:
        lines.append(core_tr(status.warning))
    return "\n".join(lines)


def op_text(op: Op) -> str:
    """A sync step in words (a heading's capitals; the core's :attr:`Op.label` is the CLI's)."""
    return {
        Op.CREATE_ON_SERVER: QCoreApplication.translate("server_text", "Create on the server"),
        Op.UPDATE_ON_SERVER: QCoreApplication.translate("server_text", "Update on the server"),
        Op.DELETE_ON_SERVER: QCoreApplication.translate("server_text", "Delete on the server"),
        Op.CREATE_HERE: QCoreApplication.translate("server_text", "Create here"),
        Op.UPDATE_HERE: QCoreApplication.translate("server_text", "Update here"),
        Op.DELETE_HERE: QCoreApplication.translate("server_text", "Delete here"),
        Op.LINK: QCoreApplication.translate("server_text", "Already the same"),
        Op.FORGET: QCoreApplication.translate("server_text", "Gone from both sides"),
        Op.CONFLICT: QCoreApplication.translate("server_text", "Conflict"),
        Op.SKIP: QCoreApplication.translate("server_text", "Not synced"),
        Op.KEEP_HERE: QCoreApplication.translate("server_text", "Stays here"),
    }[op]


def failure_text(failure: Failure) -> str:
    """What went wrong, and what to do about it."""
    from .server_session import FailureKind

    lead = {
        FailureKind.AUTH: QCoreApplication.translate("server_text", "The server refused the login: log in again."),
        FailureKind.UNREACHABLE: QCoreApplication.translate("server_text", "The server does not answer."),
        FailureKind.NOT_LOGGED_IN: QCoreApplication.translate(
            "server_text", "Not logged in to a server: use Server… to log in."
        ),
        FailureKind.STALE: QCoreApplication.translate(
            "server_text", "Another sync ran meanwhile: the plan is made again."
        ),
        FailureKind.NOT_SYNCED: QCoreApplication.translate(
            "server_text", "The channel is not on the server yet: sync first."
        ),
    }.get(failure.kind)
    detail = core_tr(failure.message)
    detail = detail[:1].upper() + detail[1:]  # a line of its own: a sentence
    if detail and failure.kind is FailureKind.AUTH:
        return detail  # the server's error already says what happened and what to do: not twice
    return f"{lead}\n{detail}" if lead and detail else lead or detail
