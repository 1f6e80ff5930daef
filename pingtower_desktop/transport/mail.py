"""E-mail as the core sees it: where and how to log in (:class:`SmtpTarget`), the message, and the pool of
connections a batch of sends shares. The SMTP exchange itself is in :mod:`.smtp` (aiosmtplib), loaded the first
time a batch sends or checks an e-mail: a run that only lists channels or tests a webhook never imports it."""

from __future__ import annotations

import asyncio
import email.policy
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from typing import TYPE_CHECKING

from ..errors import DeliveryError
from ..text import message_of, msg
from .notification import Notification, utc_now
from .proxy import Proxy
from .trust import CaFileError

if TYPE_CHECKING:
    from .smtp import Connection

APP_PASSWORD_HINT = msg("authentication failed — Gmail and others need an app password")
LOGIN_REFUSED = msg("the server refused the user name or password")
#: Mail services that refuse an account's normal password and want an app password instead.
APP_PASSWORD_DOMAINS = (
    "gmail.com",
    "googlemail.com",
    "google.com",
    "outlook.com",
    "office365.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
)


class Security(StrEnum):
    PLAIN = "plain"
    STARTTLS = "STARTTLS"
    IMPLICIT_TLS = msg("implicit TLS")


@dataclass(frozen=True)
class SmtpTarget:
    """Where and how to log in; the pool keeps one connection per distinct target."""

    host: str
    port: int
    security: Security
    username: str = ""
    password: str = field(default="", repr=False)
    #: A private certificate authority to trust besides the system's (a PEM file), or "".
    ca_file: str = ""

    @property
    def address(self) -> str:
        return f"[{self.bare_host}]:{self.port}" if ":" in self.bare_host else f"{self.host}:{self.port}"

    @property
    def bare_host(self) -> str:
        """The host without the brackets of an IPv6 literal such as ``[::1]``."""
        return self.host.strip("[]")


@dataclass(frozen=True)
class Exchange:
    """How an exchange with the server went: its last reply, and whether the password crossed in clear."""

    reply: str
    #: AUTH PLAIN or LOGIN was sent on a connection without TLS: the password travelled unencrypted.
    password_in_clear: bool = False


class SmtpError(DeliveryError):
    """A failed exchange, worded for a person; ``reply`` is the server's answer when it gave one."""

    def __init__(self, message: str, reply: str | None = None) -> None:
        super().__init__(message)
        self.reply = reply


class _HeaderClasses(HeaderRegistry):
    """The header classes of the email package, one per header name: its own registry makes a new class for
    every header it sets or reads, a third of the time it takes to build a message."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        if name not in self._made:
            self._made[name] = super().__getitem__(name)
        return self._made[name]


#: The email package's default policy (as ``EmailMessage()`` has), its header classes made once.
POLICY = email.policy.default.clone(header_factory=_HeaderClasses())


def build_message(sender: str, recipients: Sequence[str], notification: Notification) -> EmailMessage:
    """A plain-text UTF-8 e-mail with a footer naming the product and the notification's time in UTC."""
    message = EmailMessage(policy=POLICY)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Subject"] = " ".join(notification.subject.split()) or "PingTower notification"
    message["Date"] = format_datetime(utc_now())
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    moment = notification.timestamp.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    message.set_content(f"{notification.message}\n\n-- \nSent by PingTower Desktop at {moment}\n", charset="utf-8")
    return message


async def verify(
    target: SmtpTarget, ssl_context: ssl.SSLContext, timeout: float, proxy: Proxy | None = None
) -> Exchange:
    """Connect, EHLO, STARTTLS and AUTH as configured, then QUIT; no mail. Returns the last reply; raises SmtpError."""
    from .smtp import Connection, within_deadline

    connection = Connection(target, ssl_context, timeout, proxy)
    return await within_deadline(connection, connection.verify())


@dataclass
class _Slot:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    connection: Connection | None = None


class SmtpPool:
    """One open, logged-in connection per target for the length of a batch; sends on it take turns.

    Use as ``async with SmtpPool(...)``: leaving it says QUIT to every server.
    """

    def __init__(self, trust: Callable[[str], ssl.SSLContext], timeout: float) -> None:
        """``trust(ca_file)``: the SSL context for a target (raises CaFileError for a bad file)."""
        self._trust = trust
        self._timeout = timeout
        self._slots: dict[tuple[SmtpTarget, str], _Slot] = {}
        self._closed = False

    async def __aenter__(self) -> SmtpPool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def send(self, target: SmtpTarget, message: EmailMessage, proxy: Proxy | None = None) -> Exchange:
        """Sends to the message's To addresses, through ``proxy`` when one is given; returns the server's reply
        (``250 …``). Raises SmtpError."""
        if self._closed:
            raise RuntimeError(msg("this SMTP pool is closed"))
        from .smtp import Connection, refused_error, within_deadline

        slot = self._slots.setdefault((target, proxy.url() if proxy else ""), _Slot())
        async with slot.lock:
            if slot.connection is None:
                try:
                    context = self._trust(target.ca_file)
                except CaFileError as error:
                    raise SmtpError(message_of(error)) from None
                slot.connection = Connection(target, context, self._timeout, proxy)
            connection = slot.connection
            refused = await within_deadline(connection, connection.send(message))
            exchange = Exchange(connection.last_reply, connection.password_in_clear)
        if refused:
            refusals = ((address, reply.code, reply.message) for address, reply in refused.items())
            raise refused_error(
                refusals, msg("{address} took the message for the others but refused", address=target.address)
            )
        return exchange

    async def aclose(self) -> None:
        """QUIT every pooled connection, each after the send it may be busy with."""
        self._closed = True
        slots, self._slots = list(self._slots.values()), {}
        await asyncio.gather(*(self._quit(slot) for slot in slots))

    @staticmethod
    async def _quit(slot: _Slot) -> None:
        from .smtp import within_deadline

        async with slot.lock:
            if slot.connection is not None:
                await within_deadline(slot.connection, slot.connection.quit())
