"""SMTP delivery with smtplib: the message, the three connection modes, a per-batch pool, and error wording.

smtplib blocks, so every exchange runs in a worker thread with socket timeouts. A cancelled task shuts
the connection's socket down, so its thread returns at once instead of waiting out the timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from functools import cache
from typing import TypeVar

from ..errors import DeliveryError
from ..text import message_of, msg
from .notification import Notification, utc_now
from .proxy import Proxy
from .scrub import scrub, without_encoded_words
from .trust import TRUST_FIX, CaFileError
from .tunnel import ProxyFailed, tunnel

T = TypeVar("T")

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


def build_message(sender: str, recipients: Sequence[str], notification: Notification) -> EmailMessage:
    """A plain-text UTF-8 e-mail with a footer naming the product and the notification's time in UTC."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Subject"] = " ".join(notification.subject.split()) or "PingTower notification"
    message["Date"] = format_datetime(utc_now())
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    moment = notification.timestamp.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    message.set_content(f"{notification.message}\n\n-- \nSent by PingTower Desktop at {moment}\n", charset="utf-8")
    return message


def transfer_form(message: EmailMessage, *, eight_bit_ok: bool) -> tuple[EmailMessage, tuple[str, ...]]:
    """The message as this server may take it, and the MAIL FROM options that say so.

    An 8-bit body is declared with ``BODY=8BITMIME`` where the server offers it; elsewhere it is
    re-encoded as quoted-printable (7-bit), so no relay has to guess at bytes over 127.
    """
    if message["Content-Transfer-Encoding"] != "8bit":
        return message, ()
    if eight_bit_ok:
        return message, ("BODY=8BITMIME",)
    seven_bit = EmailMessage()
    for name, value in message.items():
        if name.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            seven_bit[name] = value
    seven_bit.set_content(message.get_content(), charset="utf-8", cte="quoted-printable")
    return seven_bit, ()


def reply_text(code: int, text: bytes | str) -> str:
    """An SMTP reply on one line, such as ``250 2.0.0 OK``."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join([str(code), *text.split()])


@cache
def _ehlo_name() -> str:
    return socket.getfqdn()


class _Smtp(smtplib.SMTP):
    """smtplib's client, opening its socket through the owning connection and keeping the last reply."""

    def __init__(self, connection: _Connection) -> None:
        """Connects and reads the greeting (raising SMTPConnectError unless it is 220)."""
        self._connection = connection
        self.last_reply = ""
        target = connection.target
        super().__init__(target.bare_host, target.port, local_hostname=_ehlo_name(), timeout=connection.timeout)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return self._connection.open_socket(host, port, timeout)

    def getreply(self) -> tuple[int, bytes]:
        code, text = super().getreply()
        self.last_reply = reply_text(code, text)
        return code, text


#: A pooled session used this recently is sent on without a NOOP first (a batch sends back to back);
#: should the server have dropped it all the same, the send is made once more on a new session.
FRESH_SECONDS = 2.0


class _Connection:
    """One SMTP session, used by one worker thread at a time; :meth:`abort` may be called from any thread."""

    def __init__(
        self, target: SmtpTarget, ssl_context: ssl.SSLContext, timeout: float, proxy: Proxy | None = None
    ) -> None:
        self.target = target
        #: The proxy the connection goes through (HTTP CONNECT or SOCKS5), or None: direct.
        self.proxy = proxy
        self.ssl_context = ssl_context
        self.timeout = timeout
        #: What the worker was doing, for error messages ("timed out after 5 s connecting to …").
        self.stage = msg("connecting to")
        self.aborted = False
        #: The login on this connection sent the password itself, unencrypted.
        self.password_in_clear = False
        self._smtp: _Smtp | None = None
        self._last_used = 0.0
        self._guard = threading.Lock()
        #: A duplicate of the socket's descriptor: shutting it down ends the connection whatever TLS wraps it.
        self._handle: socket.socket | None = None

    def abort(self) -> None:
        with self._guard:
            self.aborted = True
            if self._handle is not None:
                with contextlib.suppress(OSError):
                    self._handle.shutdown(socket.SHUT_RDWR)

    def open_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        if self.proxy is not None:
            return self._secured(tunnel(self.proxy, host, port, timeout, self._watch), host)
        last_error: OSError = OSError(msg("no address found for {host}", host=host))
        for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
            sock = socket.socket(family, kind, proto)
            try:
                self._watch(sock)
                sock.settimeout(timeout)
                sock.connect(address)
            except OSError as error:
                self._unwatch()
                sock.close()
                last_error = error
                continue
            return self._secured(sock, host)
        raise last_error

    def _secured(self, sock: socket.socket, host: str) -> socket.socket:
        """The connected socket, in TLS from the start where the target asks for implicit TLS."""
        if self.target.security is Security.IMPLICIT_TLS:
            self.stage = msg("in the TLS handshake with")
            sock = self.ssl_context.wrap_socket(sock, server_hostname=host)
        self.stage = msg("waiting for the greeting from")
        return sock

    def _watch(self, sock: socket.socket) -> None:
        with self._guard:
            if self.aborted:
                raise ConnectionAbortedError("cancelled")
            self._handle = sock.dup()

    def _unwatch(self) -> None:
        with self._guard:
            handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()

    # Everything below runs in a worker thread.

    def send(self, message: EmailMessage) -> tuple[str, dict[str, tuple[int, bytes]]]:
        """The server's reply to the message, and the recipients it refused while taking it for the others."""
        with self._closed_on_failure():
            pooled = self._smtp is not None
            smtp = self._ready()
            self.stage = msg("sending to")
            try:
                refused = _send(smtp, message)
            except smtplib.SMTPServerDisconnected:
                if not pooled:
                    raise
                self.close()  # the server dropped the pooled session between two sends: once more, on a new one
                smtp = self._open()
                self.stage = msg("sending to")
                refused = _send(smtp, message)
            self._last_used = time.monotonic()
            return smtp.last_reply, refused

    def verify(self) -> Exchange:
        """Connects, secures and logs in as configured, then says goodbye; returns the last reply before QUIT."""
        with self._closed_on_failure():
            reply = self._ready().last_reply
        self.quit()
        return Exchange(reply, self.password_in_clear)

    def quit(self) -> None:
        if self._smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._smtp.quit()
        self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()
        self._unwatch()

    @contextlib.contextmanager
    def _closed_on_failure(self):
        try:
            yield
        except BaseException:
            self.close()
            raise

    def _ready(self) -> _Smtp:
        """The open session: a pooled one used moments ago, or idle but still answering NOOP; else a new one."""
        if self._smtp is not None:
            if time.monotonic() - self._last_used < FRESH_SECONDS:
                return self._smtp
            with contextlib.suppress(smtplib.SMTPException, OSError):
                if self._smtp.noop()[0] == 250:
                    return self._smtp
            self.close()
        return self._open()

    def _open(self) -> _Smtp:
        target = self.target
        self.stage = msg("connecting to")
        self._smtp = smtp = _Smtp(self)
        self.stage = msg("talking to")
        smtp.ehlo_or_helo_if_needed()
        if target.security is Security.STARTTLS:
            if not smtp.has_extn("starttls"):
                raise SmtpError(
                    msg(
                        "STARTTLS is on, but {address} does not offer it; nothing was sent unencrypted",
                        address=target.address,
                    )
                )
            self.stage = msg("in the TLS handshake with")
            smtp.starttls(context=self.ssl_context)
            self.stage = msg("talking to")
            code, text = smtp.ehlo()
            if code != 250:
                raise smtplib.SMTPHeloError(code, text)
        if target.username:
            if not smtp.has_extn("auth"):
                raise SmtpError(_no_auth_message(target, offers_starttls=smtp.has_extn("starttls")))
            self.stage = msg("logging in to")
            mechanism = _log_in_once(smtp, target)
            self.password_in_clear = target.security is Security.PLAIN and mechanism in ("PLAIN", "LOGIN")
        self.stage = msg("talking to")
        return smtp


def _send(smtp: _Smtp, message: EmailMessage) -> dict[str, tuple[int, bytes]]:
    form, options = transfer_form(message, eight_bit_ok=smtp.has_extn("8bitmime"))
    return smtp.send_message(form, mail_options=options)


def _log_in_once(smtp: _Smtp, target: SmtpTarget) -> str:
    """AUTH with one mechanism, the best the server offers: a refusal is final.

    smtplib's ``login()`` tries the next mechanism after a 535, so one wrong password counts as two
    failed logins toward the server's lockout (and waits out its delay twice). Over TLS, PLAIN is
    best (it works whatever way the server keeps passwords); on a plain connection CRAM-MD5 is,
    as it does not send the password itself.
    """
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    order = ("CRAM-MD5", "PLAIN", "LOGIN") if target.security is Security.PLAIN else ("PLAIN", "LOGIN", "CRAM-MD5")
    mechanism = next((name for name in order if name in offered), None)
    if mechanism is None:
        raise SmtpError(
            msg(
                "{address} offers no login method this app speaks ({value})",
                address=target.address,
                value=" ".join(offered) or "none",
            )
        )
    smtp.user, smtp.password = target.username, target.password
    smtp.auth(mechanism, getattr(smtp, "auth_" + mechanism.lower().replace("-", "_")))
    return mechanism


def _wants_app_passwords(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in APP_PASSWORD_DOMAINS)


def _no_auth_message(target: SmtpTarget, *, offers_starttls: bool) -> str:
    if offers_starttls and target.security is Security.PLAIN:
        return msg("{address} allows login only after STARTTLS: turn STARTTLS on", address=target.address)
    return msg(
        "{address} does not offer login (AUTH): leave user name and password empty for a relay", address=target.address
    )


def describe(error: BaseException, connection: _Connection) -> SmtpError:
    """One line that says what went wrong and, where it helps, what to do."""
    target, where, stage = connection.target, connection.target.address, connection.stage
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(error.__context__, OSError):
        error = error.__context__  # smtplib hides socket timeouts and TLS errors behind "unexpectedly closed"
    match error:
        case SmtpError():
            return error
        case ProxyFailed():
            return SmtpError(message_of(error))
        case TimeoutError():
            hint = msg(" — port 465 usually needs implicit TLS") if target.port == 465 and "greeting" in stage else ""
            return SmtpError(
                msg(
                    "timed out after {timeout} s {stage} {where}{hint}",
                    timeout=f"{connection.timeout:g}",
                    stage=stage,
                    where=where,
                    hint=hint,
                )
            )
        case ssl.SSLCertVerificationError():
            return SmtpError(
                msg(
                    "TLS failure: the certificate of {where} is not trusted — {verify_message}; {TRUST_FIX}",
                    where=where,
                    verify_message=error.verify_message,
                    TRUST_FIX=TRUST_FIX,
                )
            )
        case ssl.SSLError():
            hint = ""
            if target.security is Security.IMPLICIT_TLS:
                hint = msg(" — does this port speak implicit TLS? (465 does; 587 uses STARTTLS)")
            return SmtpError(
                msg("TLS failure with {where}: {value}{hint}", where=where, value=error.reason or error, hint=hint)
            )
        case smtplib.SMTPAuthenticationError():
            reply = _login_reply(error.smtp_code, error.smtp_error, target)
            if error.smtp_code == 535:
                verdict = APP_PASSWORD_HINT if _wants_app_passwords(target.bare_host) else LOGIN_REFUSED
                return SmtpError(msg("{verdict} ({reply})", verdict=verdict, reply=reply), reply)
            return SmtpError(msg("{where} refused the login: {reply}", where=where, reply=reply), reply)
        case smtplib.SMTPRecipientsRefused():
            return _refused(error.recipients, msg("{where} refused every recipient", where=where))
        case smtplib.SMTPSenderRefused():
            reply = reply_text(error.smtp_code, error.smtp_error)
            return SmtpError(
                msg("{where} refused the sender {sender}: {reply}", where=where, sender=error.sender, reply=reply),
                reply,
            )
        case smtplib.SMTPResponseException():
            reply = reply_text(error.smtp_code, error.smtp_error)
            return SmtpError(msg("{where} answered {reply}", where=where, reply=reply), reply)
        case smtplib.SMTPServerDisconnected():
            return SmtpError(msg("{where} closed the connection unexpectedly", where=where))
        case ConnectionRefusedError():
            return SmtpError(
                msg("connection refused by {where} — is the SMTP server running and the port right?", where=where)
            )
        case socket.gaierror():
            return SmtpError(msg("cannot find the SMTP server '{host}' (name lookup failed)", host=target.host))
        case OSError():
            return SmtpError(
                msg("network error {stage} {where}: {value}", stage=stage, where=where, value=error.strerror or error)
            )
        case _:
            return SmtpError(msg("SMTP error {stage} {where}: {error}", stage=stage, where=where, error=error))


def _login_reply(code: int, text: bytes | str, target: SmtpTarget) -> str:
    """A refusal of AUTH, quoted without the credentials: careless servers echo the exchange, and whatever
    could be base64 of it goes with them."""
    sasl = (f"\0{target.username}\0{target.password}", f"{target.username}:{target.password}", target.password)
    return without_encoded_words(scrub(reply_text(code, text), sasl))


def _refused(recipients: dict[str, tuple[int, bytes]], verdict: str) -> SmtpError:
    replies = [reply_text(code, text) for code, text in recipients.values()]
    listed = ", ".join(f"{address} ({reply})" for address, reply in zip(recipients, replies, strict=True))
    return SmtpError(msg("{verdict}: {listed}", verdict=verdict, listed=listed), replies[0])


async def _in_thread(connection: _Connection, job: Callable[..., T], *args: object) -> T:
    """Runs a blocking job within ``connection.timeout`` overall (a server that drips its answers a byte at a
    time resets a socket's timeout at every byte); a cancelled or late job aborts the connection, so that
    its thread returns at once."""
    try:
        async with asyncio.timeout(connection.timeout):
            return await _aborting(connection, asyncio.to_thread(job, *args))
    except TimeoutError:
        raise describe(TimeoutError(), connection) from None
    except SmtpError:
        raise
    except Exception as error:
        raise describe(error, connection) from None


async def _aborting(connection: _Connection, job: Awaitable[T]) -> T:
    try:
        return await job
    except asyncio.CancelledError:
        connection.abort()
        raise


async def verify(
    target: SmtpTarget, ssl_context: ssl.SSLContext, timeout: float, proxy: Proxy | None = None
) -> Exchange:
    """Connect, EHLO, STARTTLS and AUTH as configured, then QUIT; no mail. Returns the last reply; raises SmtpError."""
    connection = _Connection(target, ssl_context, timeout, proxy)
    return await _in_thread(connection, connection.verify)


@dataclass
class _Slot:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    connection: _Connection | None = None


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
        slot = self._slots.setdefault((target, proxy.url() if proxy else ""), _Slot())
        async with slot.lock:
            if slot.connection is None or slot.connection.aborted:
                try:
                    context = self._trust(target.ca_file)
                except CaFileError as error:
                    raise SmtpError(message_of(error)) from None
                slot.connection = _Connection(target, context, self._timeout, proxy)
            reply, refused = await _in_thread(slot.connection, slot.connection.send, message)
        if refused:
            raise _refused(
                refused, msg("{address} took the message for the others but refused", address=target.address)
            )
        return Exchange(reply, slot.connection.password_in_clear)

    async def aclose(self) -> None:
        """QUIT every pooled connection, each after the send it may be busy with."""
        self._closed = True
        slots, self._slots = list(self._slots.values()), {}
        await asyncio.gather(*(self._quit(slot) for slot in slots))

    @staticmethod
    async def _quit(slot: _Slot) -> None:
        async with slot.lock:
            # An aborted connection is closed by the thread that was using it.
            if slot.connection is not None and not slot.connection.aborted:
                await _in_thread(slot.connection, slot.connection.quit)
