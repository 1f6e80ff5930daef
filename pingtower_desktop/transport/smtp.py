"""The SMTP exchange, with aiosmtplib: connect, secure, log in once, send, and what went wrong in a person's words.

The socket is opened here (directly, or through a proxy's tunnel) and handed to aiosmtplib, which speaks SMTP
on the event loop: one deadline covers a whole exchange, and a cancelled send closes its connection at once.
:mod:`.mail` (the targets, the message, the batch's pool) loads this module when a batch first needs it.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import time
from collections.abc import Awaitable, Iterable
from email.message import EmailMessage
from functools import cache
from typing import TypeVar

import aiosmtplib

from ..text import message_of, msg
from .mail import (
    APP_PASSWORD_DOMAINS,
    APP_PASSWORD_HINT,
    LOGIN_REFUSED,
    POLICY,
    Exchange,
    Security,
    SmtpError,
    SmtpTarget,
)
from .proxy import Proxy
from .scrub import scrub, without_encoded_words
from .trust import TRUST_FIX
from .tunnel import ProxyFailed, connected_socket, tunnel

T = TypeVar("T")


def transfer_form(message: EmailMessage, *, eight_bit_ok: bool) -> EmailMessage:
    """The message as this server may take it.

    An 8-bit body goes as it is where the server offers 8BITMIME (aiosmtplib then declares ``BODY=8BITMIME``);
    elsewhere it is re-encoded as quoted-printable (7-bit), so no relay has to guess at bytes over 127.
    """
    if message["Content-Transfer-Encoding"] != "8bit" or eight_bit_ok:
        return message
    seven_bit = EmailMessage(policy=POLICY)
    for name, value in message.items():
        if name.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            seven_bit[name] = value
    seven_bit.set_content(message.get_content(), charset="utf-8", cte="quoted-printable")
    return seven_bit


def reply_text(code: int, text: str) -> str:
    """An SMTP reply on one line, such as ``250 2.0.0 OK``."""
    return " ".join([str(code), *text.split()])


@cache
def _ehlo_name() -> str:
    return socket.getfqdn()


def _said(response: aiosmtplib.SMTPResponse) -> str:
    return reply_text(response.code, response.message)


#: A pooled session used this recently is sent on without a NOOP first (a batch sends back to back);
#: should the server have dropped it all the same, the send is made once more on a new session.
FRESH_SECONDS = 2.0

CONNECTING = msg("connecting to")
IN_TLS_HANDSHAKE = msg("in the TLS handshake with")
AWAITING_GREETING = msg("waiting for the greeting from")
TALKING = msg("talking to")
LOGGING_IN = msg("logging in to")
SENDING = msg("sending to")


class Connection:
    """One SMTP session, used by one task at a time; a failed or cancelled exchange closes it."""

    def __init__(
        self, target: SmtpTarget, ssl_context: ssl.SSLContext, timeout: float, proxy: Proxy | None = None
    ) -> None:
        self.target = target
        #: The proxy the connection goes through (HTTP CONNECT or SOCKS5), or None: direct.
        self.proxy = proxy
        self.ssl_context = ssl_context
        self.timeout = timeout
        #: The server's last reply, such as ``250 2.0.0 OK``.
        self.last_reply = ""
        #: The login on this connection sent the password itself, unencrypted.
        self.password_in_clear = False
        self._stage = CONNECTING
        self._client: aiosmtplib.SMTP | None = None
        self._last_used = 0.0

    @property
    def stage(self) -> str:
        """What the connection was doing, for error messages ("timed out after 5 s connecting to …")."""
        handshaking = self._client is None or self._client.transport is None
        if self._stage is AWAITING_GREETING and self.target.security is Security.IMPLICIT_TLS and handshaking:
            return IN_TLS_HANDSHAKE
        return self._stage

    async def send(self, message: EmailMessage) -> dict[str, aiosmtplib.SMTPResponse]:
        """Sends; returns the recipients the server refused while taking the message for the others."""
        with self._closed_on_failure():
            pooled = self._client is not None
            client = await self._ready()
            self._stage = SENDING
            try:
                refused, reply = await _send(client, message)
            except aiosmtplib.SMTPServerDisconnected:
                if not pooled:
                    raise
                self.close()  # the server dropped the pooled session between two sends: once more, on a new one
                client = await self._open()
                self._stage = SENDING
                refused, reply = await _send(client, message)
            self.last_reply = reply_text(aiosmtplib.SMTPStatus.completed, reply)  # DATA's reply: anything else raises
            self._last_used = time.monotonic()
            return refused

    async def verify(self) -> Exchange:
        """Connects, secures and logs in as configured, then says goodbye; returns the last reply before QUIT."""
        with self._closed_on_failure():
            await self._ready()
            reply = self.last_reply
        await self.quit()
        return Exchange(reply, self.password_in_clear)

    async def quit(self) -> None:
        if self._client is not None:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await self._client.quit()
        self.close()

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

    @contextlib.contextmanager
    def _closed_on_failure(self):
        try:
            yield
        except BaseException:
            self.close()
            raise

    async def _ready(self) -> aiosmtplib.SMTP:
        """The open session: a pooled one used moments ago, or idle but still answering NOOP; else a new one."""
        if self._client is not None:
            if time.monotonic() - self._last_used < FRESH_SECONDS:
                return self._client
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await self._client.noop()
                return self._client
            self.close()
        return await self._open()

    async def _open(self) -> aiosmtplib.SMTP:
        target = self.target
        self._stage = CONNECTING
        if self.proxy is None:
            sock = await connected_socket(target.bare_host, target.port)
        elif self.proxy.kind == "https":  # python-socks gives no TLS to the proxy itself
            raise ProxyFailed(msg("mail cannot go through an https:// proxy: use its http:// or socks5:// address"))
        else:
            sock = await tunnel(self.proxy, target.bare_host, target.port, self.timeout)
        self._stage = AWAITING_GREETING  # after the TLS handshake, for implicit TLS (see ``stage``)
        self._client = client = aiosmtplib.SMTP(
            hostname=target.bare_host,
            sock=sock,
            use_tls=target.security is Security.IMPLICIT_TLS,
            start_tls=False,
            tls_context=self.ssl_context,
            local_hostname=_ehlo_name(),
            timeout=None,  # one deadline for the whole exchange (``within_deadline``), not one per step
        )
        try:
            await client.connect()
        except BaseException:
            sock.close()  # aiosmtplib has closed its transport, if it had made one
            raise
        self._stage = TALKING
        self.last_reply = _said(await _hello(client))
        if target.security is Security.STARTTLS:
            if not client.supports_extension("starttls"):
                raise SmtpError(
                    msg(
                        "STARTTLS is on, but {address} does not offer it; nothing was sent unencrypted",
                        address=target.address,
                    )
                )
            self._stage = IN_TLS_HANDSHAKE
            await client.starttls(tls_context=self.ssl_context)
            self._stage = TALKING
            self.last_reply = _said(await client.ehlo())
        if target.username:
            if not client.supports_extension("auth"):
                raise SmtpError(_no_auth_message(target, offers_starttls=client.supports_extension("starttls")))
            self._stage = LOGGING_IN
            mechanism, response = await _log_in_once(client, target)
            self.last_reply = _said(response)
            self.password_in_clear = target.security is Security.PLAIN and mechanism in ("PLAIN", "LOGIN")
        self._stage = TALKING
        return client


async def _hello(client: aiosmtplib.SMTP) -> aiosmtplib.SMTPResponse:
    """EHLO, or HELO for a server that does not speak ESMTP."""
    try:
        return await client.ehlo()
    except aiosmtplib.SMTPHeloError:
        return await client.helo()


async def _send(client: aiosmtplib.SMTP, message: EmailMessage) -> tuple[dict[str, aiosmtplib.SMTPResponse], str]:
    return await client.send_message(transfer_form(message, eight_bit_ok=client.supports_extension("8bitmime")))


async def _log_in_once(client: aiosmtplib.SMTP, target: SmtpTarget) -> tuple[str, aiosmtplib.SMTPResponse]:
    """AUTH with one mechanism, the best the server offers: a refusal is final.

    A client's ``login()`` tries the next mechanism after a 535, so one wrong password counts as two
    failed logins toward the server's lockout (and waits out its delay twice). Over TLS, PLAIN is
    best (it works whatever way the server keeps passwords); on a plain connection CRAM-MD5 is,
    as it does not send the password itself.
    """
    offered = [name.upper() for name in client.server_auth_methods]
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
    log_in = {"PLAIN": client.auth_plain, "LOGIN": client.auth_login, "CRAM-MD5": client.auth_crammd5}[mechanism]
    return mechanism, await log_in(target.username, target.password)


def _wants_app_passwords(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in APP_PASSWORD_DOMAINS)


def _no_auth_message(target: SmtpTarget, *, offers_starttls: bool) -> str:
    if offers_starttls and target.security is Security.PLAIN:
        return msg("{address} allows login only after STARTTLS: turn STARTTLS on", address=target.address)
    return msg(
        "{address} does not offer login (AUTH): leave user name and password empty for a relay", address=target.address
    )


def describe(error: BaseException, connection: Connection) -> SmtpError:
    """One line that says what went wrong and, where it helps, what to do."""
    target, where, stage = connection.target, connection.target.address, connection.stage
    if isinstance(error, aiosmtplib.SMTPConnectError) and isinstance(error.__cause__, OSError):
        error = error.__cause__  # aiosmtplib wraps what went wrong while it connected (a TLS failure, a hang-up)
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
        case aiosmtplib.SMTPAuthenticationError():
            reply = _login_reply(error.code, error.message, target)
            if error.code == 535:
                verdict = APP_PASSWORD_HINT if _wants_app_passwords(target.bare_host) else LOGIN_REFUSED
                return SmtpError(msg("{verdict} ({reply})", verdict=verdict, reply=reply), reply)
            return SmtpError(msg("{where} refused the login: {reply}", where=where, reply=reply), reply)
        case aiosmtplib.SMTPRecipientsRefused():
            refusals = ((refused.recipient, refused.code, refused.message) for refused in error.recipients)
            return refused_error(refusals, msg("{where} refused every recipient", where=where))
        case aiosmtplib.SMTPSenderRefused():
            reply = reply_text(error.code, error.message)
            return SmtpError(
                msg("{where} refused the sender {sender}: {reply}", where=where, sender=error.sender, reply=reply),
                reply,
            )
        case aiosmtplib.SMTPResponseException():
            reply = reply_text(error.code, error.message)
            return SmtpError(msg("{where} answered {reply}", where=where, reply=reply), reply)
        case aiosmtplib.SMTPServerDisconnected():
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


def _login_reply(code: int, text: str, target: SmtpTarget) -> str:
    """A refusal of AUTH, quoted without the credentials: careless servers echo the exchange, and whatever
    could be base64 of it goes with them."""
    sasl = (f"\0{target.username}\0{target.password}", f"{target.username}:{target.password}", target.password)
    return without_encoded_words(scrub(reply_text(code, text), sasl))


def refused_error(refusals: Iterable[tuple[str, int, str]], verdict: str) -> SmtpError:
    """``refusals``: each refused address with the server's reply code and text."""
    replies = [(address, reply_text(code, text)) for address, code, text in refusals]
    listed = ", ".join(f"{address} ({reply})" for address, reply in replies)
    return SmtpError(msg("{verdict}: {listed}", verdict=verdict, listed=listed), replies[0][1])


async def within_deadline(connection: Connection, job: Awaitable[T]) -> T:
    """Runs one exchange within ``connection.timeout`` overall (a server that drips its answers a byte at a
    time would reset any per-read timeout). A late exchange is described as it stands when time runs out —
    which step it was in — and is then cancelled, which closes its connection."""
    task = asyncio.ensure_future(job)
    try:
        done, _ = await asyncio.wait({task}, timeout=connection.timeout)
        if not done:
            raise describe(TimeoutError(), connection)
        try:
            return task.result()
        except SmtpError:
            raise
        except Exception as error:
            raise describe(error, connection) from None
    finally:
        if not task.done():  # late, or the caller was cancelled
            task.cancel()
            await asyncio.wait({task})
