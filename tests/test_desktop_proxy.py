"""The desktop's own proxy settings for the app's "system" choice: GNOME's, read with the real gsettings (its
keyfile backend in a folder of the test's), followed when the environment names no proxy; an automatic
configuration (PAC, WPAD) is said, not silently ignored."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess

import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.delivery.history import History
from pingtower_desktop.delivery.runner import Deliverer
from pingtower_desktop.storage import AppPaths
from pingtower_desktop.transport.desktop_proxy import desktop_proxies, gnome_proxies
from pingtower_desktop.transport.proxy import Proxy, ProxyRoute, ProxySettings
from tests.peers.proxies import PROXY_PASSWORD, PROXY_USER, proxied

pytestmark = pytest.mark.skipif(
    not shutil.which("gsettings")
    or subprocess.run(["gsettings", "list-schemas"], capture_output=True, text=True).stdout.find(
        "org.gnome.system.proxy"
    )
    < 0,
    reason="no gsettings with GNOME's proxy schema (gsettings-desktop-schemas)",
)


@pytest.fixture
def gnome(tmp_path, monkeypatch):
    """gsettings writing to a keyfile under the test's folder, read by every process the test starts."""
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))

    def set_(schema: str, key: str, value: str) -> None:
        subprocess.run(["gsettings", "set", f"org.gnome.system.proxy{schema}", key, value], check=True)

    return set_


def test_no_desktop_proxy_is_none(gnome):
    assert desktop_proxies().proxies == {}


def test_a_manual_desktop_proxy_and_its_exceptions_are_followed_when_the_environment_names_none(gnome):
    gnome("", "mode", "manual")
    gnome(".https", "host", "proxy.corp.example")
    gnome(".https", "port", "3128")
    gnome(".socks", "host", "socks.corp.example")
    gnome(".socks", "port", "1080")
    gnome("", "ignore-hosts", "['localhost', '.intranet.example', '10.0.0.0/8']")
    route = ProxyRoute.choose(ProxySettings("system"), {}, desktop=desktop_proxies)
    assert route.for_url("https://api.telegram.org/") == Proxy("http", "proxy.corp.example", 3128)
    assert route.for_target("smtp", "smtp.gmail.com") == Proxy("socks5h", "socks.corp.example", 1080)
    assert route.for_url("https://wiki.intranet.example/") is None and route.for_url("https://10.1.2.3/") is None
    env = ProxyRoute.choose(ProxySettings("system"), {"https_proxy": "http://env:1"}, desktop=desktop_proxies)
    assert env.for_url("https://api.telegram.org/") == Proxy.parse("http://env:1")  # the environment first


def test_an_automatic_configuration_is_said_and_nothing_is_guessed(gnome):
    gnome("", "mode", "auto")
    gnome("", "autoconfig-url", "'http://wpad.corp.example/proxy.pac'")
    route = ProxyRoute.choose(ProxySettings("system"), {}, desktop=desktop_proxies)
    assert route.proxies == {} and "http://wpad.corp.example/proxy.pac" in route.warning
    assert "not supported here: connections go direct" in route.warning
    assert "WPAD" in gnome_proxies("org.gnome.system.proxy mode 'auto'\n").warning


def test_a_send_goes_through_the_desktops_authenticated_proxy(gnome, http_proxy, webhook_peer):
    gnome("", "mode", "manual")
    gnome(".http", "host", "127.0.0.1")
    gnome(".http", "port", str(http_proxy.port))
    gnome(".http", "use-authentication", "true")
    gnome(".http", "authentication-user", PROXY_USER)
    gnome(".http", "authentication-password", PROXY_PASSWORD)
    gnome("", "ignore-hosts", "@as []")
    route = ProxyRoute.choose(
        ProxySettings("system"), {key: os.environ[key] for key in ("PATH",)}, desktop=desktop_proxies
    )
    deliverer = Deliverer(History(AppPaths.resolve().history_file), timeout=5.0, routes=lambda: route)
    url = proxied("hooks", int(webhook_peer.url.rsplit(":", 1)[1])) + "/in"
    result = asyncio.run(
        deliverer.test(Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": url}}))
    )
    assert result.delivered and result.via == f"via proxy 127.0.0.1:{http_proxy.port}", result.message
