"""Real SMTP servers (aiosmtpd) on 127.0.0.1, with throwaway certificates from trustme.

Each server records what it receives and counts the TCP connections it accepted, so a test can
prove that a batch reused one connection.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

USERNAME = "alerts@example.com"
PASSWORD = "app-password-s3cret-9876"
#: Recipients at this domain are refused at RCPT with 550.
REFUSED_DOMAIN = "refused.example"


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    tls: bool
    login: str | None
    #: The MAIL FROM parameters, e.g. ``["BODY=8BITMIME"]``.
    mail_options: list[str]

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.content, policy=policy.default)


class Recorder:
    """The aiosmtpd handler: keeps every message it takes; ``eight_bit=False`` hides 8BITMIME from EHLO."""

    def __init__(self, *, eight_bit: bool = True) -> None:
        self.received: list[Received] = []
        self.eight_bit = eight_bit

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope, hostname: str, responses):
        session.host_name = hostname
        return [line for line in responses if self.eight_bit or "8BITMIME" not in line]

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str, options) -> str:
        if address.endswith("@" + REFUSED_DOMAIN):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        login = session.auth_data.login.decode() if session.authenticated else None
        tls = server.transport.get_extra_info("ssl_object") is not None
        self.received.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.original_content,
                tls,
                login,
                list(envelope.mail_options),
            )
        )
        return "250 2.0.0 OK queued"


def authenticate(server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data) -> AuthResult:
    """Accepts USERNAME/PASSWORD only; a refusal echoes what was offered, as careless servers do."""
    if isinstance(auth_data, LoginPassword) and auth_data == (USERNAME.encode(), PASSWORD.encode()):
        return AuthResult(success=True, auth_data=auth_data)
    offered = auth_data.password.decode() if isinstance(auth_data, LoginPassword) else "?"
    return AuthResult(success=False, handled=False, message=f"535 5.7.8 credentials invalid (password {offered})")


class SmtpPeer(Controller):
    """An aiosmtpd server on an ephemeral port of 127.0.0.1; ``auth_attempts`` lists every AUTH it was sent."""

    def __init__(self, *, eight_bit: bool = True, **smtp_options) -> None:
        self.recorder = Recorder(eight_bit=eight_bit)
        self.sessions: list[SMTP] = []
        self.auth_attempts: list[str] = []
        if "authenticator" in smtp_options:
            smtp_options["authenticator"] = self._counting(smtp_options["authenticator"])
        super().__init__(self.recorder, hostname="127.0.0.1", port=0, server_hostname="peer.test", **smtp_options)

    def _counting(self, authenticator):
        def counted(server, session, envelope, mechanism, auth_data):
            self.auth_attempts.append(mechanism)
            return authenticator(server, session, envelope, mechanism, auth_data)

        return counted

    async def _create_server(self) -> asyncio.AbstractServer:
        server = await self.loop.create_server(
            self._factory_invoker, host=self.hostname, port=self.port, ssl=self.ssl_context
        )
        self.port = server.sockets[0].getsockname()[1]
        return server

    def factory(self) -> SMTP:
        session = super().factory()
        self.sessions.append(session)
        return session

    def start(self) -> None:
        super().start()
        self.sessions.clear()  # forget the controller's own start-up probe

    @property
    def received(self) -> list[Received]:
        return self.recorder.received

    @property
    def connections(self) -> int:
        """TCP connections accepted since start."""
        return len(self.sessions)

    def open_connections(self) -> int:
        return sum(session.transport is not None for session in self.sessions)

    def drop_connections(self) -> None:
        """Closes every client connection from the server's side, as an idle timeout would."""

        async def drop() -> None:
            for session in self.sessions:
                if session.transport is not None:
                    session.transport.abort()
            async with asyncio.timeout(5):
                while self.open_connections():
                    await asyncio.sleep(0.01)

        asyncio.run_coroutine_threadsafe(drop(), self.loop).result()


@pytest.fixture(scope="session")
def smtp_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def smtp_server_tls(smtp_ca) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    smtp_ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    return context


@pytest.fixture
def trusting_ssl_context(smtp_ca) -> ssl.SSLContext:
    """A client context that trusts the test CA only: pass it to ``open_context(ssl_context=...)``."""
    return ssl.create_default_context(cadata=smtp_ca.cert_pem.bytes().decode())


@pytest.fixture
def untrusting_ssl_context() -> ssl.SSLContext:
    """A client context that trusts another CA, to prove certificates are verified."""
    context = ssl.create_default_context()
    trustme.CA().configure_trust(context)
    return context


def running(peer: SmtpPeer) -> Iterator[SmtpPeer]:
    peer.start()
    try:
        yield peer
    finally:
        peer.stop()


@pytest.fixture
def smtp_plain() -> Iterator[SmtpPeer]:
    """A relay without TLS or AUTH (neither STARTTLS nor AUTH is offered), like the document's port-25 example."""
    yield from running(SmtpPeer())


@pytest.fixture
def smtp_starttls(smtp_server_tls) -> Iterator[SmtpPeer]:
    """STARTTLS required before anything else, then AUTH required (USERNAME/PASSWORD)."""
    yield from running(
        SmtpPeer(
            tls_context=smtp_server_tls,
            require_starttls=True,
            authenticator=authenticate,
            auth_required=True,
            auth_require_tls=True,
        )
    )


@pytest.fixture
def smtp_implicit_tls(smtp_server_tls) -> Iterator[SmtpPeer]:
    """TLS from the first byte (as on port 465), AUTH offered (USERNAME/PASSWORD)."""
    yield from running(SmtpPeer(ssl_context=smtp_server_tls, authenticator=authenticate, auth_require_tls=False))


@pytest.fixture
def smtp_auth_in_clear() -> Iterator[SmtpPeer]:
    """AUTH offered on a connection that never becomes TLS (PLAIN and LOGIN only, as aiosmtpd offers them)."""
    yield from running(SmtpPeer(authenticator=authenticate, auth_require_tls=False))


@pytest.fixture
def smtp_seven_bit() -> Iterator[SmtpPeer]:
    """A relay that does not offer 8BITMIME: it may only be sent 7-bit bodies."""
    yield from running(SmtpPeer(eight_bit=False))


@pytest.fixture
def silent_smtp_server() -> Iterator[socket.socket]:
    """A listener whose connections the kernel completes but which never says a word (no greeting)."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(5)
        yield listener


@pytest.fixture
def closed_smtp_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]
