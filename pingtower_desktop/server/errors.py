"""Every way a call to the PingTower server can fail, each with a message a person can act on."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from ..errors import ServerFailure
from ..text import message_of


class ErrorKind(StrEnum):
    #: 401/403, or a token that has expired: log in again.
    AUTH = "auth"
    NOT_FOUND = "not-found"
    #: The server named what is wrong with what was sent (``details`` maps field → message).
    VALIDATION = "validation"
    #: The server answered with an error of its own (5xx, or a 4xx it did not explain).
    SERVER = "server"
    TIMEOUT = "timeout"
    TLS = "tls"
    REFUSED = "refused"
    #: Any other failure to get an HTTP answer (DNS, reset, dropped connection).
    NETWORK = "network"
    #: This server (dialect) has no such call.
    UNSUPPORTED = "unsupported"
    #: An answer that is not what the API promises.
    PROTOCOL = "protocol"
    #: More channels than the user allows from one server.
    LIMIT = "limit"


#: Kinds after which talking to the server again right away is pointless.
UNREACHABLE = frozenset({ErrorKind.TIMEOUT, ErrorKind.TLS, ErrorKind.REFUSED, ErrorKind.NETWORK})


class ServerError(ServerFailure):
    """A failed server call; ``str()`` is one line without secrets."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        status_code: int | None = None,
        details: Mapping[str, str] | None = None,
        said: str = "",
    ):
        super().__init__(message)
        self.kind = kind
        self.status_code = status_code
        self.details = dict(details or {})
        #: The server's own words (its error message), as it said them.
        self.said = said

    @property
    def stops_sync(self) -> bool:
        """True when no further call can succeed now (logged out, or the server is out of reach)."""
        return self.kind is ErrorKind.AUTH or self.kind in UNREACHABLE

    def scrubbed(self, secrets: list[str]) -> ServerError:
        """The same error with every secret cut out of its texts, in whatever form (see ``transport.scrub``)."""
        from ..transport.scrub import scrub

        details = {key: scrub(value, secrets) for key, value in self.details.items()}
        text, said = scrub(message_of(self), secrets), scrub(self.said, secrets)
        return ServerError(self.kind, text, status_code=self.status_code, details=details, said=said)


class LoginInputError(ServerFailure, ValueError):
    """What was typed to log in cannot be used (no URL, no password, an empty token); ``str()`` says what."""


class NotSynced(ServerFailure, LookupError):
    """The channel is not on the server yet: sync first."""
