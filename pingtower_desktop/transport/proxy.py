"""Which way a connection goes: direct, or through an HTTP or SOCKS5 proxy.

The proxy comes from the first of these that speaks: the run's own choice (the CLI's ``--proxy URL`` or
``--no-proxy``), then the app's setting — none, manual (one proxy and its exceptions), or system, which reads
the environment as curl does: ``https_proxy`` / ``HTTPS_PROXY`` for https, ``http_proxy`` (lower case only,
as curl) for http, ``smtp_proxy`` for mail, then ``all_proxy`` / ``ALL_PROXY``; ``no_proxy`` / ``NO_PROXY``
names the exceptions. Loopback (``localhost``, 127.0.0.0/8, ::1) is always direct.

Kinds: ``http://`` and ``https://`` proxies (CONNECT for TLS and mail, absolute-form for plain HTTP),
``socks5://`` (the name resolved here) and ``socks5h://`` (the name resolved by the proxy), each with an
optional user and password. The password is a secret: never in a file, a log or a message.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote, unquote, urlsplit

from ..errors import ConfigError
from ..text import msg

if TYPE_CHECKING:
    from .desktop_proxy import DesktopProxies

KINDS = ("http", "https", "socks5", "socks5h")
#: curl's default port for a proxy URL that names none.
DEFAULT_PORT = 1080
Mode = Literal["none", "system", "manual"]
MODES: tuple[Mode, ...] = ("none", "system", "manual")


class ProxyInvalid(ConfigError):
    """A proxy URL or exception list that cannot be used; the message says why (never the password)."""


@dataclass(frozen=True)
class Proxy:
    kind: str
    host: str
    port: int
    username: str = ""
    password: str = field(default="", repr=False)

    @classmethod
    def parse(cls, url: str, *, password: str | None = None) -> Proxy:
        """``kind://[user[:password]@]host[:port]``; ``password`` (from the keyring) replaces one in the URL."""
        text = url.strip()
        if "://" not in text:
            text = "http://" + text  # as curl: a bare host:port is an HTTP proxy
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            raise ProxyInvalid(msg("the proxy's port is not a number from 1 to 65535")) from None
        kind = parts.scheme.lower()
        if kind not in KINDS:
            raise ProxyInvalid(msg("a proxy is http://, https://, socks5:// or socks5h://, not {kind}://", kind=kind))
        if not parts.hostname:
            raise ProxyInvalid(msg("the proxy's address names no host"))
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise ProxyInvalid(msg("a proxy address is a host and a port, with no path"))
        given = unquote(parts.password or "")
        return cls(
            kind,
            parts.hostname,
            port or DEFAULT_PORT,
            unquote(parts.username or ""),
            given if password is None else password,
        )

    @property
    def socks(self) -> bool:
        return self.kind.startswith("socks")

    @property
    def remote_dns(self) -> bool:
        """The proxy resolves the target's name (socks5h; an HTTP proxy always does)."""
        return self.kind != "socks5"

    def where(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def url(self, *, with_password: bool = True) -> str:
        """The proxy's URL; without the password unless asked (what a file or a message may hold)."""
        login = ""
        if self.username:
            secret = ":" + quote(self.password, safe="") if self.password and with_password else ""
            login = quote(self.username, safe="") + secret + "@"
        return f"{self.kind}://{login}{self.where()}"


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class NoProxy:
    """Hosts that are reached directly: names (and their subdomains; a leading dot allowed), IP addresses,
    CIDR ranges, or ``*`` for every host — ``no_proxy`` as curl reads it."""

    everything: bool = False
    names: tuple[str, ...] = ()
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    @classmethod
    def parse(cls, text: str) -> NoProxy:
        names: list[str] = []
        networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for raw in text.replace(" ", ",").split(","):
            entry = raw.strip().lower()
            if not entry:
                continue
            if entry == "*":
                return cls(everything=True)
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                names.append(entry.lstrip("*").lstrip(".").rstrip("."))
        return cls(False, tuple(names), tuple(networks))

    def bypasses(self, host: str) -> bool:
        name = host.strip("[]").lower().rstrip(".")
        if self.everything:
            return True
        try:
            address = ipaddress.ip_address(name)
        except ValueError:
            return any(name == entry or name.endswith("." + entry) for entry in self.names)
        return any(address in network for network in self.networks)


def from_environment(environ: Mapping[str, str], scheme: str) -> tuple[Proxy | None, NoProxy]:
    """The proxy the environment names for ``scheme`` (https, http, smtp), as curl reads it, and its
    exceptions; raises ProxyInvalid for a variable that holds no usable proxy (named, never its value)."""
    names = [f"{scheme}_proxy"] + ([] if scheme == "http" else [f"{scheme.upper()}_PROXY"])
    names += ["all_proxy", "ALL_PROXY"]
    for name in names:
        value = environ.get(name, "").strip()
        if value:
            try:
                proxy = Proxy.parse(value)
            except ProxyInvalid as error:
                raise ProxyInvalid(msg("{variable}: {error}", variable=name, error=error)) from None
            break
    else:
        proxy = None
    exceptions = environ.get("no_proxy") or environ.get("NO_PROXY") or ""
    return proxy, NoProxy.parse(exceptions)


@dataclass(frozen=True)
class ProxySettings:
    """The app's choice, kept in ``network.json`` (the password in the keyring)."""

    mode: Mode = "system"
    #: The manual proxy's URL, without its password.
    url: str = ""
    #: The manual proxy's exceptions, as ``no_proxy``.
    no_proxy: str = ""


SCHEMES = ("http", "https", "smtp")


@dataclass(frozen=True)
class ProxyRoute:
    """For each target, the proxy to go through, or None: direct. Made once per run (``choose``), so a proxy
    that cannot be used is said before anything is sent."""

    #: Scheme (http, https, smtp) → its proxy; a scheme not named goes direct.
    proxies: Mapping[str, Proxy] = field(default_factory=dict)
    exceptions: NoProxy = NoProxy()
    #: The run chose (``--proxy``, ``--no-proxy``): no channel's own choice changes it.
    forced: bool = False
    #: What was asked for but cannot be followed (the desktop's automatic configuration), or "".
    warning: str = ""

    @classmethod
    def choose(
        cls,
        settings: ProxySettings,
        environ: Mapping[str, str],
        *,
        password: str = "",
        override: Proxy | Literal["direct"] | None = None,
        desktop: Callable[[], DesktopProxies] | None = None,
    ) -> ProxyRoute:
        """The run's own choice (``override``: a proxy for everything, or "direct"), else the settings':
        ``password`` is the manual proxy's, from the keyring; ``desktop`` reads the desktop's own settings,
        asked for "system" when the environment names no proxy (the app's; the CLI reads the environment
        only). Raises ProxyInvalid."""
        if override == "direct":
            return cls(forced=True)
        if isinstance(override, Proxy):
            return cls(dict.fromkeys(SCHEMES, override), forced=True)
        if settings.mode == "none":
            return cls()
        if settings.mode == "manual":
            if not settings.url.strip():
                raise ProxyInvalid(msg("the manual proxy names no address"))
            proxy = Proxy.parse(settings.url, password=password or None)
            return cls(dict.fromkeys(SCHEMES, proxy), NoProxy.parse(settings.no_proxy))
        found = {scheme: from_environment(environ, scheme) for scheme in SCHEMES}
        proxies = {scheme: proxy for scheme, (proxy, _rules) in found.items() if proxy is not None}
        if not proxies and desktop is not None:
            named = desktop()
            return cls(named.proxies, named.exceptions, warning=named.warning)
        return cls(proxies, found["https"][1])

    def for_channel(self, choice: str) -> ProxyRoute:
        """The route of a channel that chose ``choice`` (its own Proxy field): "" this one, "direct", or a proxy
        of its own — with the password of this route's proxy when it is the same proxy. The run's own choice
        (``forced``) stays. Raises ProxyInvalid."""
        if self.forced or not choice:
            return self
        if choice == "direct":
            return ProxyRoute()
        own = Proxy.parse(choice)
        known = next((p for p in self.proxies.values() if p.url(with_password=False) == own.url()), None)
        return ProxyRoute(dict.fromkeys(SCHEMES, known or own))

    def for_target(self, scheme: str, host: str) -> Proxy | None:
        """The proxy for a connection to ``host`` (its ``scheme``: https, http or smtp), or None: direct."""
        if not self.proxies or is_loopback(host) or self.exceptions.bypasses(host):
            return None
        return self.proxies.get(scheme)

    def for_url(self, url: str) -> Proxy | None:
        parts = urlsplit(url)
        return self.for_target(parts.scheme.lower(), parts.hostname or "")


def said(proxy: Proxy | None) -> str:
    """Which way a connection went, for a result: "via proxy 127.0.0.1:3128" or "direct"."""
    return msg("via proxy {where}", where=proxy.where()) if proxy is not None else msg("direct")
