"""EMAIL delivery and check against real aiosmtpd servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from email.utils import parsedate_to_datetime

import aiosmtplib
import pytest

from pingtower_desktop.channels import Channel, email
from pingtower_desktop.channels.email import EMAIL, EmailConfig
from pingtower_desktop.delivery.runner import Deliverer
from pingtower_desktop.transport import mail, smtp
from pingtower_desktop.transport.context import open_context
from pingtower_desktop.transport.notification import Notification
from pingtower_desktop.transport.proxy import Proxy
from pingtower_desktop.transport.result import DeliveryResult
from pingtower_desktop.transport.smtp import APP_PASSWORD_HINT, LOGIN_REFUSED
from tests.peers.smtp_peer import PASSWORD, REFUSED_DOMAIN, USERNAME, SmtpPeer

TO = "oncall@example.com, boss@example.com"
MESSAGE = "Disk ≥ 90 % on db-1 — nächste Prüfung in 5 min"


def config(port: int, **overrides) -> EmailConfig:
    data = {
        "smtpHost": "127.0.0.1",
        "smtpPort": port,
        "fromEmail": "alerts@example.com",
        "toEmail": TO,
        "useTls": False,
        "useSsl": False,
    }
    return EMAIL.parse_config(data | overrides)


def starttls(peer: SmtpPeer, password: str = PASSWORD, **overrides) -> EmailConfig:
    return config(peer.port, useTls=True, username=USERNAME, password=password, **overrides)


def implicit_tls(peer: SmtpPeer, password: str = PASSWORD) -> EmailConfig:
    return config(peer.port, useSsl=True, username=USERNAME, password=password)


def send_batch(configs: list[EmailConfig], ssl_context: ssl.SSLContext | None = None, timeout: float = 5.0):
    """Sends one test e-mail per config, one after the other, in one ``open_context`` batch."""

    async def main() -> list[DeliveryResult]:
        async with open_context(ssl_context=ssl_context, timeout=timeout) as ctx:
            return [await email.send(c, Notification.test("Ops mail", MESSAGE), ctx) for c in configs]

    return asyncio.run(main())


def check(cfg: EmailConfig, ssl_context: ssl.SSLContext | None = None, timeout: float = 5.0) -> DeliveryResult:
    async def main() -> DeliveryResult:
        async with open_context(ssl_context=ssl_context, timeout=timeout) as ctx:
            return await email.check(cfg, ctx)

    return asyncio.run(main())


def assert_no_password(result: DeliveryResult, password: str) -> None:
    assert password not in result.message
    assert password not in (result.reply or "")


def test_plain_relay_gets_a_clear_plain_text_utf8_message(smtp_plain):
    [result] = send_batch([config(smtp_plain.port)])

    assert result.delivered, result.message
    assert result.reply == "250 2.0.0 OK queued"
    assert "oncall@example.com" in result.message
    [received] = smtp_plain.received
    assert received.mail_from == "alerts@example.com"
    assert received.rcpt_tos == ["oncall@example.com", "boss@example.com"]
    assert not received.tls and received.login is None
    message = received.message
    assert message["From"] == "alerts@example.com"
    assert message["To"] == TO
    assert message["Subject"] == "PingTower test: Ops mail"
    assert message["Message-ID"].endswith("@example.com>")
    assert parsedate_to_datetime(message["Date"]).utcoffset() is not None
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    body = message.get_content().replace("\r\n", "\n")
    assert body.startswith(MESSAGE + "\n")
    assert "Sent by PingTower Desktop at " in body and body.rstrip().endswith(" UTC")


def test_starttls_with_login_delivers_over_tls(smtp_starttls, trusting_ssl_context):
    [result] = send_batch([starttls(smtp_starttls)], trusting_ssl_context)

    assert result.delivered, result.message
    assert result.reply == "250 2.0.0 OK queued"
    [received] = smtp_starttls.received
    assert received.tls and received.login == USERNAME
    assert received.message.get_content().startswith(MESSAGE)


def test_implicit_tls_with_login_delivers_over_tls(smtp_implicit_tls, trusting_ssl_context):
    [result] = send_batch([implicit_tls(smtp_implicit_tls)], trusting_ssl_context)

    assert result.delivered, result.message
    [received] = smtp_implicit_tls.received
    assert received.tls and received.login == USERNAME


@pytest.mark.parametrize("build", [starttls, implicit_tls], ids=["starttls", "implicit-tls"])
def test_wrong_password_costs_one_login_and_is_never_shown(request, build, trusting_ssl_context):
    peer = request.getfixturevalue("smtp_starttls" if build is starttls else "smtp_implicit_tls")
    wrong = "wrong-password-Zq81xx"

    [result] = send_batch([build(peer, password=wrong)], trusting_ssl_context)

    assert not result.delivered
    assert peer.auth_attempts == ["PLAIN"]  # a client's login() would try LOGIN after the 535 too
    assert result.message.startswith(LOGIN_REFUSED)  # not Gmail: no app-password advice
    assert result.reply.startswith("535 5.7.8")
    assert "••••" in result.reply  # the server echoed the password; it was cut out
    assert_no_password(result, wrong)
    assert peer.received == []


@pytest.mark.parametrize("build", [starttls, implicit_tls], ids=["starttls", "implicit-tls"])
def test_certificate_from_an_untrusted_ca_is_a_tls_failure(request, build, untrusting_ssl_context):
    peer = request.getfixturevalue("smtp_starttls" if build is starttls else "smtp_implicit_tls")

    [result] = send_batch([build(peer)], untrusting_ssl_context)

    assert not result.delivered
    assert result.message.startswith("TLS failure: the certificate of 127.0.0.1:")
    assert "not trusted" in result.message
    assert_no_password(result, PASSWORD)
    assert peer.received == []


def test_starttls_never_falls_back_to_plain_when_the_server_does_not_offer_it(smtp_plain):
    [result] = send_batch([config(smtp_plain.port, useTls=True)])

    assert not result.delivered
    assert result.message == (
        f"STARTTLS is on, but 127.0.0.1:{smtp_plain.port} does not offer it; nothing was sent unencrypted"
    )
    assert smtp_plain.received == []


def test_implicit_tls_against_a_plain_server_is_a_tls_failure(smtp_plain, trusting_ssl_context):
    [result] = send_batch([config(smtp_plain.port, useSsl=True)], trusting_ssl_context)

    assert not result.delivered
    assert result.message.startswith(f"TLS failure with 127.0.0.1:{smtp_plain.port}")
    assert "implicit TLS" in result.message


def test_login_against_a_relay_without_auth_says_so(smtp_plain):
    [result] = send_batch([config(smtp_plain.port, username=USERNAME, password=PASSWORD)])

    assert not result.delivered
    assert "does not offer login (AUTH)" in result.message
    assert_no_password(result, PASSWORD)


@pytest.mark.parametrize(
    ("to", "verdict"),
    [
        (f"oncall@example.com, nobody@{REFUSED_DOMAIN}", "took the message for the others but refused"),
        (f"nobody@{REFUSED_DOMAIN}", "refused every recipient"),
    ],
)
def test_refused_recipient_shows_the_smtp_reply(smtp_plain, to, verdict):
    [result] = send_batch([config(smtp_plain.port, toEmail=to)])

    assert not result.delivered
    assert verdict in result.message
    assert f"nobody@{REFUSED_DOMAIN} (550 5.1.1 mailbox unavailable)" in result.message
    assert result.reply == "550 5.1.1 mailbox unavailable"


def test_closed_port_is_connection_refused(closed_smtp_port):
    [result] = send_batch([config(closed_smtp_port)])

    assert not result.delivered
    assert result.message.startswith(f"connection refused by 127.0.0.1:{closed_smtp_port}")


def test_server_that_never_greets_times_out(silent_smtp_server):
    port = silent_smtp_server.getsockname()[1]

    [result] = send_batch([config(port)], timeout=0.3)

    assert not result.delivered
    assert result.message == f"timed out after 0.3 s waiting for the greeting from 127.0.0.1:{port}"


def test_cancelling_a_send_shuts_the_socket_and_raises_cancelled(silent_smtp_server):
    port = silent_smtp_server.getsockname()[1]

    async def main() -> bytes:
        async with open_context(timeout=60) as ctx:
            task = asyncio.create_task(email.send(config(port), Notification.test("Ops mail"), ctx))
            server_side, _ = await asyncio.to_thread(silent_smtp_server.accept)
            with server_side:
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                server_side.settimeout(5)
                # End of stream, not a 5 s timeout: the worker thread's socket was shut down.
                return await asyncio.to_thread(server_side.recv, 1)

    assert asyncio.run(main()) == b""


def test_one_batch_reuses_one_connection_and_a_new_batch_opens_another(smtp_starttls, trusting_ssl_context):
    async def batch(count: int) -> list[DeliveryResult]:
        async with open_context(ssl_context=trusting_ssl_context, timeout=5) as ctx:
            sends = [
                email.send(starttls(smtp_starttls, toEmail=f"person{i}@example.com"), Notification.test("Ops"), ctx)
                for i in range(count)
            ]
            return await asyncio.gather(*sends)  # concurrent sends take turns on the one connection

    first = asyncio.run(batch(5))
    assert all(result.delivered for result in first), [result.message for result in first]
    assert smtp_starttls.connections == 1
    # the batch said QUIT at its end; the server notices the hang-up a moment after the client
    deadline = time.monotonic() + 5
    while smtp_starttls.open_connections() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert smtp_starttls.open_connections() == 0

    asyncio.run(batch(1))
    assert smtp_starttls.connections == 2
    assert sorted(r.rcpt_tos[0] for r in smtp_starttls.received) == sorted(
        [f"person{i}@example.com" for i in range(5)] + ["person0@example.com"]
    )


def test_fifty_channels_tested_at_once_share_one_connection(smtp_starttls, trusting_ssl_context):
    channels = [
        Channel(f"mail {i}", EMAIL, starttls(smtp_starttls, toEmail=f"person{i}@example.com")) for i in range(50)
    ]

    async def main() -> list[DeliveryResult]:
        deliverer = Deliverer(ssl_context=trusting_ssl_context, timeout=5)
        return [result async for _, result in deliverer.test_many(channels)]

    results = asyncio.run(main())

    assert all(result.delivered for result in results), {result.message for result in results}
    assert len(smtp_starttls.received) == 50
    assert smtp_starttls.connections == 1


def test_a_wrong_password_does_not_ride_on_a_connection_logged_in_with_the_right_one(
    smtp_starttls, trusting_ssl_context
):
    good, bad = send_batch([starttls(smtp_starttls), starttls(smtp_starttls, password="not-it")], trusting_ssl_context)

    assert good.delivered
    assert not bad.delivered and bad.message.startswith(LOGIN_REFUSED)
    assert len(smtp_starttls.received) == 1


@pytest.mark.parametrize("fresh_seconds", [0.0, 60.0], ids=["idle: NOOP finds it gone", "busy: the send finds it gone"])
def test_a_pooled_connection_the_server_dropped_is_reopened(
    smtp_starttls, trusting_ssl_context, monkeypatch, fresh_seconds
):
    monkeypatch.setattr(smtp, "FRESH_SECONDS", fresh_seconds)

    async def main() -> list[DeliveryResult]:
        async with open_context(ssl_context=trusting_ssl_context, timeout=5) as ctx:
            first = await email.send(starttls(smtp_starttls), Notification.test("Ops"), ctx)
            await asyncio.to_thread(smtp_starttls.drop_connections)
            second = await email.send(starttls(smtp_starttls), Notification.test("Ops"), ctx)
            return [first, second]

    results = asyncio.run(main())

    assert [result.delivered for result in results] == [True, True], [result.message for result in results]
    assert smtp_starttls.connections == 2
    assert len(smtp_starttls.received) == 2


def test_check_with_good_credentials_logs_in_and_sends_nothing(smtp_starttls, trusting_ssl_context):
    result = check(starttls(smtp_starttls), trusting_ssl_context)

    assert result.delivered, result.message
    assert result.message == (
        f"connected to 127.0.0.1:{smtp_starttls.port}, STARTTLS with a trusted certificate, "
        f"logged in as {USERNAME}; no mail sent"
    )
    assert result.reply == "235 2.7.0 Authentication successful"
    assert smtp_starttls.received == []
    assert smtp_starttls.connections == 1


def test_check_with_bad_credentials_fails_after_one_login(smtp_implicit_tls, trusting_ssl_context):
    wrong = "wrong-password-Zq81xx"

    result = check(implicit_tls(smtp_implicit_tls, password=wrong), trusting_ssl_context)

    assert not result.delivered
    assert result.message.startswith(LOGIN_REFUSED)
    assert smtp_implicit_tls.auth_attempts == ["PLAIN"]
    assert_no_password(result, wrong)


def test_check_of_a_plain_relay_says_what_it_verified(smtp_plain):
    result = check(config(smtp_plain.port))

    assert result.delivered
    assert result.message == f"connected to 127.0.0.1:{smtp_plain.port}, no login configured; no mail sent"
    assert result.reply.startswith("250 peer.test")


def test_check_of_a_silent_server_times_out(silent_smtp_server):
    port = silent_smtp_server.getsockname()[1]

    result = check(config(port), timeout=0.3)

    assert not result.delivered
    assert "timed out after 0.3 s" in result.message


def test_unknown_host_name_is_named(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)

    [result] = send_batch([config(25, smtpHost="smtp.invalid")])

    assert result.message == "cannot find the SMTP server 'smtp.invalid' (name lookup failed)"


@pytest.mark.parametrize(
    ("host", "advice"),
    [
        ("smtp.gmail.com", APP_PASSWORD_HINT),
        ("smtp-mail.outlook.com", APP_PASSWORD_HINT),
        ("smtp.office365.com", APP_PASSWORD_HINT),
        ("smtp.mail.yahoo.com", APP_PASSWORD_HINT),
        ("mail.yourcompany.com", LOGIN_REFUSED),
        ("notgmail.com", LOGIN_REFUSED),
    ],
)
def test_app_passwords_are_named_only_for_the_services_that_need_them(host, advice):
    target = smtp.SmtpTarget(host, 587, smtp.Security.STARTTLS, USERNAME, "pw")
    connection = smtp.Connection(target, ssl.create_default_context(), 5)
    refused = aiosmtplib.SMTPAuthenticationError(535, "5.7.8 Username and Password not accepted")

    assert str(smtp.describe(refused, connection)) == f"{advice} (535 5.7.8 Username and Password not accepted)"


def test_an_8bit_body_is_declared_where_the_server_offers_8bitmime(smtp_plain):
    [result] = send_batch([config(smtp_plain.port)])

    assert result.delivered, result.message
    [received] = smtp_plain.received
    assert "BODY=8BITMIME" in received.mail_options
    assert received.message["Content-Transfer-Encoding"] == "8bit"
    assert received.message.get_content().startswith(MESSAGE)


def test_without_8bitmime_the_body_travels_in_7_bits_and_reads_the_same(smtp_seven_bit):
    russian = "Сервис db-1 недоступен: диск заполнен на 97 %"

    async def main() -> DeliveryResult:
        async with open_context(timeout=5) as ctx:
            return await email.send(config(smtp_seven_bit.port), Notification.test("Ops", russian), ctx)

    result = asyncio.run(main())

    assert result.delivered, result.message
    [received] = smtp_seven_bit.received
    assert not any(option.startswith("BODY=") for option in received.mail_options)
    assert max(received.content) < 128  # every byte on the wire is 7-bit
    assert received.message["Content-Transfer-Encoding"] == "quoted-printable"
    assert received.message.get_content().startswith(russian)
    assert received.message["Subject"] == "PingTower test: Ops"


def test_a_login_without_tls_is_warned_of_in_the_form_and_in_the_result(smtp_auth_in_clear, monkeypatch):
    in_clear = {"useTls": False, "username": USERNAME, "password": PASSWORD}
    remote = EMAIL.parse_config({**in_clear, "smtpHost": "mail.example.com", "fromEmail": "a@example.com",
                                 "toEmail": "b@example.com"})  # fmt: skip
    assert [(w.field, w.message) for w in remote.warnings()] == [("useTls", email.CLEAR_LOGIN)]
    assert config(smtp_auth_in_clear.port, **in_clear).warnings() == []  # this computer: no network crossed
    assert starttls(smtp_auth_in_clear).warnings() == []

    monkeypatch.setattr(email, "is_loopback", lambda host: False)  # the peer on loopback stands for a remote relay
    (sent,) = send_batch([config(smtp_auth_in_clear.port, **in_clear)])
    checked = check(config(smtp_auth_in_clear.port, **in_clear))
    for result in (sent, checked):
        assert result.delivered and f"warning: {email.SENT_IN_CLEAR}" in result.message, result.message
    assert smtp_auth_in_clear.received[0].login == USERNAME
    (relay,) = send_batch([config(smtp_auth_in_clear.port)])  # no login, nothing to warn of
    assert relay.delivered and "warning" not in relay.message


def test_mail_is_refused_an_https_proxy_before_anything_is_sent(closed_smtp_port):
    target = smtp.SmtpTarget("127.0.0.1", closed_smtp_port, smtp.Security.PLAIN)
    proxy = Proxy.parse(f"https://127.0.0.1:{closed_smtp_port}")

    with pytest.raises(smtp.SmtpError) as refused:
        asyncio.run(mail.verify(target, ssl.create_default_context(), 5, proxy))

    assert str(refused.value) == "mail cannot go through an https:// proxy: use its http:// or socks5:// address"
