"""Where this computer stands with its PingTower server: a code per state, and its words in English."""

from __future__ import annotations

from enum import StrEnum

from ..text import Text, msg


class ServerState(StrEnum):
    NOT_SET_UP = "not_set_up"
    LOGGED_OUT = "logged_out"
    TOKEN_EXPIRED = "token_expired"
    #: A login is stored and not expired; the server has not been asked yet.
    LOGGED_IN = "logged_in"
    CONNECTED = "connected"
    OFFLINE = "offline"
    REFUSED = "refused"
    ERROR = "error"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    ServerState.NOT_SET_UP: msg("not set up"),
    ServerState.LOGGED_OUT: msg("logged out"),
    ServerState.TOKEN_EXPIRED: msg("token expired"),
    ServerState.LOGGED_IN: msg("logged in"),
    ServerState.CONNECTED: msg("connected"),
    ServerState.OFFLINE: msg("offline"),
    ServerState.REFUSED: msg("login refused"),
    ServerState.ERROR: msg("error"),
}

#: A new login is what it takes.
LOGIN_NEEDED = (ServerState.LOGGED_OUT, ServerState.TOKEN_EXPIRED, ServerState.REFUSED)
