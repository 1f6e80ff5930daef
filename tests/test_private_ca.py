"""A company's own certificate authority: a per-channel CA certificate file (EMAIL, WEBHOOK), or SSL_CERT_FILE.

The peers' certificates come from throwaway CAs (trustme) the system does not trust; the channel
names the CA's PEM file, and delivery uses the system's trust plus that file. Verification is
never switched off.
"""

from __future__ import annotations

import asyncio

import pytest

from pingtower_desktop.channels import Channel, email, webhook
from pingtower_desktop.server.dialects import DOCUMENTED, REFERENCE
from pingtower_desktop.transport.context import open_context
from pingtower_desktop.transport.notification import Notification
from pingtower_desktop.transport.trust import TRUST_FIX, default_ssl_context
from tests.peers.http_peers import deliver
from tests.peers.smtp_peer import PASSWORD, USERNAME


@pytest.fixture
def smtp_ca_file(smtp_ca, tmp_path):
    path = tmp_path / "company-ca.pem"
    path.write_bytes(smtp_ca.cert_pem.bytes())
    return str(path)


@pytest.fixture
def https_ca_file(https_ca, tmp_path):
    path = tmp_path / "web-ca.pem"
    path.write_bytes(https_ca.cert_pem.bytes())
    return str(path)


def mail_config(peer, **changes):
    data = {
        "smtpHost": "127.0.0.1",
        "smtpPort": peer.port,
        "username": USERNAME,
        "password": PASSWORD,
        "fromEmail": "alerts@example.com",
        "toEmail": "oncall@example.com",
        "useTls": True,
    }
    return email.EMAIL.parse_config(data | changes)


def send_mail(config):
    async def main():
        async with open_context(timeout=5) as ctx:  # the system's trust, as the app runs
            return await email.send(config, Notification.test("Ops"), ctx)

    return asyncio.run(main())


def test_an_untrusted_mail_server_says_both_ways_to_trust_it(smtp_starttls):
    result = send_mail(mail_config(smtp_starttls))

    assert not result.delivered
    assert "is not trusted" in result.message and TRUST_FIX in result.message
    assert "CA certificate file" in result.message and "SSL_CERT_FILE" in result.message
    assert smtp_starttls.received == []


def test_the_channels_ca_file_makes_the_company_mail_server_trusted(smtp_starttls, smtp_ca_file):
    result = send_mail(mail_config(smtp_starttls, caFile=smtp_ca_file))

    assert result.delivered, result.message
    [received] = smtp_starttls.received
    assert received.tls


def test_check_uses_the_ca_file_too(smtp_implicit_tls, smtp_ca_file):
    config = mail_config(smtp_implicit_tls, useTls=False, useSsl=True, caFile=smtp_ca_file)

    result = deliver(lambda ctx: email.check(config, ctx))

    assert result.delivered, result.message


def test_ssl_cert_file_works_for_every_connection(smtp_starttls, smtp_ca_file, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", smtp_ca_file)

    assert send_mail(mail_config(smtp_starttls)).delivered


@pytest.mark.parametrize(
    ("name", "why"), [("missing.pem", "cannot be read"), ("not-a-cert.pem", "holds no usable PEM certificate")]
)
def test_a_bad_ca_file_is_named(smtp_starttls, tmp_path, name, why):
    path = tmp_path / name
    if name == "not-a-cert.pem":
        path.write_text("hello")

    result = send_mail(mail_config(smtp_starttls, caFile=str(path)))

    assert not result.delivered
    assert result.message.startswith(f"the CA certificate file {path} {why}")


def test_a_webhook_behind_a_private_ca(https_webhook_peer, https_ca_file):
    untrusted = webhook.WEBHOOK.parse_config({"url": https_webhook_peer.url + "/hook"})
    trusted = webhook.WEBHOOK.parse_config({"url": https_webhook_peer.url + "/hook", "caFile": https_ca_file})

    refused = deliver(lambda ctx: webhook.send(untrusted, Notification.test("Hook"), ctx))
    sent = deliver(lambda ctx: webhook.send(trusted, Notification.test("Hook"), ctx))
    checked = deliver(lambda ctx: webhook.check(trusted, ctx))

    assert not refused.delivered and TRUST_FIX in refused.message
    assert sent.delivered, sent.message
    assert checked.delivered and "valid certificate" in checked.message
    assert len(https_webhook_peer.received) == 1


def test_the_ca_file_is_this_computers_setting_and_never_goes_to_a_server(https_ca_file):
    channel = Channel.from_wire(
        {"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "https://h.example/x", "caFile": https_ca_file}}
    )

    assert channel.to_wire()["configuration"]["caFile"] == https_ca_file  # kept in channels.json and exports
    for dialect in (DOCUMENTED, REFERENCE):
        assert "caFile" not in dialect.channel_body(channel)["configuration"]


def test_the_server_connection_trusts_its_own_ca_file(capsys, https_server_context, https_ca_file):
    from tests.cli_runner import run_cli
    from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

    def cli(*argv: str, stdin: str = "") -> tuple[int, str]:
        code, out, err = run_cli(capsys, *argv, stdin=stdin)
        return code, out + err

    with PingTowerServer("documented", tls=https_server_context) as server:
        login = ("server", "login", server.url, "--email", USER_EMAIL, "--password-stdin")
        code, said = cli(*login, stdin=USER_PASSWORD)
        assert code == 1 and TRUST_FIX in said

        code, said = cli(*login, "--ca-file", https_ca_file, stdin=USER_PASSWORD)
        assert code == 0, said
        code, said = cli("server", "status")  # the CA file stays with the server settings
        assert code == 0 and said.startswith("connected:"), said


def test_the_system_store_is_read_at_the_first_tls_connection_and_trusts_ssl_cert_file(
    https_webhook_peer, https_ca_file, monkeypatch
):
    monkeypatch.setenv("SSL_CERT_FILE", https_ca_file)
    config = webhook.WEBHOOK.parse_config({"url": https_webhook_peer.url + "/hook"})
    context = default_ssl_context()
    assert context.cert_store_stats()["x509_ca"] == 0  # a plain-HTTP run never pays for reading it

    sent = deliver(lambda ctx: webhook.send(config, Notification.test("Hook"), ctx), ssl_context=context)

    assert sent.delivered, sent.message
    assert context.cert_store_stats()["x509_ca"] >= 1
    assert len(https_webhook_peer.received) == 1


def test_a_tls_key_log_is_made_owner_only_and_the_cli_says_keys_are_logged(tmp_path, monkeypatch, capsys):
    import os

    from pingtower_desktop.cli import main
    from pingtower_desktop.transport.trust import default_ssl_context

    key_log = tmp_path / "keys.log"
    monkeypatch.setenv("SSLKEYLOGFILE", str(key_log))
    old_mask = os.umask(0)
    try:
        context = default_ssl_context()
    finally:
        os.umask(old_mask)
    assert context.keylog_filename == str(key_log)
    assert key_log.stat().st_mode & 0o777 == 0o600
    assert main(["list"]) == 0
    err = capsys.readouterr().err
    assert f"TLS session keys are written to {key_log}" in err and "chmod" not in err
    key_log.chmod(0o644)
    assert main(["list"]) == 0
    assert f"other users can read it: chmod 600 {key_log}" in capsys.readouterr().err
