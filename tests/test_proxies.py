"""Delivery through real proxies (tinyproxy, microsocks) to targets only the proxy can resolve: every channel
type and the PingTower server through HTTP CONNECT / the absolute form and through SOCKS5, mail with
STARTTLS through SOCKS5, a refused proxy login in the proxy's own words (the password nowhere), loopback
direct while the proxy is down, and the watch's checks through the proxy."""

from __future__ import annotations

import asyncio
import ssl

import pytest
import trustme

from pingtower_desktop.channels import Channel
from pingtower_desktop.delivery.history import History
from pingtower_desktop.delivery.runner import Deliverer
from pingtower_desktop.server.service import ServerService
from pingtower_desktop.storage import AppPaths, SecretStore
from pingtower_desktop.storage.repository import ChannelRepository
from pingtower_desktop.transport.proxy import Proxy, ProxyRoute, ProxySettings
from tests.cli_runner import run_cli
from tests.peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD
from tests.peers.proxies import PROXY_PASSWORD, RealProxy, proxied
from tests.peers.smtp_peer import PASSWORD, USERNAME, SmtpPeer, authenticate

PROXIES = ["http_proxy", "socks_proxy"]


def through(proxy: Proxy | None) -> Deliverer:
    route = ProxyRoute.choose(ProxySettings("none"), {}, override=proxy) if proxy else ProxyRoute()
    return Deliverer(History(AppPaths.resolve().history_file), timeout=5.0, routes=lambda: route)


def send(deliverer: Deliverer, wire: dict):
    return asyncio.run(deliverer.test(Channel.from_wire(wire)))


def wires(peers: dict, port_of) -> dict[str, dict]:
    return {
        "WEBHOOK": {
            "name": "Hook",
            "type": "WEBHOOK",
            "configuration": {"url": proxied("hooks", port_of("webhook")) + "/in"},
        },
        "SLACK": {
            "name": "Slack",
            "type": "SLACK",
            "configuration": {"webhookUrl": proxied("slack", port_of("slack")) + "/services/T/B/X"},
        },
        "TELEGRAM": {
            "name": "Telegram",
            "type": "TELEGRAM",
            "configuration": {
                "botToken": TELEGRAM_TOKEN,
                "chatId": TELEGRAM_CHAT,
                "apiBaseUrl": proxied("telegram", port_of("telegram")),
            },
        },
        "PYTHON_BOT": {
            "name": "Bot",
            "type": "PYTHON_BOT",
            "configuration": {"botUrl": proxied("bot", port_of("bot")), "username": "testuser"},
        },
    }


@pytest.mark.parametrize("kind", PROXIES)
def test_every_http_type_is_delivered_through_the_proxy(
    request, kind, webhook_peer, slack_peer, telegram_peer, python_bot_peer
):
    proxy: RealProxy = request.getfixturevalue(kind)
    peers = {"webhook": webhook_peer, "slack": slack_peer, "telegram": telegram_peer, "bot": python_bot_peer}
    port_of = lambda name: int(peers[name].url.rsplit(":", 1)[1])  # noqa: E731
    deliverer = through(proxy.proxy())
    for type_name, wire in wires(peers, port_of).items():
        result = send(deliverer, wire)
        assert result.delivered, (kind, type_name, result.message)
        assert result.via == f"via proxy 127.0.0.1:{proxy.port}", type_name
    assert webhook_peer.received and slack_peer.received and python_bot_peer.received
    recorded = History(AppPaths.resolve().history_file).read()
    assert {entry.via for entry in recorded} == {f"via proxy 127.0.0.1:{proxy.port}"}  # the history says so too
    for name in ("hooks", "slack", "telegram", "bot"):
        assert f"{name}.proxied.test" in proxy.log(), name  # the proxy made each connection
    direct = send(through(None), wires(peers, port_of)["WEBHOOK"])
    assert not direct.delivered and "cannot resolve host name hooks.proxied.test" in direct.message


@pytest.fixture(scope="module")
def mail_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def proxied_smtp(mail_ca):
    """STARTTLS required, then AUTH; its certificate names mail.proxied.test (the name the channel uses)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    mail_ca.issue_cert("mail.proxied.test").configure_cert(context)
    peer = SmtpPeer(
        tls_context=context,
        require_starttls=True,
        authenticator=authenticate,
        auth_required=True,
        auth_require_tls=True,
    )
    peer.start()
    yield peer
    peer.stop()


def mail_wire(smtp: SmtpPeer, ca_file: str) -> dict:
    config = {
        "smtpHost": "mail.proxied.test",
        "smtpPort": smtp.port,
        "username": USERNAME,
        "password": PASSWORD,
        "fromEmail": "alerts@example.com",
        "toEmail": "oncall@example.com",
        "useTls": True,
        "caFile": ca_file,
    }
    return {"name": "Mail", "type": "EMAIL", "configuration": config}


@pytest.mark.parametrize("kind", PROXIES)
def test_mail_with_starttls_goes_through_the_proxy(request, kind, proxied_smtp, mail_ca, tmp_path):
    proxy: RealProxy = request.getfixturevalue(kind)
    ca_file = tmp_path / "ca.pem"
    mail_ca.cert_pem.write_to_path(str(ca_file))
    result = send(through(proxy.proxy()), mail_wire(proxied_smtp, str(ca_file)))
    assert result.delivered, result.message
    assert result.via == f"via proxy 127.0.0.1:{proxy.port}"
    assert proxied_smtp.received[0].rcpt_tos == ["oncall@example.com"]
    assert "mail.proxied.test" in proxy.log()


def test_a_refused_proxy_login_for_mail_is_the_proxys_refusal(http_proxy, proxied_smtp, mail_ca, tmp_path):
    ca_file = tmp_path / "ca.pem"
    mail_ca.cert_pem.write_to_path(str(ca_file))
    result = send(through(http_proxy.proxy(password="wrong-one")), mail_wire(proxied_smtp, str(ca_file)))
    assert not result.delivered
    assert result.message.startswith(f"the proxy 127.0.0.1:{http_proxy.port} refused the login"), result.message
    assert not proxied_smtp.received


@pytest.mark.parametrize("kind", PROXIES)
def test_the_pingtower_server_is_reached_through_the_proxy(request, kind, documented_server):
    proxy: RealProxy = request.getfixturevalue(kind)
    paths, secrets = AppPaths.resolve(), SecretStore()
    route = ProxyRoute.choose(ProxySettings("none"), {}, override=proxy.proxy())
    service = ServerService(paths, secrets, ChannelRepository(paths, secrets), timeout=5, route=route)
    url = proxied("pingtower", int(documented_server.url.rsplit(":", 1)[1]))
    asyncio.run(service.login(url, email=USER_EMAIL, password=USER_PASSWORD))
    plan = asyncio.run(service.plan())
    assert plan.server_url == url
    assert "pingtower.proxied.test" in proxy.log()


def test_a_wrong_proxy_password_is_said_by_the_cli_and_kept_out_of_every_file(
    socks_proxy, webhook_peer, capsys, monkeypatch, tmp_path
):
    url = proxied("hooks", int(webhook_peer.url.rsplit(":", 1)[1])) + "/in"
    assert run_cli(capsys, "add", "webhook", "Hook", "--set", f"url={url}")[0] == 0
    monkeypatch.setenv("PINGTOWER_DESKTOP_PROXY_PASSWORD", "wrong-" + PROXY_PASSWORD)
    code, out, err = run_cli(capsys, "--proxy", socks_proxy.url(), "test", "Hook")
    assert code == 1
    assert f"the proxy 127.0.0.1:{socks_proxy.port} refused the login" in out + err
    assert f"via proxy 127.0.0.1:{socks_proxy.port}" in out
    assert PROXY_PASSWORD not in out + err  # (the wrong one holds the right one: neither is shown)
    assert not webhook_peer.received
    for folder in tmp_path.rglob("*"):
        if folder.is_file():
            assert PROXY_PASSWORD not in folder.read_text(errors="replace"), folder
    monkeypatch.setenv("PINGTOWER_DESKTOP_PROXY_PASSWORD", PROXY_PASSWORD)
    code, out, _err = run_cli(capsys, "--proxy", socks_proxy.url(), "test", "Hook")
    assert code == 0 and webhook_peer.received, out


def test_a_password_on_the_command_line_is_refused(capsys):
    code, _out, err = run_cli(capsys, "--proxy", "socks5h://ops:secret@127.0.0.1:1080", "list")
    assert code == 2 and "no password on the command line" in err and "secret" not in err


def test_loopback_goes_direct_while_the_proxy_is_down(webhook_peer, closed_port_url, capsys, monkeypatch):
    dead = Proxy.parse(closed_port_url.replace("http://", "http://ops@"))
    result = send(through(dead), {"name": "Hook", "type": "WEBHOOK", "configuration": {"url": webhook_peer.url}})
    assert result.delivered and result.via == "direct"
    monkeypatch.setenv("http_proxy", closed_port_url)  # the environment as curl reads it: loopback stays direct
    monkeypatch.delenv("NO_PROXY")
    assert run_cli(capsys, "add", "webhook", "Local", "--set", f"url={webhook_peer.url}")[0] == 0
    code, out, _err = run_cli(capsys, "test", "Local")
    assert code == 0 and "(direct)" in out


def test_the_watch_checks_through_the_proxy(socks_proxy, webhook_peer, telegram_peer):
    deliverer = through(socks_proxy.proxy())
    port = int(telegram_peer.url.rsplit(":", 1)[1])
    config = {"botToken": TELEGRAM_TOKEN, "chatId": TELEGRAM_CHAT, "apiBaseUrl": proxied("telegram", port)}
    telegram = Channel.from_wire({"name": "Telegram", "type": "TELEGRAM", "configuration": config})
    hook_url = proxied("hooks", int(webhook_peer.url.rsplit(":", 1)[1])) + "/in"
    hook = Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": hook_url}})
    for channel in (telegram, hook):  # the watch's check: Telegram getMe/getChat, a connect probe for webhooks
        result = asyncio.run(deliverer.check(channel, record=True))
        assert result.delivered and result.via == f"via proxy 127.0.0.1:{socks_proxy.port}", result.message
    assert not webhook_peer.received  # a check sends nothing
    assert "hooks.proxied.test" in socks_proxy.log() and "telegram.proxied.test" in socks_proxy.log()


def test_a_channels_own_proxy_choice_comes_first_and_the_runs_own_choice_before_it(
    socks_proxy, http_proxy, webhook_peer
):
    url = proxied("hooks", int(webhook_peer.url.rsplit(":", 1)[1])) + "/in"

    def hook(choice: str, target: str = url) -> dict:
        return {"name": "Hook", "type": "WEBHOOK", "configuration": {"url": target, "proxy": choice}}

    saved = ProxyRoute.choose(ProxySettings("manual", socks_proxy.url()), {}, password=PROXY_PASSWORD)
    app = Deliverer(History(AppPaths.resolve().history_file), timeout=5.0, routes=lambda: saved)
    socks, http = f"via proxy 127.0.0.1:{socks_proxy.port}", f"via proxy 127.0.0.1:{http_proxy.port}"
    assert (send(app, hook("")).via, send(app, hook("")).delivered) == (socks, True)  # as the app says
    same = send(app, hook(socks_proxy.url()))  # its own, the app's proxy: the saved password goes with it
    assert same.delivered and same.via == socks
    direct = send(app, hook("direct"))
    assert not direct.delivered and direct.via == "direct" and "cannot resolve host name" in direct.message
    # another proxy of its own, no password known for it: refused at CONNECT (https; for plain http tinyproxy
    # answers 401 or resets the connection, whichever comes first)
    own = send(app, hook(http_proxy.url(), url.replace("http://", "https://")))
    assert not own.delivered and own.via == http, own.message
    assert own.message.startswith(f"Webhook: the proxy 127.0.0.1:{http_proxy.port} refused the login"), own.message
    forced = ProxyRoute.choose(ProxySettings("none"), {}, override="direct")
    run = Deliverer(History(AppPaths.resolve().history_file), timeout=5.0, routes=lambda: forced)
    assert send(run, hook(socks_proxy.url())).via == "direct"  # --no-proxy for this run beats the channel


def test_a_channels_own_proxy_is_checked_as_it_is_typed():
    from pingtower_desktop.channels import ChannelInvalid

    wire = {"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "https://e.org", "proxy": "ftp://x:1"}}
    with pytest.raises(ChannelInvalid) as refused:
        Channel.from_wire(wire)
    assert "not ftp://" in str(refused.value.problems)
    wire["configuration"]["proxy"] = "socks5h://ops:pw@proxy:1080"
    with pytest.raises(ChannelInvalid) as refused:
        Channel.from_wire(wire)
    assert "has a password: set this proxy in Settings" in str(refused.value.problems)
    wire["configuration"]["proxy"] = " DIRECT "
    assert Channel.from_wire(wire).config.proxy == "direct"


@pytest.mark.parametrize("kind", PROXIES)
def test_each_way_a_proxy_fails_is_said_as_the_proxys(request, kind, webhook_peer, closed_port_url):
    proxy: RealProxy = request.getfixturevalue(kind)
    port = int(webhook_peer.url.rsplit(":", 1)[1])
    where = f"127.0.0.1:{proxy.port}"

    def hook(url: str, through: Proxy) -> str:
        wire = {"name": "Hook", "type": "WEBHOOK", "configuration": {"url": url, "timeout": 2}}
        return send(through_proxy(through), wire).message

    https_url = proxied("nowhere", port, "https") + "/in"  # a name the proxy cannot resolve either (CONNECT)
    assert f"the proxy {where} could not connect to nowhere.proxied.test:{port}" in hook(https_url, proxy.proxy())
    down = Proxy(proxy.kind, "127.0.0.1", int(closed_port_url.rsplit(":", 1)[1]), "ops", "x")
    assert f"cannot reach the proxy 127.0.0.1:{down.port}" in hook(proxied("hooks", port, "https"), down)
    not_one = Proxy(proxy.kind, "127.0.0.1", port, "ops", "x")  # the webhook receiver: an HTTP server, no proxy
    said = hook(proxied("hooks", port, "https") + "/in", not_one)
    if kind == "http_proxy":  # an HTTP server answers CONNECT with 501
        assert said.startswith(f"Webhook: 127.0.0.1:{port} did not answer as a proxy (501"), said
    else:  # it waits for a request line that a SOCKS greeting never ends
        expected = f"timed out after 2 s waiting for hooks.proxied.test:{port} through the proxy 127.0.0.1:{port}"
        assert said == "Webhook: " + expected, said


def through_proxy(proxy: Proxy) -> Deliverer:
    return through(proxy)
