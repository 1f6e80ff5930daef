"""Which way a connection goes: proxy URLs, the exceptions and the environment read as curl reads them."""

from __future__ import annotations

import pytest

from pingtower_desktop.transport.proxy import NoProxy, Proxy, ProxyInvalid, ProxyRoute, ProxySettings, from_environment


def test_a_proxy_url_is_read_as_curl_reads_it():
    assert Proxy.parse("127.0.0.1:3128") == Proxy("http", "127.0.0.1", 3128)
    socks = Proxy.parse("socks5h://ops:p%40ss%3Aword@proxy.corp:1081")
    assert (socks.kind, socks.host, socks.port, socks.username, socks.password) == (
        "socks5h",
        "proxy.corp",
        1081,
        "ops",
        "p@ss:word",
    )
    assert socks.socks and socks.remote_dns and not Proxy.parse("socks5://p").remote_dns
    assert Proxy.parse("http://proxy").port == 1080
    assert "p@ss" not in repr(socks) and socks.url(with_password=False) == "socks5h://ops@proxy.corp:1081"
    assert socks.url() == "socks5h://ops:p%40ss%3Aword@proxy.corp:1081"
    assert Proxy.parse("http://[::1]:3128").where() == "[::1]:3128"
    assert Proxy.parse("http://u:old@p:1", password="new").password == "new"


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://proxy:21", "a proxy is http://, https://, socks5:// or socks5h://, not ftp://"),
        ("http://proxy:99999", "the proxy's port is not a number from 1 to 65535"),
        ("http://:3128", "the proxy's address names no host"),
        ("http://proxy:3128/path", "a proxy address is a host and a port, with no path"),
    ],
)
def test_a_proxy_url_that_cannot_be_used_says_why(url, why):
    with pytest.raises(ProxyInvalid) as refused:
        Proxy.parse(url)
    assert str(refused.value) == why


def test_exceptions_name_hosts_domains_addresses_ranges_or_everything():
    rules = NoProxy.parse("example.com, .corp.test,10.0.0.0/8 192.168.1.5,::1,*.internal")
    assert rules.bypasses("example.com") and rules.bypasses("api.example.com")
    assert not rules.bypasses("badexample.com")
    assert rules.bypasses("mail.corp.test") and rules.bypasses("corp.test")
    assert rules.bypasses("10.20.30.40") and not rules.bypasses("11.0.0.1")
    assert rules.bypasses("192.168.1.5") and not rules.bypasses("192.168.1.6")
    assert rules.bypasses("[::1]") and rules.bypasses("db.internal")
    assert NoProxy.parse("*").bypasses("anything.example")
    assert not NoProxy.parse("").bypasses("example.com")


def test_the_environment_is_read_as_curl_reads_it():
    env = {"HTTP_PROXY": "http://upper:1", "https_proxy": "http://tls:2", "ALL_PROXY": "socks5h://all:3"}
    assert from_environment(env, "http")[0] == Proxy.parse("socks5h://all:3")  # HTTP_PROXY is not read (curl)
    assert from_environment(env, "https")[0] == Proxy.parse("http://tls:2")
    assert from_environment(env, "smtp")[0] == Proxy.parse("socks5h://all:3")
    assert from_environment({"HTTPS_PROXY": "http://p:4", "NO_PROXY": "corp.test"}, "https")[1].bypasses("a.corp.test")
    assert from_environment({}, "https") == (None, NoProxy())
    with pytest.raises(ProxyInvalid, match=r"^https_proxy: a proxy is"):
        from_environment({"https_proxy": "gopher://x"}, "https")


def test_the_route_takes_the_runs_choice_then_the_settings_and_keeps_loopback_direct():
    env = {"https_proxy": "http://envproxy:3128", "no_proxy": "direct.test"}
    system = ProxyRoute.choose(ProxySettings("system"), env)
    assert system.for_url("https://api.telegram.org/bot") == Proxy.parse("http://envproxy:3128")
    assert system.for_url("http://api.telegram.org/bot") is None  # http_proxy names none
    assert system.for_url("https://x.direct.test/") is None
    assert system.for_url("https://127.0.0.1:8443/") is None and system.for_url("https://localhost/") is None
    assert ProxyRoute.choose(ProxySettings("none"), env).for_url("https://api.telegram.org/") is None
    manual = ProxyRoute.choose(ProxySettings("manual", "socks5h://ops@sock:1080", "hooks.test"), env, password="pw")
    assert manual.for_url("https://api.telegram.org/") == Proxy("socks5h", "sock", 1080, "ops", "pw")
    assert manual.for_target("smtp", "smtp.gmail.com") == Proxy("socks5h", "sock", 1080, "ops", "pw")
    assert manual.for_url("https://a.hooks.test/") is None
    forced = ProxyRoute.choose(ProxySettings("none"), {}, override=Proxy.parse("http://cli:1"))
    assert forced.for_url("https://api.telegram.org/") == Proxy.parse("http://cli:1")
    direct = ProxyRoute.choose(ProxySettings("system"), env, override="direct")
    assert direct.for_url("https://api.telegram.org/") is None
    with pytest.raises(ProxyInvalid, match=r"^https_proxy: "):
        ProxyRoute.choose(ProxySettings("system"), {"https_proxy": "ftp://x"})  # said before anything is sent
