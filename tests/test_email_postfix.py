"""EMAIL against Debian's Postfix with Dovecot SASL on 127.0.0.1 (tests/peers/postfix_peer.py)."""

from __future__ import annotations

import asyncio

from pingtower_desktop.channels import email
from pingtower_desktop.transport.context import open_context
from pingtower_desktop.transport.notification import Notification
from pingtower_desktop.transport.smtp import LOGIN_REFUSED
from tests.peers.postfix_peer import PASSWORD, USERNAME, MailServer


def config(server: MailServer, password: str = PASSWORD) -> email.EmailConfig:
    return email.EMAIL.parse_config(
        {
            "smtpHost": "127.0.0.1",
            "smtpPort": server.port,
            "username": USERNAME,
            "password": password,
            "fromEmail": USERNAME,
            "toEmail": "oncall@example.com",
            "useTls": True,
            "caFile": server.ca_file,  # the company's own CA
        }
    )


def run(call):
    async def main():
        async with open_context(timeout=20) as ctx:
            return await call(ctx)

    return asyncio.run(main())


def test_the_right_password_delivers_over_starttls(postfix_server):
    """First: after failed logins Dovecot slows every attempt from the same address down (its penalty)."""
    before = postfix_server.accepted()

    result = run(lambda ctx: email.send(config(postfix_server), Notification.test("Ops", "Диск заполнен"), ctx))

    assert result.delivered, result.message
    assert result.message == f"sent to oncall@example.com via 127.0.0.1:{postfix_server.port} (STARTTLS)"
    for _ in range(100):  # Postfix hands the message to its discard service a moment later
        if postfix_server.accepted() > before:
            break
        asyncio.run(asyncio.sleep(0.05))
    assert postfix_server.accepted() == before + 1


def test_one_wrong_password_is_one_failed_login_at_dovecot(postfix_server):
    before = postfix_server.failed_logins()

    result = run(lambda ctx: email.send(config(postfix_server, "not-the-password"), Notification.test("Ops"), ctx))

    assert not result.delivered
    assert result.message.startswith(f"{LOGIN_REFUSED} (535 5.7.8")
    assert "not-the-password" not in result.message
    assert postfix_server.failed_logins() - before == 1  # a client's login() would have tried LOGIN as well


def test_check_with_a_wrong_password_counts_once_too(postfix_server):
    before = postfix_server.failed_logins()
    result = run(lambda ctx: email.check(config(postfix_server, "still-wrong"), ctx))
    assert not result.delivered and postfix_server.failed_logins() - before == 1
